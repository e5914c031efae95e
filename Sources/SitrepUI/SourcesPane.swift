import SitrepKit

extension Pane {
    public static let sources = Pane(rawValue: "sources")
}

/// The sources pane (`F`, in the regions pane's place): each file, and under it each source its
/// events name, with how many events, where on one shared time axis they fall (a stretch without
/// any is a gap in the feed), how old the newest is, the file's problems and whether it is
/// followed. Enter narrows the timeline to the file or source (again: back).
struct SourcesPart: PanePart {
    var pane: Pane { .sources }

    var showKey: PaneKey? {
        PaneKey(
            keys: [.character("F")], name: "show",
            help: "the sources pane in place of the regions, and back")
    }

    func settle(_ d: Dashboard, _ s: inout SourcesState, in rect: Rect) {
        let cells = SourcesState.barWidth(rect.inner.width)
        if s.workedOut?.store !== d.store || s.workedOut?.cells != cells {
            s.rows = SourceRow.rows(d.store.feeds(cells: cells))
            s.workedOut = (d.store, cells)
        }
        let height = max(1, rect.inner.height - SourcesState.header)
        s.selected = min(max(0, s.selected), max(0, s.rows.count - 1))
        s.top = max(0, min(s.top, s.selected, max(0, s.rows.count - height)))
        if s.selected >= s.top + height { s.top = s.selected - height + 1 }
    }

    func draw(_ d: Dashboard, _ s: SourcesState, into buffer: inout Buffer, _ rect: Rect) {
        let files = s.rows.filter { $0.source == nil }.count
        d.drawFrame(
            &buffer, rect, title: "Sources · \(files) file\(files == 1 ? "" : "s") · \(s.rows.count - files) sources",
            pane: .sources)
        let area = rect.inner
        guard area.height > 0, area.width > 0 else { return }
        guard !s.rows.isEmpty else {
            buffer.put(Buffer.fit("No files.", area.width), x: area.x, y: area.y, role: .message)
            return
        }
        SourcesDrawing(d: d, state: s, area: area).draw(&buffer)
    }

    func handle(_ input: PaneInput, _ d: Dashboard, _ s: inout SourcesState, in rect: Rect) -> [PaneIntent] {
        guard !s.rows.isEmpty else { return [] }
        switch input {
        case .move(let delta):
            s.selected = min(max(0, s.selected + max(-s.rows.count, min(s.rows.count, delta))), s.rows.count - 1)
        case .click(_, let y):
            let row = s.top + (y - rect.inner.y - SourcesState.header)
            if s.rows.indices.contains(row) { s.selected = row }
        case .open: return [.setFilter(s.narrowing(d.state.query.filter, to: s.rows[s.selected]))]
        case .moveAcross, .key: break
        }
        return []
    }
}

/// One line of the pane: a file, or a source within the file above it.
struct SourceRow: Sendable, Equatable {
    var path: String
    /// Nil on the file's own line.
    var source: String?
    var span: FeedSpan?
    var problems: Int
    var unreadable: Bool
    var builtIn: Bool

    /// The filter term Enter adds: the file by path, or the source by name.
    var term: String { source.map { "source:" + QueryParser.quoted($0) } ?? "file:" + QueryParser.quoted(path) }

    static func rows(_ feeds: [FileFeed]) -> [SourceRow] {
        feeds.flatMap { f in
            let problems = f.errors + f.warnings
            let file = SourceRow(
                path: f.path, source: nil, span: f.span, problems: problems, unreadable: f.unreadable,
                builtIn: f.builtIn)
            return [file]
                + f.sources.map {
                    SourceRow(
                        path: f.path, source: $0.name, span: $0, problems: 0, unreadable: false, builtIn: f.builtIn)
                }
        }
    }
}

/// The sources pane's own state: its rows (worked out once per snapshot and width), the selected
/// row, the top row, and the term Enter added to the filter.
struct SourcesState: PaneState {
    var rows: [SourceRow] = []
    var workedOut: (store: EventStore, cells: Int)?
    var selected = 0
    var top = 0
    var narrowed: String?

    /// Lines above the rows: the time axis.
    static let header = 1

    /// The bar's width for an inner width: what the name, count and age leave.
    static func barWidth(_ width: Int) -> Int { max(0, width - SourcesDrawing.fixed(width)) }

    /// The filter with this row's term, in place of the one Enter added before; Enter on the same
    /// row again takes it away.
    mutating func narrowing(_ filter: String, to row: SourceRow) -> String {
        var text = filter
        if let old = narrowed, let range = text.range(of: old) { text.removeSubrange(range) }
        let words = text.split(separator: " ").joined(separator: " ")
        guard narrowed != row.term else {
            narrowed = nil
            return words
        }
        narrowed = row.term
        return words.isEmpty ? row.term : words + " " + row.term
    }
}

/// Draws the rows: `●` followed, `○` not followed, `◆` built in, `!` problems; the name (sources
/// indented under their file), the count, the bar on the shared axis and the newest event's age.
struct SourcesDrawing {
    let d: Dashboard
    let state: SourcesState
    let area: Rect

