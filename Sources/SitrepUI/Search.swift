import SitrepKit

extension Dashboard {
    /// Keys while the search line is open.
    mutating func editSearch(_ key: Key) {
        switch key {
        case .enter:
            state.mode = .normal
            state.query.search = state.query.searchDraft.trimmingCharacters(in: .whitespaces)
            if !state.query.search.isEmpty, !matchesSearch(selectedPosition) { jumpToMatch(forward: true) }
        case .escape, .control("c"), .control("g"):
            state.mode = .normal
            state.query.search = ""
            searchJob = nil
        case .backspace:
            if !state.query.searchDraft.isEmpty { state.query.searchDraft.removeLast() }
        case .control("u"):
            state.query.searchDraft = ""
        case .up:
            state.query.searchDraft = state.query.search
        case .character(let c):
            state.query.searchDraft.append(c)
        default:
            return
        }
    }

    /// No search in force: its highlight goes, and a search still running beside is given up.
    mutating func clearSearch() {
        state.query.search = ""
        searchJob = nil
    }

    /// Whether an event contains the search text (title, body, location, actors, sources).
    func matchesSearch(_ position: Int?) -> Bool {
        guard let position, !state.query.search.isEmpty else { return false }
        return QueryMatcher(store: store, query: .text(TextFold.fold(state.query.search))).matches(position)
    }

    /// Moves the selection to the next (or previous) shown event that contains the search text,
    /// wrapping around; the view is not narrowed. The events holding the text are found once per
    /// text and snapshot (one scan of the files), then each n/N is a few binary searches.
    mutating func jumpToMatch(forward: Bool) {
        guard !state.query.search.isEmpty, view.count > 0, let current = selectedPosition else { return }
        let folded = TextFold.fold(state.query.search)
        if searchHits?.text != folded || searchHits?.store !== store {
            // Over many events the scan reads the files: it runs off the key handler (`SearchJob`).
            guard store.count < backgroundFrom else { return startSearch(folded, forward: forward) }
            searchHits = (folded, store, QueryMatcher(store: store, query: .text(folded)).positions())
        }
        let hits = searchHits?.positions ?? []
        // Rows run newest first by default: "next" is then an older event, a smaller position.
        let upward = forward != state.newestFirst
        var low = 0, high = hits.count
        while low < high {
            let mid = (low + high) / 2
            if hits[mid] <= current { low = mid + 1 } else { high = mid }
        }
        // `low` is the first hit after the current position; walk from there in the direction, wrapping.
        let start = upward ? low : low - 1 - (low > 0 && hits[low - 1] == current ? 1 : 0)
        for step in 0..<hits.count {
            let k = ((upward ? start + step : start - step) % hits.count + hits.count) % hits.count
            if hits[k] != current, let row = view.row(ofPosition: hits[k]) {
                state.selection.row = row
                state.selection.id = store.id(at: hits[k])
                return
            }
        }
        // The selected event may be the only one shown that matches: it stays selected.
        if SortedSearch.contains(hits, current) { return }
        state.notice = "no event contains \"\(state.query.search)\""
    }

    /// Where the search text stands in a line, as character ranges, for highlighting.
    func searchRanges(in text: String) -> [Range<Int>] {
        let needle = Array(state.query.search.lowercased())
        guard !needle.isEmpty else { return [] }
        let hay = Array(text.lowercased())
        guard hay.count == Array(text).count, hay.count >= needle.count else { return [] }
        var out: [Range<Int>] = []
        var i = 0
        while i + needle.count <= hay.count {
            if Array(hay[i..<i + needle.count]) == needle {
                out.append(i..<i + needle.count)
                i += needle.count
            } else {
                i += 1
            }
        }
        return out
    }

    /// Marks the search text in a line already drawn at (x, y): its cells take the match role.
    func highlightSearch(_ buffer: inout Buffer, _ text: String, x: Int, y: Int, width: Int) {
        guard !state.query.search.isEmpty else { return }
        let chars = Array(text)
        for r in searchRanges(in: text) {
            let start = x + chars[..<r.lowerBound].reduce(0) { $0 + DisplayWidth.of(String($1)) }
            let length = chars[r].reduce(0) { $0 + DisplayWidth.of(String($1)) }
            let end = min(x + width, start + length)
            if start < end { buffer.restyle(Rect(x: start, y: y, width: end - start, height: 1), role: .searchMatch) }
        }
    }

