import Foundation
import SitrepKit

extension Dashboard {
    /// `1,909 of 1,909 events · 2 files · no problems · region: Kharkiv Oblast       14:05 UTC  ? help`
    func drawStatus(_ buffer: inout Buffer, _ rect: Rect) {
        buffer.fill(rect, role: .statusLine)
        // The files' problems, whatever "now" is: repeats are counted over every loaded event.
        let problems = ProblemCount(store: loadedStore, outside: outsideProblems, waiting: false)
        var left =
            (state.time.replay.map { $0.label + " · " } ?? "")
            + "\(grouped(view.count))\(state.grouping ? " stories" : "") of \(grouped(store.count)) events · \(store.files.count) file\(store.files.count == 1 ? "" : "s")"
        var warning = problems.total == 0 ? "" : " · \(problems.text(grouping: grouped)) (sitrep check)"
        // A file that could not be read as a whole is named after the counts, with why (the start
        // of it): `ls: binary file (NUL byte at offset 7), not events; file skipped`.
        if let problem = store.firstFileProblem ?? outsideProblems.first(where: \.aboutWholeFile) {
            warning +=
                " · "
                + Buffer.fit("\(RawPath.display((problem.path as NSString).lastPathComponent)): \(problem.message)", 64)
        }
        // What was just said (a broken theme, a search that found nothing) comes first: the end of a
        // long status line is cut on narrow screens.
        if let notice = state.notice { left += " · \(notice)" }
        if let filter = state.query.region { left += " · region: \(filter)" }
        let filters = filterSummary
        if !filters.isEmpty { left += " · filter: \(filters)" }
        if state.query.filtering { left += " · filtering…" }
        if let asOf = asOfText { left += " · \(asOf)" }
        if state.follow.loading { left += " · loading \(Int(state.follow.loadedFraction * 100))%…" }
        if !state.follow.watchMode.isEmpty { left += " · \(state.follow.watchMode)" }
        if let c = state.follow.lastChange { left += " · changed \(c.clock) +\(c.added) −\(c.removed)" }
        if state.follow.unseen > 0 { left += " · \(state.follow.unseen) new ↑" }
        if !state.query.search.isEmpty { left += " · search: \(state.query.search) (n/N)" }
        if let problem = filterProblem { left += " · \(problem)" }
        let right = "\(state.time.clock)  ? help"
        let rightWidth = DisplayWidth.of(right)
        let room = rect.width - rightWidth - 2
        var x = rect.x + buffer.put(Buffer.fit(" " + left, room), x: rect.x, y: rect.y, role: .statusLine)
        if !warning.isEmpty, room - x > 4 {
            x += buffer.put(Buffer.fit(warning, room - x), x: x, y: rect.y, role: .statusWarning)
        }
        if rect.width > rightWidth + 1 {
            buffer.put(right, x: rect.x + rect.width - rightWidth - 1, y: rect.y, role: .statusHint)
        }
    }

    /// Every key, from the same table that dispatches them.
    /// As wide as the longest line needs where the screen allows, so that no description is cut at
    /// 160 columns; in two columns when the keys do not fit the height and the width has room.
    func drawHelp(_ buffer: inout Buffer) {
        let bindings = helpEntries
        let keyWidth = min(16, bindings.map { DisplayWidth.of($0.keys) }.max() ?? 0)
        let longest = bindings.map { DisplayWidth.of($0.help) }.max() ?? 0
        let (columns, rows) = helpShape
        let columnWidth = min(keyWidth + longest + 6, (buffer.width - 4) / columns)
        let width = min(max(66, columnWidth * columns + 2), buffer.width - 4)
        let height = helpHeight
        guard width > 10, height > 3 else { return }
        let rect = Rect(
            x: (buffer.width - width) / 2, y: (buffer.height - 1 - height) / 2, width: width, height: height)
        // A blank margin keeps the box apart from the panes' borders behind it (never over the status line).
        let marginTop = max(0, rect.y - 1), marginBottom = min(buffer.height - 2, rect.y + rect.height)
        buffer.fill(
            Rect(x: rect.x - 1, y: marginTop, width: rect.width + 2, height: marginBottom - marginTop + 1),
            role: .normal)
        buffer.fill(rect, role: .helpText)
        buffer.box(rect, role: .helpBorder)
        buffer.put(Buffer.fit(" Keys (Esc or ? closes) ", width - 4), x: rect.x + 2, y: rect.y, role: .helpBorder)
        let inner = (width - 2) / columns
        let shown = height - 4
        let top = helpTop
        for (i, b) in bindings.enumerated() {
            let (column, row) = (i / rows, i % rows - top)
            guard row >= 0, row < shown else { continue }
            let x = rect.x + 2 + column * inner
            let y = rect.y + 2 + row
            buffer.put(Buffer.fit(b.keys, keyWidth), x: x, y: y, role: .helpKey)
            buffer.put(Buffer.fit(b.help, inner - keyWidth - 4), x: x + keyWidth + 2, y: y, role: .helpText)
        }
        // What lies above and below the box, on its borders.
        if top > 0 {
            buffer.put(
                Buffer.fit(" ↑ \(top) more (k) ", width - 4), x: rect.x + width - 4 - min(width - 4, 14), y: rect.y,
                role: .helpBorder)
        }
        let below = rows - top - shown
        if below > 0 {
            buffer.put(
                Buffer.fit(" ↓ \(below) more (j, Space) ", width - 4), x: rect.x + 2, y: rect.y + height - 1,
                role: .helpBorder)
        }
    }

    /// Every key the help lists: the keymap's, then the panes' own as each pane declares them
    /// (`PanePart.showKey` and `keys`), a key two panes share listed once.
    var helpEntries: [(keys: String, help: String)] {
        var entries = keymap.bindings.map { (keys: $0.keys.map(\.label).joined(separator: " "), help: $0.help) }
        for part in Layout.everyPart {
            for key in [part.showKey].compactMap({ $0 }) + part.keys {
                let entry = (keys: key.keys.map(\.label).joined(separator: " "), help: key.help)
                if !entries.contains(where: { $0 == entry }) { entries.append(entry) }
            }
        }
        return entries
    }

    /// The first row of keys shown: the help's scroll, held so that the last page is full.
    var helpTop: Int { max(0, min(state.helpScroll, helpMaxScroll)) }

    /// Two columns of keys when one does not fit the height and the width has room.
    var helpShape: (columns: Int, rows: Int) {
        let count = helpEntries.count
        let columns = count + 4 > state.height - 2 && state.width >= 100 ? 2 : 1
        return (columns, (count + columns - 1) / columns)
    }

    /// The help box's height: its rows of keys and four lines of frame and margin, within the screen.
    var helpHeight: Int { min(helpShape.rows + 4, state.height - 2) }

    /// The furthest the help scrolls: its last page full.
    var helpMaxScroll: Int { max(0, helpShape.rows - max(1, helpHeight - 4)) }

}
