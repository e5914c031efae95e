import SitrepKit

extension Pane {
    public static let timeline = Pane(rawValue: "timeline")
}

/// The events in order, a line between days, the selected one highlighted. The selection is the
/// dashboard's (the detail, `f`, searches and reloads follow it); the pane keeps only its top row.
struct TimelinePart: PanePart {
    var pane: Pane { .timeline }

    func draw(_ d: Dashboard, _ s: TimelineState, into buffer: inout Buffer, _ rect: Rect) {
        d.drawTimeline(&buffer, rect, top: s.top)
    }

    /// Moves the top row so that the selected event is on screen, counting the day lines too.
    func settle(_ d: Dashboard, _ s: inout TimelineState, in rect: Rect) {
        let height = rect.inner.height
        guard d.view.count > 0, height > 0 else { return }
        let selected = min(max(0, d.state.selection.row), d.view.count - 1)
        s.top = max(0, min(s.top, selected))
        // A selected report of the expanded story is that many lines below its row.
        let below = d.state.selection.report.map { $0 + 1 } ?? 0
        s.top = max(s.top, d.lowestTop(through: selected, height: height - below))
    }

    func handle(_ input: PaneInput, _ d: Dashboard, _ s: inout TimelineState, in rect: Rect) -> [PaneIntent] {
        guard d.view.count > 0 else { return [] }
        switch input {
        case .move(let delta): return move(d, by: delta)
        // Enter on a story of several reports lists them under its row; otherwise (and on a
        // listed story) it shows the event's detail.
        case .open: return d.canExpandStory ? [.expandStory] : [.showDetail]
        case .click(_, let y):
            guard let line = d.timelineLines(rect.inner, top: s.top).first(where: { $0.y == y }),
                let row = line.row ?? line.under
            else { return [] }
            let report = line.report.flatMap { d.expandedReports(d.view.positions[row]).firstIndex(of: $0) }
            return [.selectRow(row, report: report)]
        case .moveAcross, .key: return []
        }
    }

    /// One row at a time goes through the listed reports of an expanded story too, so that each
    /// can be selected and opened on its own; pages and jumps go by rows.
    private func move(_ d: Dashboard, by delta: Int) -> [PaneIntent] {
        let from = d.state.selection.row
        let reports = d.expandedReports(d.view.positions[from])
        if delta == 1 || delta == -1, !reports.isEmpty {
            // Down from a story's row to its first listed report, from report to report, and up
            // from the first back to the row.
            switch (d.state.selection.report, delta) {
            case (nil, 1): return [.selectRow(from, report: 0)]
            case (let k?, 1) where k + 1 < reports.count: return [.selectRow(from, report: k + 1)]
            case (let k?, -1): return [.selectRow(from, report: k > 0 ? k - 1 : nil)]
            default: break
            }
        }
        let row = min(max(0, from + delta), d.view.count - 1)
        // Coming up from below into an expanded story: its last listed report first.
        let above = d.expandedReports(d.view.positions[row])
        return [.selectRow(row, report: delta == -1 && row < from && !above.isEmpty ? above.count - 1 : nil)]
    }
}

/// The timeline's own state: the first shown row at its top.
struct TimelineState: PaneState {
    var top = 0
}

extension Dashboard {
    /// How much of a title a row reads: more than the widest terminal shows.
    public static let titleBytes = 4_096

    /// Selects a shown row, and its event by id.
    mutating func select(row: Int) {
        state.selection.row = row
        state.selection.id = store.id(at: view.positions[row])
        state.selection.report = nil
    }

    /// A line of the timeline: a day's line, an event's (or story's) row, or one report of the
    /// story listed under the row `under`.
    struct TimelineLine {
        var y: Int
        var day: String?
        var row: Int?
        var report: Int?
        var under: Int?
        var last = false
    }

    /// The lines of the timeline from its top row.
    func timelineLines(_ area: Rect, top: Int) -> [TimelineLine] {
        var lines: [TimelineLine] = []
        var y = area.y
        var row = top
        var lastDay: String?
        while y < area.y + area.height, row < view.count {
            let p = view.positions[row]
            let day = store.time(at: p).dayText(in: zone)
            if day != lastDay {
                lines.append(TimelineLine(y: y, day: day))
                lastDay = day
                y += 1
                continue
            }
            lines.append(TimelineLine(y: y, row: row))
            y += 1
            let reports = expandedReports(p)
            for (k, r) in reports.enumerated() where y < area.y + area.height {
                lines.append(TimelineLine(y: y, report: r, under: row, last: k == reports.count - 1))
                y += 1
            }
            row += 1
        }
        return lines
    }

    func drawTimeline(_ buffer: inout Buffer, _ rect: Rect, top: Int) {
        let order = state.newestFirst ? "newest first" : "oldest first"
        let filter = state.query.region.map { " · \($0)" } ?? ""
        drawFrame(&buffer, rect, title: "Timeline \(grouped(view.count))\(filter) · \(order)", pane: .timeline)
        let area = rect.inner
        guard area.height > 0, area.width > 0 else { return }
        guard view.count > 0 else {
            let text =
                state.follow.loading ? "Loading… \(Int(state.follow.loadedFraction * 100))%" : "No events to show."
            buffer.put(Buffer.fit(text, area.width), x: area.x, y: area.y, role: .message)
            return
        }
        for line in timelineLines(area, top: top) {
            if let day = line.day { drawDaySeparator(&buffer, day, x: area.x, y: line.y, width: area.width) }
            if let row = line.row {
                drawEventRow(
                    &buffer, view.positions[row], x: area.x, y: line.y, width: area.width,
                    selected: row == state.selection.row && state.selection.report == nil)
            }
            if let report = line.report {
                drawReportLine(&buffer, report, last: line.last, x: area.x, y: line.y, width: area.width)
                if report == selectedPosition, state.selection.report != nil {
                    buffer.restyle(
                        Rect(x: area.x, y: line.y, width: area.width, height: 1),
                        role: state.focus == .timeline ? .timelineSelected : .timelineSelectedUnfocused)
                }
            }
        }
    }