    // MARK: - Same region, category, source

    mutating func openSameMenu() {
        guard let p = selectedPosition else { return }
        var items: [MenuItem] = []
        // Names are quoted for the query language: a region called `A, "B"` is one value, not two.
        for r in store.regions(at: p) {
            items.append(MenuItem(label: "same region: \(r)", query: "region:" + QueryParser.quoted(r)))
        }
        if let c = store.category(at: p) {
            items.append(MenuItem(label: "same category: \(c)", query: "cat:" + QueryParser.quoted(c)))
        }
        for s in store.sources(at: p).prefix(3) {
            items.append(MenuItem(label: "same source: \(s)", query: "source:" + QueryParser.quoted(s)))
        }
        if !items.isEmpty { state.mode = .menu(.sameAs(items)) }
    }

    /// 1-9 picks a line of the menu; Esc closes it. The choice is added to the filter in force.
    mutating func chooseSame(_ key: Key, _ items: [MenuItem]) {
        if case .character(let c) = key, let n = c.wholeNumberValue, n >= 1, n <= items.count {
            state.mode = .normal
            state.query.filter =
                state.query.filter.isEmpty ? items[n - 1].query : state.query.filter + " " + items[n - 1].query
            rebuildView()
        } else if key == .escape || key == .character("f") || key == .character("q") {
            state.mode = .normal
        }
    }

    func drawSameMenu(_ buffer: inout Buffer) {
        guard case .menu(.sameAs(let items)) = state.mode else { return }
        drawMenu(&buffer, title: "Narrow to", items: items.map { ($0.label, "") })
    }

    /// A numbered menu in a box in the middle of the screen (1-9 pick, Esc closes).
    func drawMenu(_ buffer: inout Buffer, title: String, items all: [(label: String, detail: String)]) {
        let items = all.prefix(9)
        let longest = items.map { DisplayWidth.of($0.label) + DisplayWidth.of($0.detail) }.max() ?? 0
        let width = min(buffer.width - 2, max(34, longest + 12))
        let height = min(buffer.height - 2, items.count + 3)
        guard width > 10, height > 3 else { return }
        let rect = Rect(x: (buffer.width - width) / 2, y: (buffer.height - height) / 2, width: width, height: height)
        buffer.fill(rect, role: .helpText)
        buffer.box(rect, role: .helpBorder)
        buffer.put(" \(title) (1-\(items.count), Esc) ", x: rect.x + 2, y: rect.y, role: .helpBorder)
        // The details in a column of their own, two cells after the longest label that fits: a
        // view's name and its query never run together.
        let labelColumn = min(width / 2, items.map { DisplayWidth.of($0.label) }.max() ?? 0)
        for (i, item) in items.prefix(height - 3).enumerated() {
            let y = rect.y + 2 + i
            buffer.put("\(i + 1)", x: rect.x + 2, y: y, role: .helpKey)
            let limit = item.detail.isEmpty ? width - 7 : labelColumn
            buffer.put(Buffer.fit(item.label, limit), x: rect.x + 5, y: y, role: .helpText)
            if !item.detail.isEmpty {
                buffer.put(
                    Buffer.fit(item.detail, width - labelColumn - 9), x: rect.x + 7 + labelColumn, y: y,
                    role: .detailLabel)
            }
        }
    }

    func drawSearchLine(_ buffer: inout Buffer, _ rect: Rect) {
        buffer.fill(rect, role: .filterBar)
        let x = rect.x + buffer.put("search: ", x: rect.x, y: rect.y, role: .filterBar)
        buffer.put(
            Buffer.fit(state.query.searchDraft + "█", rect.width - (x - rect.x) - 1), x: x, y: rect.y, role: .filterBar)
    }
}

import Foundation