    static let countWidth = 6
    static let ageWidth = 3

    /// The columns besides the bar: mark, name, count, age and the spaces between.
    static func fixed(_ width: Int) -> Int { 2 + nameWidth(width) + 1 + countWidth + 1 + 1 + ageWidth }

    /// The name takes what a bar of a quarter of the width leaves, within bounds.
    static func nameWidth(_ width: Int) -> Int { min(32, max(6, width - width / 4 - 2 - countWidth - ageWidth - 3)) }

    func draw(_ buffer: inout Buffer) {
        drawAxis(&buffer)
        let nameWidth = Self.nameWidth(area.width)
        let barWidth = SourcesState.barWidth(area.width)
        for line in 0..<max(0, area.height - SourcesState.header) {
            let k = state.top + line
            guard state.rows.indices.contains(k) else { break }
            let row = state.rows[k]
            let y = area.y + SourcesState.header + line
            var x = area.x
            let (mark, role) = self.mark(row)
            buffer.put(mark, x: x, y: y, role: role)
            x += 2
            let name = row.source.map { Buffer.fit("  " + $0, nameWidth) } ?? Self.fitPath(row.path, nameWidth)
            buffer.put(
                name, x: x, y: y, maxWidth: nameWidth,
                role: row.term == state.narrowed ? .countsSelected : row.source == nil ? .countsName : .normal)
            x += nameWidth + 1
            let count = grouped(row.span?.count ?? 0)
            let shown = count.count <= Self.countWidth ? count : ShortNumber.text(Double(row.span?.count ?? 0))
            buffer.put(
                String(repeating: " ", count: max(0, Self.countWidth - shown.count)) + shown, x: x, y: y,
                maxWidth: Self.countWidth, role: .countsNumber)
            x += Self.countWidth + 1
            if barWidth > 0, let cells = row.span?.cells, cells.count == barWidth {
                buffer.put(String(cells.map { $0 ? "█" : "·" }), x: x, y: y, role: .countsBar)
                for (i, present) in cells.enumerated() where !present {
                    buffer.restyle(Rect(x: x + i, y: y, width: 1, height: 1), role: .trendsAxis)
                }
            }
            x += barWidth + 1
            let age = row.span.map { Self.age(d.anchor - $0.last) } ?? "—"
            buffer.put(
                String(repeating: " ", count: max(0, Self.ageWidth - age.count)) + age, x: x, y: y,
                maxWidth: Self.ageWidth, role: .countsChange)
            if k == state.selected, d.state.focus == .sources {
                buffer.restyle(Rect(x: area.x, y: y, width: area.width, height: 1), role: .timelineSelected)
            }
        }
    }

    /// The line over the rows: what the bars span, and how long one cell of them is.
    private func drawAxis(_ buffer: inout Buffer) {
        let cells = SourcesState.barWidth(area.width)
        guard d.store.count > 0, cells > 0 else { return }
        let first = d.store.time(at: 0), last = d.store.time(at: d.store.count - 1)
        let cell = Double(last.seconds - first.seconds + 1) / Double(cells)
        let each =
            cell >= 86_400
            ? "\(Int((cell / 86_400).rounded())) d"
            : cell >= 3_600 ? "\(Int((cell / 3_600).rounded())) h" : "\(max(1, Int((cell / 60).rounded()))) min"
        let text = "\(first.dayText(in: d.zone)) → \(last.dayText(in: d.zone)) · a cell \(each) · age of newest"
        buffer.put(Buffer.fit(text, area.width), x: area.x, y: area.y, maxWidth: area.width, role: .trendsAxis)
    }

    /// A file's name without its folder, cut in the middle when it is too long so that its
    /// ending (a date, an extension) still shows.
    static func fitPath(_ path: String, _ width: Int) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard DisplayWidth.of(name) > width, width > 4 else { return Buffer.fit(name, width) }
        let tail = String(name.suffix((width - 1) / 2))
        return String(name.prefix(width - 1 - tail.count)) + "…" + tail
    }

    private func mark(_ row: SourceRow) -> (String, Role) {
        if row.source != nil { return (" ", .normal) }
        if row.unreadable || row.problems > 0 { return ("!", .statusWarning) }
        if row.builtIn { return ("◆", .countsName) }
        return d.state.follow.watchMode.isEmpty || d.state.follow.watchMode == "demo"
            ? ("○", .countsName) : ("●", .countsName)
    }

    /// `now`, `12m`, `5h`, `3d`, `40w`: how long before "now" the newest event was.
    static func age(_ seconds: Int64) -> String {
        switch seconds {
        case ..<60: "now"
        case ..<3_600: "\(seconds / 60)m"
        case ..<86_400: "\(seconds / 3_600)h"
        case ..<(100 * 86_400): "\(seconds / 86_400)d"
        case ..<(100 * 7 * 86_400): "\(seconds / (7 * 86_400))w"
        default: "old"
        }
    }
}
