import SitrepKit

extension Pane {
    public static let regions = Pane(rawValue: "regions")
}

/// One row per region for the events shown: name, count, a bar, and the last 14 days. Enter
/// narrows the timeline to the selected region; Enter again (or Esc) shows all again. The region
/// pointed at is the dashboard's (`pointedRegion`, by name, so that it survives filters): the
/// detail shows its totals.
struct RegionsPart: PanePart {
    var pane: Pane { .regions }

    func draw(_ d: Dashboard, _ s: RegionsState, into buffer: inout Buffer, _ rect: Rect) {
        d.drawRegions(&buffer, rect, top: s.top)
    }

    /// No empty rows below the last region while rows above are hidden: after a filter leaves
    /// fewer regions, the list starts again where it fits; the selected row stays in view.
    func settle(_ d: Dashboard, _ s: inout RegionsState, in rect: Rect) {
        let height = rect.inner.height
        guard !d.regions.isEmpty, height > 0 else { return }
        let selected = d.selectedRegionRow
        s.top = max(0, min(s.top, d.regions.count - height))
        s.top = min(s.top, selected)
        if selected >= s.top + height { s.top = selected - height + 1 }
    }

    func handle(_ input: PaneInput, _ d: Dashboard, _ s: inout RegionsState, in rect: Rect) -> [PaneIntent] {
        guard !d.regions.isEmpty else { return [] }
        switch input {
        case .move(let delta):
            let row = min(
                max(0, d.selectedRegionRow + max(-d.regions.count, min(d.regions.count, delta))), d.regions.count - 1)
            return [.pointAtRegion(d.regions[row].name)]
        case .open: return [.toggleRegion(d.regions[d.selectedRegionRow].name)]
        case .click(_, let y):
            let row = s.top + (y - rect.y - 1)
            return y > rect.y && d.regions.indices.contains(row) ? [.pointAtRegion(d.regions[row].name)] : []
        case .moveAcross, .key: return []
        }
    }
}

/// The regions pane's own state: the first shown row.
struct RegionsState: PaneState {
    var top = 0
}

extension Dashboard {
    /// The row of the region pointed at (the first when none is, or it is no longer listed).
    var selectedRegionRow: Int { regions.firstIndex { $0.name == state.selection.region } ?? 0 }

    func drawRegions(_ buffer: inout Buffer, _ rect: Rect, top: Int) {
        drawFrame(&buffer, rect, title: "Regions \(regions.count) · by \(state.regionsOrder.rawValue)", pane: .regions)
        let area = rect.inner
        guard area.height > 0, area.width > 0 else { return }
        guard !regions.isEmpty else {
            buffer.put(Buffer.fit("No regions.", area.width), x: area.x, y: area.y, role: .message)
            return
        }
        let largest = max(1, regions.map(\.count).max() ?? 1)
        let countWidth = max(3, grouped(largest).count)
        let sparkWidth = area.width >= 32 ? RegionSummary.days : 0
        // The change against the week before, and the surge mark, when the last five weeks (to the
        // anchor) have events: `▲ +45%!`.
        let changeWidth = area.width >= 34 && regions.contains(where: { $0.trend != nil }) ? 8 : 0
        let nameWidth = min(24, max(8, area.width - countWidth - sparkWidth - changeWidth - 6))
        let barWidth = max(0, area.width - nameWidth - countWidth - sparkWidth - changeWidth - 3)
        let shortNames = nameWidth < 20
        let selectedRegion = selectedRegionRow
        for line in 0..<area.height {
            let row = top + line
            guard row < regions.count else { break }
            let r = regions[row]
            let y = area.y + line
            var x = area.x
            let name = Buffer.fit(shortNames ? Self.shortRegion(r.name) : r.name, nameWidth)
            buffer.put(
                name, x: x, y: y, maxWidth: nameWidth,
                role: r.name == state.query.region ? .countsSelected : .countsName)
            x += nameWidth + 1
            let count = grouped(r.count)
            buffer.put(String(repeating: " ", count: countWidth - count.count) + count, x: x, y: y, role: .countsNumber)
            x += countWidth + 1
            if barWidth > 0 {
                let filled = max(1, r.count * barWidth / largest)
                buffer.put(String(repeating: "█", count: filled), x: x, y: y, role: .countsBar)
                x += barWidth + 1
            }
            if sparkWidth > 0 { buffer.put(RegionSummary.sparkline(r.days), x: x, y: y, role: .sparkline) }
            if changeWidth > 0, let trend = r.trend {
                let cx = area.x + area.width - changeWidth
                buffer.put(Self.changeText(trend), x: cx, y: y, maxWidth: changeWidth - 1, role: .countsChange)
                if trend.surging { buffer.put("!", x: cx + changeWidth - 1, y: y, role: .countsSurge) }
            }
            if row == selectedRegion, state.focus == .regions {
                buffer.restyle(Rect(x: area.x, y: y, width: area.width, height: 1), role: .timelineSelected)
            }
        }
    }

    /// `▲ +45%`, `▼ −20%`, `= 0%`, or `▲ new` when the week before had no events.
    static func changeText(_ trend: RegionTrend) -> String {
        guard let change = trend.weekChange else { return trend.lastWeek > 0 ? " ▲ new" : "" }
        let text = change > 0 ? "▲ +\(change)%" : change < 0 ? "▼ −\(-change)%" : "= 0%"
        return String(repeating: " ", count: max(0, 7 - text.count)) + text
    }
}
