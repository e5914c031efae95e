import SitrepKit

/// A filter too slow to apply between two keystrokes (a word search that reads bodies back from
/// the files, over many events), handed to the runtime to run on another thread. The screen keeps
/// showing the last result, says "filtering…", and takes the new one when `finishFilter` is called
/// with it; a newer job makes an older one's result worthless (the runtime cancels it).
public struct FilterJob: Sendable {
    public let generation: Int
    public let store: EventStore
    let query: Query
    let candidates: [Int]?
    let reason: ShowReason
    /// Started by typing in the filter line: the runtime waits for a short pause in typing first.
    public let whileTyping: Bool
    /// The stories to work out first, when grouping was asked for and the store has none yet:
    /// a million events take a second or more to group, which the screen must not wait for.
    var storyRules: StoryRules? = nil
    /// What the comparing figures read, when it is not what is shown (`ComparedEvents`).
    var compared: ComparedEvents? = nil

    /// The matching positions, the files that could not be read back to search them, and what
    /// the comparing figures read.
    public func run(_ cancellation: Cancellation) -> (positions: [Int], unreadable: [String], compared: ComparedResult)
    {
        if let storyRules { _ = store.stories(storyRules) }
        let matcher = QueryMatcher(store: store, query: query)
        matcher.cancellation = cancellation
        let positions = matcher.positions(among: candidates)
        let compared = self.compared.map { $0.positions(in: store, cancellation: cancellation) } ?? positions
        return (positions, matcher.unreadable.paths, ComparedResult(positions: compared))
    }
}

/// The positions a filter job found for the comparing figures (nil: every event).
public struct ComparedResult: Sendable {
    var positions: [Int]?
}

/// The events the comparing figures read when a time bound or window narrows what is shown: the
/// change against the week before, the surge test and the wall's "against the 24 h before" need
/// the weeks before, read with the same filter less its time bounds. Only the last five weeks
/// and a day to "now" are matched: no comparing figure looks further back.
struct ComparedEvents: Sendable {
    var query: Query
    var candidates: [Int]?
    var since: Int64

    /// Nil: every event of the store.
    func positions(in store: EventStore, cancellation: Cancellation? = nil) -> [Int]? {
        let start = store.laterStart(after: since - 1)
        if query == .all, candidates == nil { return nil }
        let recent =
            candidates.map { c in Array(c[EventStore.firstIndex(in: c.count) { c[$0] >= start }...]) }
            ?? Array(start..<store.count)
        if query == .all { return recent }
        let matcher = QueryMatcher(store: store, query: query)
        matcher.cancellation = cancellation
        return matcher.positions(among: recent)
    }

    /// How far back comparing figures look: the regions' five weeks and the day before them.
    static let lookBack: Int64 = 37 * 86_400
}

/// Why the shown events are worked out again; a reload restores the selection its own way.
enum ShowReason: Sendable {
    case filter
    case reload(LibraryChange, first: Bool)

    /// Two reasons waiting for one result: reloads' changes add up.
    func merged(with newer: ShowReason) -> ShowReason {
        switch (self, newer) {
        case (.filter, let r): return r
        case (let r, .filter): return r
        case (.reload(let a, let firstA), .reload(let b, let firstB)):
            return .reload(
                LibraryChange(added: a.added + b.added, removed: a.removed + b.removed, files: a.files + b.files),
                first: firstA || firstB)
        }
    }
}

extension Dashboard {
    /// Works out the events to show for `newStore` (the store shown, or one a reload brought) and
    /// shows them, at once or, for a slow filter over many events, when the runtime has run `filterJob`.
    mutating func showEvents(of newStore: EventStore, reason: ShowReason) {
        let query = activeQuery
        let candidates = TimelineView.candidates(
            newStore, regionFilter: state.query.region == EventStore.noneKey ? nil : state.query.region,
            withoutRegion: state.query.region == EventStore.noneKey)
        // Without a time bound, the comparing figures read exactly what is shown.
        let comparing =
            query.hasTimeBounds
            ? ComparedEvents(query: comparedQuery, candidates: candidates, since: anchor - ComparedEvents.lookBack)
            : nil
        let many = (candidates?.count ?? newStore.count) >= backgroundFrom
        let groupingFirst =
            state.grouping && newStore.knownStories(state.storyRules) == nil && newStore.count >= backgroundFrom
        let slow = (QueryMatcher.readsFiles(query) && many) || groupingFirst
        guard slow else {
            filterGeneration += 1
            filterJob = nil
            state.query.filtering = false
            let chosen =
                query == .all ? candidates : QueryMatcher(store: newStore, query: query).positions(among: candidates)
            apply(newStore, chosen, reason, compared: comparing.map { $0.positions(in: newStore) } ?? chosen)
            return
        }
        // Appended events only: the shown ones stay, and only the new ones are looked at.
        if case .reload = reason, filterJob == nil, !groupingFirst, newStore.continues(store) {
            let fresh = Array(store.count..<newStore.count).filter { p in
                candidates.map { SortedSearch.contains($0, p) } ?? true
            }
            let chosen = Array(view.ascending) + QueryMatcher(store: newStore, query: query).positions(among: fresh)
            var compared: [Int]? = chosen
            if let comparing {
                let added =
                    comparing.query == .all
                    ? fresh : QueryMatcher(store: newStore, query: comparing.query).positions(among: fresh)
                compared = comparedChosen.map { $0 + added }
            }
            apply(newStore, chosen, reason, compared: compared)
            return
        }
        filterGeneration += 1
        let waiting = filterJob.map { $0.reason.merged(with: reason) } ?? reason
        filterJob = FilterJob(
            generation: filterGeneration, store: newStore, query: query, candidates: candidates, reason: waiting,
            whileTyping: state.mode == .editingFilter, storyRules: groupingFirst ? state.storyRules : nil,
            compared: comparing)
        state.query.filtering = true
    }

