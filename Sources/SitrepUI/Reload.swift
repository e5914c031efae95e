import SitrepKit

extension Dashboard {
    /// The first load is still running: panes say so.
    public mutating func startLoading(mode: String) {
        state.follow.loading = true
        state.follow.watchMode = mode
    }

    public mutating func setNow(_ seconds: Int64, clock: String) {
        state.time.now = seconds
        state.time.clock = clock
        // Marks older than the new-for time are dropped.
        if !state.follow.arrivals.isEmpty {
            state.follow.arrivals = state.follow.arrivals.filter { seconds - $0.value < state.follow.newFor }
        }
    }

    public mutating func setNewFor(seconds: Int64) { state.follow.newFor = max(0, seconds) }

    public mutating func setLoadedFraction(_ f: Double) { state.follow.loadedFraction = f }

    public mutating func setWatchMode(_ mode: String) { state.follow.watchMode = mode }

    /// A new snapshot from a reload. The selection stays on its event; a user at the newest event
    /// follows new ones; otherwise the status line counts what arrived. With a slow filter over a
    /// rebuilt store, this happens when the filter's result comes back (`finishFilter`).
    public mutating func replaceStore(_ newStore: EventStore, change: LibraryChange) {
        let first = state.follow.loading
        state.follow.loading = false
        let before = (whole: loadedStore, shown: newestStore)
        loadedStore = newStore
        let shown = storeToShow(continuing: newStore.continues(before.whole) ? before.shown : nil)
        showEvents(
            of: shown,
            reason: .reload(Self.seen(change, in: shown, whole: newStore, before: before.shown), first: first))
    }

    /// What of a reload's change happened by "now": an event appended after an `--as-of` moment
    /// is not new at that moment, and is not marked or counted as arrived.
    static func seen(_ change: LibraryChange, in shown: EventStore, whole: EventStore, before: EventStore)
        -> LibraryChange
    {
        guard shown !== whole else { return change }
        var seen = change
        seen.added =
            shown.continues(before) ? (before.count..<shown.count).map(shown.id(at:)) : shown.held(change.added)
        return seen
    }

    /// The first look at large files while they load (`EventLibrary.preview`): shown at once, at
    /// the newest event, and still "loading" until the full store arrives.
    public mutating func showPreview(_ preview: EventStore) {
        guard state.follow.loading else { return }
        loadedStore = preview
        showEvents(of: storeToShow(), reason: .reload(LibraryChange(), first: true))
    }

    mutating func followReload(_ change: LibraryChange, first: Bool, atNewest: Bool, keptRow: Int) {
        if first || (atNewest && !change.added.isEmpty) || state.selection.id == nil {
            state.selection.row = state.newestFirst ? 0 : max(0, view.count - 1)
        } else if let row = view.row(ofID: state.selection.id) {
            state.selection.row = row
        } else {
            state.selection.row = min(keptRow, max(0, view.count - 1))
        }
        let selectedBefore = state.selection.id
        state.selection.id =
            view.positions.indices.contains(state.selection.row)
            ? store.id(at: view.positions[state.selection.row]) : nil
        // The detail of the same event stays on screen until it is read from the new snapshot.
        if state.selection.id != selectedBefore { state.selection.detail = nil }
        guard !first else { return }
        if !atNewest { state.follow.unseen += change.added.count }
        // New events are counted only while they are still there: never more than the rows above
        // the selection (none at all when every file was emptied or deleted).
        let above =
            view.count == 0 ? 0 : (state.newestFirst ? state.selection.row : view.count - 1 - state.selection.row)
        state.follow.unseen = min(state.follow.unseen, above)
        if change.added.count <= 10_000 { for id in change.added { state.follow.arrivals[id] = state.time.now } }
        if !change.added.isEmpty || change.removed > 0 {
            state.follow.lastChange = (state.time.clock, change.added.count, change.removed)
        }
    }

    /// Whether the event at a store position arrived recently.
    func isNew(_ position: Int) -> Bool {
        guard !state.follow.arrivals.isEmpty, let t = state.follow.arrivals[store.id(at: position)] else {
            return false
        }
        return state.time.now - t < state.follow.newFor
    }
}
