import SitrepKit

extension Dashboard {
    /// The filter in force, the time window and the inversion, as one query. A filter that no
    /// longer reads with the files loaded now (a field only a removed file had) selects nothing,
    /// rather than everything: `filterProblem` says why.
    var activeQuery: Query {
        var parts = filterPart.map { [$0] } ?? []
        if let window = state.window { parts.append(.since(TimeBound(anchor - window, zone: zone))) }
        return parts.isEmpty ? .all : (parts.count == 1 ? parts[0] : .and(parts))
    }

    /// What the comparing figures read: the filter in force less its time bounds and the window.
    /// A window chooses what is shown; the week before, the four weeks before and the 24 hours
    /// before are read with the same filter, whatever the window.
    var comparedQuery: Query { filterPart?.withoutTimeBounds ?? .all }

    /// The filter, inverted when asked; nil for none.
    private var filterPart: Query? {
        switch filterInForce {
        case .success(let q): return q == .all ? nil : (state.inverted ? .not(q) : q)
        case .failure: return .not(.all)
        }
    }

    /// The filter in force, read with the files loaded now.
    var filterInForce: Result<Query, QueryError> {
        do throws(QueryError) { return .success(try queryParser.parse(state.filter)) } catch { return .failure(error) }
    }

    /// Why the filter in force selects nothing, when it no longer reads with these files.
    var filterProblem: String? {
        guard case .failure(let error) = filterInForce else { return nil }
        return "filter no longer applies to these files: \(error.message)"
    }

    /// Reads filters with the loaded files' gazetteer and extra fields (`level:oblast`).
    var queryParser: QueryParser {
        QueryParser(
            gazetteer: store.gazetteer, zone: zone, now: anchor, extraFields: store.extraFieldNames,
            loaded: store.loadedNames)
    }

    /// What the status line shows of the filters: `region:kharkiv since 7d inverted`.
    var filterSummary: String {
        var parts: [String] = []
        if let name = state.viewName, !state.filter.isEmpty { parts.append("view \(name)") }
        // NOT inverts the whole filter: brackets say so when it has several terms.
        if !state.filter.isEmpty {
            let several = state.filter.contains { $0 == " " || $0 == "\t" }
            parts.append(state.inverted ? (several ? "NOT (\(state.filter))" : "NOT \(state.filter)") : state.filter)
        }
        if let w = state.window { parts.append(w == 86_400 ? "last 24 h" : "last \(w / 86_400) d") }
        return parts.joined(separator: " · ")
    }

    mutating func openFilter() {
        state.mode = .editingFilter
        state.draft = state.filter
        state.filterBeforeEdit = state.filter
        state.filterError = nil
        state.historyIndex = nil
    }

    mutating func setWindow(_ seconds: Int64?) {
        state.window = seconds
        rebuildView()
    }

    /// Keys while the filter line is open: the view follows every valid change as you type.
    mutating func editFilter(_ key: Key) {
        switch key {
        case .enter:
            // A draft that does not parse is never kept: the line stays open with its error, and
            // the prefix shown while typing is not what Enter commits (Esc puts back the filter before).
            guard state.filterError == nil else { return }
            state.mode = .normal
            if !state.filter.isEmpty, state.history.last != state.filter {
                state.history.append(state.filter)
                if state.history.count > 100 { state.history.removeFirst(state.history.count - 100) }
            }
        case .escape, .control("c"), .control("g"):
            state.mode = .normal
            state.filterError = nil
            if state.filter != state.filterBeforeEdit {
                state.filter = state.filterBeforeEdit
                rebuildView()
            }
        case .backspace:
            if !state.draft.isEmpty { state.draft.removeLast() }
            applyDraft()
        case .control("u"):
            state.draft = ""
            applyDraft()
        case .up, .down:
            guard !state.history.isEmpty else { return }
            let last = state.history.count - 1
            let next =
                key == .up ? max(0, (state.historyIndex ?? state.history.count) - 1) : (state.historyIndex ?? last) + 1
            if next > last {
                state.historyIndex = nil
                state.draft = state.filterBeforeEdit
            } else {
                state.historyIndex = next
                state.draft = state.history[next]
            }
            applyDraft()
        case .character(let c):
            state.draft.append(c)
            applyDraft()
        default:
            return
        }
    }

    /// Applies the typed text if it parses; otherwise the error is shown and the last valid filter stays.
    private mutating func applyDraft() {
        do throws(QueryError) {
            _ = try queryParser.parse(state.draft)
            state.filterError = nil
            if state.draft != state.filter {
                state.filter = state.draft
                state.viewName = nil
                rebuildView()
            }
        } catch {
            state.filterError = error
        }
    }

    /// The filter line over the status line, and the error above it.
    func drawFilterLine(_ buffer: inout Buffer, _ rect: Rect) {
        buffer.fill(rect, role: .filterBar)
        let prompt = "/ "
        let x = rect.x + buffer.put(prompt, x: rect.x, y: rect.y, role: .filterBar)
        let text = state.draft + "█"
        let room = rect.width - (x - rect.x) - 1
        // The end of a long query stays in view.
        let shown = DisplayWidth.of(text) > room ? "…" + String(text.suffix(max(1, room - 1))) : text
        buffer.put(shown, x: x, y: rect.y, maxWidth: room, role: .filterBar)
        guard let error = state.filterError, rect.y > 0 else { return }
        let line = Rect(x: rect.x, y: rect.y - 1, width: rect.width, height: 1)
        buffer.fill(line, role: .filterError)
        let pointer = String(repeating: " ", count: max(0, min(rect.width - 4, prompt.count + error.column - 1))) + "^ "
        buffer.put(Buffer.fit(pointer + error.message, rect.width), x: rect.x, y: line.y, role: .filterError)
    }
}

extension Dashboard {
    /// The filter to start with (`--filter`) and the history kept between runs.
    public mutating func setFilter(_ text: String, history: [String]) {
        state.filter = text
        state.history = history
        rebuildView()
        state.selectedRow = 0
        state.selectedID = view.positions.first.map(store.id(at:))
    }
}
