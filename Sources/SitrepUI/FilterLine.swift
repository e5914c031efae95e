import SitrepKit

extension Dashboard {
    /// The filter in force, the time window and the inversion, as one query. A filter that no
    /// longer reads with the files loaded now (a field only a removed file had) selects nothing,
    /// rather than everything: `filterProblem` says why.
    var activeQuery: Query {
        var parts = filterPart.map { [$0] } ?? []
        if let window = state.query.window { parts.append(.since(TimeBound(anchor - window, zone: zone))) }
        return parts.isEmpty ? .all : (parts.count == 1 ? parts[0] : .and(parts))
    }

    /// What the comparing figures read: the filter in force less its time bounds and the window.
    /// A window chooses what is shown; the week before, the four weeks before and the 24 hours
    /// before are read with the same filter, whatever the window.
    var comparedQuery: Query { filterPart?.withoutTimeBounds ?? .all }

    /// The filter, inverted when asked; nil for none.
    private var filterPart: Query? {
        switch filterInForce {
        case .success(let q): return q == .all ? nil : (state.query.inverted ? .not(q) : q)
        case .failure: return .not(.all)
        }
    }

    /// The filter in force, read with the files loaded now.
    var filterInForce: Result<Query, QueryError> {
        do throws(QueryError) { return .success(try queryParser.parse(state.query.filter)) } catch {
            return .failure(error)
        }
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
        if let name = state.query.viewName, !state.query.filter.isEmpty { parts.append("view \(name)") }
        // NOT inverts the whole filter: brackets say so when it has several terms.
        if !state.query.filter.isEmpty {
            let several = state.query.filter.contains { $0 == " " || $0 == "\t" }
            parts.append(
                state.query.inverted
                    ? (several ? "NOT (\(state.query.filter))" : "NOT \(state.query.filter)") : state.query.filter)
        }
        if let w = state.query.window { parts.append(w == 86_400 ? "last 24 h" : "last \(w / 86_400) d") }
        return parts.joined(separator: " · ")
    }

    mutating func openFilter() {
        state.mode = .editingFilter
        state.query.draft = state.query.filter
        state.query.before = state.query.filter
        state.query.error = nil
        state.query.historyIndex = nil
    }

    mutating func setWindow(_ seconds: Int64?) {
        state.query.window = seconds
        rebuildView()
    }

    /// Keys while the filter line is open: the view follows every valid change as you type.
    mutating func editFilter(_ key: Key) {
        switch key {
        case .enter:
            // A draft that does not parse is never kept: the line stays open with its error, and
            // the prefix shown while typing is not what Enter commits (Esc puts back the filter before).
            guard state.query.error == nil else { return }
            state.mode = .normal
            if !state.query.filter.isEmpty, state.query.history.last != state.query.filter {
                state.query.history.append(state.query.filter)
                if state.query.history.count > 100 { state.query.history.removeFirst(state.query.history.count - 100) }
            }
        case .escape, .control("c"), .control("g"):
            state.mode = .normal
            state.query.error = nil
            if state.query.filter != state.query.before {
                state.query.filter = state.query.before
                rebuildView()
            }
        case .backspace:
            if !state.query.draft.isEmpty { state.query.draft.removeLast() }
            applyDraft()
        case .control("u"):
            state.query.draft = ""
            applyDraft()
        case .up, .down:
            guard !state.query.history.isEmpty else { return }
            let last = state.query.history.count - 1
            let next =
                key == .up
                ? max(0, (state.query.historyIndex ?? state.query.history.count) - 1)
                : (state.query.historyIndex ?? last) + 1
            if next > last {
                state.query.historyIndex = nil
                state.query.draft = state.query.before
            } else {
                state.query.historyIndex = next
                state.query.draft = state.query.history[next]
            }
            applyDraft()
        case .character(let c):
            state.query.draft.append(c)
            applyDraft()
        default:
            return
        }
    }

    /// Applies the typed text if it parses; otherwise the error is shown and the last valid filter stays.
    private mutating func applyDraft() {
        do throws(QueryError) {
            _ = try queryParser.parse(state.query.draft)
            state.query.error = nil
            if state.query.draft != state.query.filter {
                state.query.filter = state.query.draft
                state.query.viewName = nil
                rebuildView()
            }
        } catch {
            state.query.error = error
        }
    }

    /// The filter line over the status line, and the error above it.
    func drawFilterLine(_ buffer: inout Buffer, _ rect: Rect) {
        buffer.fill(rect, role: .filterBar)
        let prompt = "/ "
        let x = rect.x + buffer.put(prompt, x: rect.x, y: rect.y, role: .filterBar)
        let text = state.query.draft + "█"
        let room = rect.width - (x - rect.x) - 1
        // The end of a long query stays in view.
        let shown = DisplayWidth.of(text) > room ? "…" + String(text.suffix(max(1, room - 1))) : text
        buffer.put(shown, x: x, y: rect.y, maxWidth: room, role: .filterBar)
        guard let error = state.query.error, rect.y > 0 else { return }
        let line = Rect(x: rect.x, y: rect.y - 1, width: rect.width, height: 1)
        buffer.fill(line, role: .filterError)
        let pointer = String(repeating: " ", count: max(0, min(rect.width - 4, prompt.count + error.column - 1))) + "^ "
        buffer.put(Buffer.fit(pointer + error.message, rect.width), x: rect.x, y: line.y, role: .filterError)
    }
}

extension Dashboard {
    /// The filter to start with (`--filter`) and the history kept between runs.
    public mutating func setFilter(_ text: String, history: [String]) {
        state.query.filter = text
        state.query.history = history
        rebuildView()
        state.selection.row = 0
        state.selection.id = view.positions.first.map(store.id(at:))
    }
}