    /// The first row from which the screen still reaches the row `last`: found by walking up from
    /// `last` one row at a time, so a jump to the end of a million events costs the rows a screen
    /// holds, not the rows jumped over.
    func lowestTop(through last: Int, height: Int) -> Int {
        var top = last
        var lines = 2 // the row and its day's line
        var dayBelow = store.time(at: view.positions[last]).dayText(in: zone)
        while top > 0 {
            let p = view.positions[top - 1]
            let day = store.time(at: p).dayText(in: zone)
            let more = 1 + expandedReports(p).count + (day == dayBelow ? 0 : 1)
            if lines + more > height { break }
            lines += more
            dayBelow = day
            top -= 1
        }
        return top
    }

    private func drawDaySeparator(_ buffer: inout Buffer, _ day: String, x: Int, y: Int, width: Int) {
        let label = "── \(Weekday.label(day)) "
        let used = buffer.put(Buffer.fit(label, width), x: x, y: y, role: .daySeparator)
        if width > used {
            buffer.put(String(repeating: "─", count: width - used), x: x + used, y: y, role: .daySeparator)
        }
    }

    /// `07:15 ALRT Kharkiv   Air-raid alert in Kharkiv Oblast (1 h 44 min)`, or with a figure and
    /// several sources: `day  DRON —         Russia launched a record 188 drones…  188*`
    private func drawEventRow(_ buffer: inout Buffer, _ p: Int, x: Int, y: Int, width: Int, selected: Bool) {
        let time = store.time(at: p)
        let clock = timeOfDay(time) ?? " day "
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
        let story = storyMark(p)
        let several = story == nil && store.sources(at: p).count > 1 ? "*" : ""
        // Four places for the figure and one for the mark of several sources; narrow panes keep one.
        let markWidth = wide ? 6 : 2
        let marks =
            wide
            ? String(repeating: " ", count: max(0, 4 - figure.count)) + figure + several
            : (figure.isEmpty ? "" : "#") + several
        // A row without marks gives their place to its title.
        var titleWidth = x + width - cx - (figure.isEmpty && several.isEmpty ? 1 : markWidth + 1)
        // A story's count of reports and their sources follow its title.
        var storyText = ""
        if let story {
            // The count always (where the title keeps 8 cells), the sources where the title keeps 24.
            let room = titleWidth - DisplayWidth.of(story.count) - 2 - 24
            storyText =
                " " + story.count + (room >= 6 && !story.sources.isEmpty ? " " + Buffer.fit(story.sources, room) : "")
            if titleWidth - DisplayWidth.of(storyText) < 8 { storyText = "" }
            titleWidth -= DisplayWidth.of(storyText)
        }
        let title = Buffer.fit(storyTitle(p), titleWidth)
        let used = buffer.put(title, x: cx, y: y, maxWidth: titleWidth, role: isNew(p) ? .eventNew : .timelineRow)
        if !storyText.isEmpty {
            buffer.put(storyText, x: cx + used, y: y, maxWidth: DisplayWidth.of(storyText), role: .timelineMarker)
        }
        if !(figure.isEmpty && several.isEmpty) {
            buffer.put(marks, x: x + width - markWidth, y: y, maxWidth: markWidth, role: .timelineMarker)
        }
        if selected {
            buffer.restyle(
                Rect(x: x, y: y, width: width, height: 1),
                role: state.focus == .timeline ? .timelineSelected : .timelineSelectedUnfocused)
        }
        highlightSearch(&buffer, title, x: cx, y: y, width: max(0, titleWidth))
    }

    /// `  ├ 08:05 Reuters · Record 188 drones launched by Russia overnight`: one report of the
    /// story listed under its row.
    private func drawReportLine(_ buffer: inout Buffer, _ p: Int, last: Bool, x: Int, y: Int, width: Int) {
        let time = store.time(at: p)
        let clock = timeOfDay(time) ?? " day "
        var cx =
            x + buffer.put((last ? "  └ " : "  ├ ") + clock + " ", x: x, y: y, maxWidth: width, role: .timelineTime)
        let who = store.sources(at: p).joined(separator: ", ")
        if !who.isEmpty {
            cx += buffer.put(
                Buffer.fit(who, max(0, min(24, x + width - cx))) + " · ", x: cx, y: y, maxWidth: x + width - cx,
                role: .timelineRegion)
        }
        buffer.put(
            Buffer.fit(shownTitle(p), max(0, x + width - cx)), x: cx, y: y,
            maxWidth: max(0, x + width - cx), role: .timelineRow)
    }

    /// `07:26`: an event's time of day in the display zone; nil for one known only to the day.
    func timeOfDay(_ time: EventTime) -> String? {
        time.precision == .day
            ? nil : String(time.displayText(in: zone).suffix(time.precision == .second ? 8 : 5).prefix(5))
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
