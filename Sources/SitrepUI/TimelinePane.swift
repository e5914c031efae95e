import SitrepKit

extension Pane {
    public static let timeline = Pane(rawValue: "timeline")
}

/// The events in order, a line between days, the selected one highlighted.
struct TimelinePart: PanePart {
    var pane: Pane { .timeline }

    func draw(_ d: Dashboard, into buffer: inout Buffer, _ rect: Rect) { d.drawTimeline(&buffer, rect) }

    /// Moves the top row so that the selected event is on screen, counting the day lines too.
    func settle(_ d: inout Dashboard, in rect: Rect) {
        let height = rect.inner.height
        guard d.view.count > 0, height > 0 else { return }
        var s = d.state
        s.selectedRow = min(max(0, s.selectedRow), d.view.count - 1)
        s.timelineTop = min(s.timelineTop, s.selectedRow)
        while s.timelineTop < s.selectedRow, d.linesNeeded(from: s.timelineTop, through: s.selectedRow) > height { s.timelineTop += 1 }
        d.state = s
    }

    func move(_ d: inout Dashboard, by delta: Int) {
        guard d.view.count > 0 else { return }
        d.select(row: min(max(0, d.state.selectedRow + delta), d.view.count - 1))
        if d.state.selectedRow == (d.state.newestFirst ? 0 : d.view.count - 1) { d.state.unseen = 0 }
    }

    /// Enter shows the event's detail: beside the lists where the layout has it, else in their place.
    func open(_ d: inout Dashboard) {
        if d.state.layout.showsDetailInPlace { d.state.mode = .detail }
        d.state.focus = .detail
    }

    func click(_ d: inout Dashboard, x: Int, y: Int, in rect: Rect) {
        if let row = d.timelineLines(rect.inner).first(where: { $0.y == y })?.row { d.select(row: row) }
    }
}

extension Dashboard {
    /// How much of a title a row reads: more than the widest terminal shows.
    static let titleBytes = 4_096

    /// Selects a shown row, and its event by id.
    mutating func select(row: Int) {
        state.selectedRow = row
        state.selectedID = store.id(at: view.positions[row])
        state.detailScroll = 0
    }

    /// The lines of the timeline from its top row: a day's line (row nil) or an event's row.
    func timelineLines(_ area: Rect) -> [(y: Int, day: String?, row: Int?)] {
        var lines: [(y: Int, day: String?, row: Int?)] = []
        var y = area.y
        var row = state.timelineTop
        var lastDay: String?
        while y < area.y + area.height, row < view.count {
            let day = store.time(at: view.positions[row]).dayText(in: zone)
            if day != lastDay {
                lines.append((y, day, nil))
                lastDay = day
            } else {
                lines.append((y, nil, row))
                row += 1
            }
            y += 1
        }
        return lines
    }

    func drawTimeline(_ buffer: inout Buffer, _ rect: Rect) {
        let order = state.newestFirst ? "newest first" : "oldest first"
        let filter = state.regionFilter.map { " · \($0)" } ?? ""
        drawFrame(&buffer, rect, title: "Timeline \(grouped(view.count))\(filter) · \(order)", pane: .timeline)
        let area = rect.inner
        guard area.height > 0, area.width > 0 else { return }
        guard view.count > 0 else {
            let text = state.loading ? "Loading… \(Int(state.loadedFraction * 100))%" : "No events to show."
            buffer.put(Buffer.fit(text, area.width), x: area.x, y: area.y, role: .message)
            return
        }
        for line in timelineLines(area) {
            if let day = line.day { drawDaySeparator(&buffer, day, x: area.x, y: line.y, width: area.width) }
            if let row = line.row {
                drawEventRow(&buffer, view.positions[row], x: area.x, y: line.y, width: area.width, selected: row == state.selectedRow)
            }
        }
    }

    func linesNeeded(from top: Int, through last: Int) -> Int {
        var lines = 0
        var lastDay: String?
        for row in top...last {
            let day = store.time(at: view.positions[row]).dayText(in: zone)
            if day != lastDay { lines += 1; lastDay = day }
            lines += 1
        }
        return lines
    }

