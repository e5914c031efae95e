import SitrepKit

extension Pane {
    public static let detail = Pane(rawValue: "detail")
}

/// The selected event in full, scrollable with the movement keys while it has the focus. A new
/// selection starts at the top.
struct DetailPart: PanePart {
    var pane: Pane { .detail }

    func draw(_ d: Dashboard, _ s: DetailState, into buffer: inout Buffer, _ rect: Rect) {
        d.drawDetail(&buffer, rect, scroll: s.scrolledFor == DetailState.key(d) ? s.scroll : 0)
    }

    func settle(_ d: Dashboard, _ s: inout DetailState, in rect: Rect) {
        if s.scrolledFor != DetailState.key(d) { (s.scroll, s.scrolledFor) = (0, DetailState.key(d)) }
        guard let event = d.state.selection.detail, rect.inner.width > 0 else { return }
        let lines = d.detailLines(event, width: rect.inner.width).count
        s.scroll = min(s.scroll, max(0, lines - rect.inner.height))
    }

    func handle(_ input: PaneInput, _ d: Dashboard, _ s: inout DetailState, in rect: Rect) -> [PaneIntent] {
        guard case .move(let delta) = input else { return [] }
        if s.scrolledFor != DetailState.key(d) { (s.scroll, s.scrolledFor) = (0, DetailState.key(d)) }
        s.scroll = max(0, s.scroll + max(-1_000_000, min(1_000_000, delta)))
        return []
    }
}

/// The detail's own state: how far it is scrolled, and for which selection.
struct DetailState: PaneState {
    var scroll = 0
    var scrolledFor: Selection?

    struct Selection: Equatable, Sendable {
        var id: String?
        var report: Int?
    }

    static func key(_ d: Dashboard) -> Selection {
        Selection(id: d.state.selection.id, report: d.state.selection.report)
    }
}

extension Dashboard {
    func drawDetail(_ buffer: inout Buffer, _ rect: Rect, scroll: Int) {
        // The region's totals only while the regions pane itself has the focus: with the trends
        // or the map focused, the detail shows the selected event and is titled so.
        let region =
            state.focus == .regions && state.secondPane == .regions && !regions.isEmpty
            ? regions[selectedRegionRow].name : nil
        drawFrame(&buffer, rect, title: region == nil ? "Detail" : "Detail · region", pane: .detail)
        let area = rect.inner
        guard area.height > 0, area.width > 0 else { return }
        if let region {
            for (i, line) in regionTotalsLines(region, width: area.width).prefix(area.height).enumerated() {
                var x = area.x
                for (text, role) in line {
                    x += buffer.put(text, x: x, y: area.y + i, maxWidth: area.x + area.width - x, role: role)
                }
            }
            return
        }
        guard let position = selectedPosition else {
            buffer.put(Buffer.fit("No event selected.", area.width), x: area.x, y: area.y, role: .message)
            return
        }
        // The event in full is read off the loop: until it arrives, the one before is not shown
        // under the new selection, only the new one's title.
        guard let event = state.selection.detail, event.id == store.id(at: position) else {
            let title = wrap(shownTitle(position), area.width).prefix(max(0, area.height - 2))
            for (i, line) in title.enumerated() {
                buffer.put(line, x: area.x, y: area.y + i, maxWidth: area.width, role: .detailTitle)
            }
            let y = area.y + title.count + 1
            if y < area.y + area.height {
                buffer.put(Buffer.fit("reading…", area.width), x: area.x, y: y, role: .message)
            }
            return
        }
        let lines = detailLines(event, width: area.width)
        for (i, line) in lines.dropFirst(scroll).prefix(area.height).enumerated() {
            var x = area.x
            for (text, role) in line {
                let used = buffer.put(text, x: x, y: area.y + i, maxWidth: area.x + area.width - x, role: role)
                highlightSearch(&buffer, text, x: x, y: area.y + i, width: used)
                x += used
            }
        }
    }

    typealias Line = [(String, Role)]