    /// The result of a job the runtime ran; results of jobs replaced since are ignored. Files the
    /// search could not read are named, so that fewer events are not taken for fewer matches.
    /// `compared`: what the job found for the comparing figures; worked out here when not given.
    public mutating func finishFilter(
        _ job: FilterJob, positions: [Int], unreadable: [String] = [], compared: ComparedResult? = nil
    ) {
        guard job.generation == filterGeneration, filterJob != nil else { return }
        filterJob = nil
        state.query.filtering = false
        let comparing =
            compared?.positions ?? (job.compared == nil ? positions : job.compared?.positions(in: job.store))
        apply(job.store, positions, job.reason, compared: comparing)
        if let first = unreadable.first {
            state.notice = "could not read \(RawPath.display(first)) again: its events were not searched"
        }
    }

    /// The store whose events the next view will show: a reload waiting on a filter is newer.
    var newestStore: EventStore { filterJob?.store ?? store }

    private mutating func apply(_ newStore: EventStore, _ chosen: [Int]?, _ reason: ShowReason, compared: [Int]?) {
        defer { settle() }
        // One row per story: the first shown report of each stands for it, here and in every count.
        let ascending = state.grouping ? storyPositions(newStore, chosen) : chosen
        shownAllStories = state.grouping && chosen == nil
        comparedChosen = compared
        self.compared =
            compared == chosen
            ? ascending : (state.grouping ? newStore.stories(state.storyRules).collapse(compared) : compared)
        let atNewest =
            state.selection.row == 0 && state.newestFirst
            || (!state.newestFirst && state.selection.row >= view.count - 1)
        let keptRow = state.selection.row
        // Titles kept for the rows stay when their positions do (an append), and go otherwise.
        if ShownTitles.stillFits(titles.store, newStore) {
            titles.store = newStore
        } else if titles.store != nil {
            titles.store = nil
            titles.byPosition = [:]
        }
        store = newStore
        view = TimelineView(store: newStore, ascending: ascending, newestFirst: state.newestFirst)
        let pointedRow = selectedRegionRow
        regions = RegionSummary.rows(
            view, order: state.regionsOrder, zone: zone, anchor: anchor, rule: state.surgeRule, compared: self.compared)
        viewGeneration += 1
        // A region no longer listed: the one now at its row.
        if let pointed = state.selection.region, !regions.contains(where: { $0.name == pointed }) {
            state.selection.region = regions.isEmpty ? nil : regions[min(pointedRow, regions.count - 1)].name
        }
        switch reason {
        case .filter:
            if let row = view.row(ofID: state.selection.id) ?? storyRow(ofID: state.selection.id) {
                state.selection.row = row
            } else {
                state.selection.row = 0
                state.selection.id = view.positions.first.map(store.id(at:))
            }
        case .reload(let change, let first):
            followReload(change, first: first, atNewest: atNewest, keptRow: keptRow)
        }
    }
}

extension Dashboard {
    /// The first shown report of each story. After an append that joined no two stories shown
    /// before, that is the list shown before with the new stories after it, extended in place: a
    /// million stories are not gone through, nor copied, at every append.
    private mutating func storyPositions(_ newStore: EventStore, _ chosen: [Int]?) -> [Int] {
        let stories = newStore.stories(state.storyRules)
        guard chosen == nil, shownAllStories, newStore !== store, newStore.continues(store),
            let before = store.knownStories(state.storyRules), var shown = view.positions.chosen
        else { return stories.collapse(chosen) }
        let added = (store.count..<newStore.count).filter { stories.story(of: $0) == $0 }
        guard stories.storyCount == before.storyCount + added.count else { return stories.collapse(chosen) }
        // The view lets go of its list first, so that the list is extended rather than copied.
        view = TimelineView(store: newStore, ascending: nil, newestFirst: state.newestFirst)
        shown.append(contentsOf: added)
        return shown
    }
}

/// Membership in an ascending array of positions.
enum SortedSearch {
    static func contains(_ sorted: [Int], _ value: Int) -> Bool { index(of: value, in: sorted) != nil }

    /// Where `value` is in `sorted`, found by binary search.
    static func index(of value: Int, in sorted: [Int]) -> Int? {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value ? low : nil
    }
}
