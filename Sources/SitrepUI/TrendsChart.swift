import SitrepKit

/// Draws the trends pane: the numbers under the cursor, a value axis, bars in eighths of a cell
/// (two series side by side in alternating columns), the cursor's column, and the first and last
/// dates under the bars.
struct TrendsChart {
    /// Columns for the value axis left of the bars.
    static let axisWidth = 7
    static let eighths: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    let d: Dashboard
    let state: TrendsState

    func draw(_ b: inout Buffer, _ rect: Rect) {
        let series = state.series
        let what = series.map { $0.names.joined(separator: " / ") } ?? "events"
        d.drawFrame(&b, rect, title: "Trends · \(what) per \(series?.period == .week ? "week" : "day")", pane: .trends)
        let area = rect.inner
        guard area.height > 0, area.width > 0 else { return }
        guard let series, let count = series.values.first?.count, count > 0, area.height >= 5,
            area.width > Self.axisWidth + 1
        else {
            let text =
                d.state.follow.loading
                ? "Loading…" : (series?.values.first?.isEmpty ?? true) ? "No events to show." : "Too small for bars."
            b.put(Buffer.fit(text, area.width), x: area.x, y: area.y, role: .message)
            return
        }
        let cursor = min(state.cursor ?? count - 1, count - 1)
        let readout =
            "\(series.label(cursor)): "
            + zip(series.names, series.values).map { "\(ShortNumber.text($1[cursor])) \($0)" }.joined(separator: " · ")
        b.put(Buffer.fit(readout, area.width), x: area.x, y: area.y, role: .detailValue)
        let top = area.y + 1
        let height = area.height - 3
        let largest = max(1, series.values.flatMap { $0 }.max() ?? 1)
        drawAxis(&b, x: area.x, top: top, height: height, largest: largest, width: area.width)
        let across = series.values.count
        for k in 0..<count {
            for (s, row) in series.values.enumerated() {
                let x = area.x + Self.axisWidth + k * across + s
                drawBar(
                    &b, x: x, top: top, height: height, value: row[k], largest: largest,
                    role: s == 0 ? .trendsBar : .trendsSecond)
                if k == cursor { b.restyle(Rect(x: x, y: top, width: 1, height: height), role: .trendsCursor) }
            }
        }
        drawDates(
            &b, series, x: area.x + Self.axisWidth, y: top + height + 1, width: area.width - Self.axisWidth,
            across: across)
    }

    /// The largest value at the top, 0 at the bottom, a line up the side and along the bottom.
    private func drawAxis(_ b: inout Buffer, x: Int, top: Int, height: Int, largest: Double, width: Int) {
        let labelWidth = Self.axisWidth - 2
        b.put(Self.padded(ShortNumber.text(largest), labelWidth), x: x, y: top, maxWidth: labelWidth, role: .trendsAxis)
        b.put(Self.padded("0", labelWidth), x: x, y: top + height - 1, maxWidth: labelWidth, role: .trendsAxis)
        for y in top..<top + height { b.put("┤", x: x + Self.axisWidth - 1, y: y, role: .trendsAxis) }
        b.put(
            "└" + String(repeating: "─", count: max(0, width - Self.axisWidth)), x: x + Self.axisWidth - 1,
            y: top + height, maxWidth: width - Self.axisWidth + 1, role: .trendsAxis)
    }

    /// A bar from the bottom up, to the nearest eighth of a cell; any value above 0 shows at least an eighth.
    private func drawBar(_ b: inout Buffer, x: Int, top: Int, height: Int, value: Double, largest: Double, role: Role) {
        // The share is held to 0...1 before it becomes a count of eighths: a value the sums could
        // not hold (∞, NaN) draws a full bar or none, never a trap.
        guard value > 0, largest > 0 else { return }
        let share = value.isFinite && largest.isFinite ? min(1, value / largest) : (value.isFinite ? 0 : 1)
        guard share.isFinite else { return }
        let total = max(1, Int((share * Double(height * 8)).rounded()))
        for row in 0..<height {
            let filled = min(8, total - row * 8)
            guard filled > 0 else { break }
            b.put(String(Self.eighths[filled - 1]), x: x, y: top + height - 1 - row, role: role)
        }
    }

    /// The first period's date at the left and the last's at the right.
    private func drawDates(_ b: inout Buffer, _ series: TrendSeries, x: Int, y: Int, width: Int, across: Int) {
        let first = Self.short(series, 0), last = Self.short(series, series.keys.count - 1)
        b.put(Buffer.fit(first, width), x: x, y: y, role: .trendsAxis)
        let end = min(width, series.keys.count * across)
        if series.keys.count > 1, end - DisplayWidth.of(last) > DisplayWidth.of(first) + 1 {
            b.put(last, x: x + end - DisplayWidth.of(last), y: y, role: .trendsAxis)
        }
    }

    /// `26 Nov`, or `W48` for a week.
    static func short(_ series: TrendSeries, _ k: Int) -> String {
        if series.period == .week { return String(series.period.label(series.keys[k]).suffix(3)) }
        let civil = CivilTime(secondsSinceEpoch: series.keys[k] * 86_400)
        return "\(civil.day) \(Weekday.months[civil.month - 1])"
    }

    static func padded(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