    /// How much of each part of an event the detail shows, in characters: far more than anyone reads
    /// on a screen, and little enough to wrap at every key.
    static let shownTitle = 4_000
    static let shownField = 20_000
    static let shownBody = 200_000

    func detailLines(_ e: Event, width: Int) -> [Line] {
        func leftOut(_ bytes: Int) -> Line {
            [("… \(grouped(bytes)) more bytes not shown (sitrep list --format jsonl has them)", .detailLabel)]
        }
        let title = shownPart(e.title, limit: Self.shownTitle)
        var lines: [Line] = wrap(title.text, width).map { [($0, .detailTitle)] }
        if title.leftOut > 0 { lines.append(leftOut(title.leftOut)) }
        lines.append([])
        func field(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            let labelWidth = 10
            let shown = shownPart(value, limit: Self.shownField)
            let wrapped =
                wrap(shown.text, max(1, width - labelWidth))
                + (shown.leftOut > 0 ? ["… \(grouped(shown.leftOut)) more bytes"] : [])
            // A label longer than its column (an extra field such as `finished_at`) has a line of
            // its own, whole, with the value under it, instead of being cut.
            let own = DisplayWidth.of(label) > labelWidth - 1
            if own { lines.append([(Buffer.fit(label, width), .detailLabel)]) }
            for (i, part) in wrapped.enumerated() {
                let name = Buffer.fit(label, labelWidth - 1)
                let l =
                    i == 0 && !own
                    ? name + String(repeating: " ", count: labelWidth - DisplayWidth.of(name))
                    : String(repeating: " ", count: labelWidth)
                lines.append([(l, .detailLabel), (part, .detailValue)])
            }
        }
        if e.time.precision == .day {
            field("Date", "\(e.time.displayText(in: zone)) (day)")
        } else {
            field("Time", "\(e.time.displayText(in: zone)) \(zone.identifier)")
            field("Precision", e.time.precision.description)
        }
        field("Regions", e.regions.joined(separator: ", "))
        field("Location", e.location)
        field("Category", [e.category, e.subcategory].compactMap { $0 }.joined(separator: " / "))
        field("Sources", e.sources.joined(separator: ", "))
        field("URL", e.url)
        field("Actors", e.actors.joined(separator: ", "))
        field("Tags", e.tags.joined(separator: ", "))
        if let lat = e.latitude, let lon = e.longitude { field("Position", "\(lat), \(lon)") }
        if !e.figures.isEmpty {
            lines.append([])
            lines.append([("Figures", .detailLabel)])
            let nameWidth = min(max(e.figures.map { DisplayWidth.of($0.name) }.max() ?? 0, 8), max(8, width - 12))
            for f in e.figures {
                let name = Buffer.fit(f.name, nameWidth).padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                // The whole number where it fits, else its short form: never a number cut short.
                let room = width - nameWidth - 3 - DisplayWidth.of(FigureUnit.suffix(f.name))
                let value = f.valueText.count <= room ? f.valueText : ShortNumber.text(f.value)
                // What is left for the unit and its days and hours, after the name and the value.
                let unitRoom = width - 3 - nameWidth - max(8, value.count)
                lines.append([
                    ("  " + name + " ", .detailLabel),
                    (String(repeating: " ", count: max(0, 8 - value.count)) + value, .detailFigure),
                    (Self.unit(f.name, f.value, room: unitRoom), .detailLabel),
                ])
                if let more = Self.asideLine(f.name, f.value, room: unitRoom, width: width) { lines.append(more) }
            }
        }
        lines += storyLines(width: width)
        if let body = e.body {
            lines.append([])
            let shown = shownPart(body, limit: Self.shownBody)
            lines += wrap(shown.text, width).map { [($0, .detailValue)] }
            if shown.leftOut > 0 { lines.append(leftOut(shown.leftOut)) }
        }
        if !e.extra.isEmpty {
            lines.append([])
            for x in e.extra { field(x.name, x.displayText) }
        }
        lines.append([])
        field("Id", e.id)
        field("From", "\(RawPath.display(e.origin.path)):\(e.origin.line)")
        return lines
    }
}