    private func drawDaySeparator(_ buffer: inout Buffer, _ day: String, x: Int, y: Int, width: Int) {
        let label = "── \(Weekday.label(day)) "
        let used = buffer.put(Buffer.fit(label, width), x: x, y: y, role: .daySeparator)
        if width > used { buffer.put(String(repeating: "─", count: width - used), x: x + used, y: y, role: .daySeparator) }
    }

    /// `07:15 ALRT Kharkiv   Air-raid alert in Kharkiv Oblast (1 h 44 min)`, or with a figure and
    /// several sources: `day  DRON —         Russia launched a record 188 drones…  188*`
    private func drawEventRow(_ buffer: inout Buffer, _ p: Int, x: Int, y: Int, width: Int, selected: Bool) {
        let time = store.time(at: p)
        let clock = time.precision == .day ? " day " : String(time.displayText(in: zone).suffix(time.precision == .second ? 8 : 5).prefix(5))
        var cx = x
        cx += buffer.put(clock + " ", x: cx, y: y, maxWidth: width, role: .timelineTime)
        let category = store.category(at: p)
        let label = RowMarks.label(category)
        let wide = width >= 48
        let labelWidth = wide ? RowMarks.labelWidth : 1
        let shown = String(label.prefix(labelWidth))
        buffer.put(shown, x: cx, y: y, maxWidth: x + width - cx, role: Role.forCategory(category))
        cx += labelWidth + 1
        let regionWidth = width >= 72 ? 16 : (width >= 44 ? 10 : 0)
        if regionWidth > 0 {
            let regions = store.regions(at: p)
            var name = regions.first.map(Self.shortRegion) ?? "—"
            if regions.count > 1 { name += " +\(regions.count - 1)" }
            let text = Buffer.fit(name, regionWidth - 1)
            buffer.put(text, x: cx, y: y, maxWidth: regionWidth, role: .timelineRegion)
            cx += regionWidth
        }
        let figure = RowMarks.figure(store.figures(at: p)) ?? ""
        let several = store.sources(at: p).count > 1 ? "*" : ""
        // Four places for the figure and one for the mark of several sources; narrow panes keep one.
        let markWidth = wide ? 6 : 2
        let marks = wide ? String(repeating: " ", count: max(0, 4 - figure.count)) + figure + several : (figure.isEmpty ? "" : "#") + several
        // A row without marks gives their place to its title.
        let titleWidth = x + width - cx - (figure.isEmpty && several.isEmpty ? 1 : markWidth + 1)
        let title = Buffer.fit(store.title(at: p, maxBytes: Self.titleBytes), titleWidth)
        buffer.put(title, x: cx, y: y, maxWidth: titleWidth, role: isNew(p) ? .eventNew : .timelineRow)
        if !(figure.isEmpty && several.isEmpty) { buffer.put(marks, x: x + width - markWidth, y: y, maxWidth: markWidth, role: .timelineMarker) }
        if selected {
            buffer.restyle(Rect(x: x, y: y, width: width, height: 1), role: state.focus == .timeline ? .timelineSelected : .timelineSelectedUnfocused)
        }
        highlightSearch(&buffer, title, x: cx, y: y, width: max(0, titleWidth))
    }

    /// `Kharkiv Oblast` -> `Kharkiv`: the timeline is narrow, the regions pane has the full names.
    static func shortRegion(_ name: String) -> String {
        name.hasSuffix(" Oblast") ? String(name.dropLast(7)) : name
    }
}

/// `2024-11-26` -> `Tue 26 Nov 2024`.
enum Weekday {
    static let names = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func label(_ day: String) -> String {
        let parts = day.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return day }
        let civil = CivilTime(year: parts[0], month: parts[1], day: parts[2])
        let days = Int((civil.secondsSinceEpoch / 86_400) % 7 + 7) % 7
        return "\(names[days]) \(parts[2]) \(months[max(0, min(11, parts[1] - 1))]) \(parts[0])"
    }
}
