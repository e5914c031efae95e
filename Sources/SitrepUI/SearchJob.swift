import SitrepKit

/// The scan behind Ctrl-F and n/N over many events: it reads titles and bodies back from the
/// files (about 200 ms at a million events), so it runs off the key handler like a slow filter.
/// Keys keep working meanwhile; a new search text or Esc makes it worthless and it is cancelled.
public struct SearchJob: Sendable {
    public let generation: Int
    public let store: EventStore
    /// The folded search text.
    let text: String
    /// Which way to jump when the result arrives (n or N).
    let forward: Bool

    /// The positions of every event holding the text, in time order.
    public func run(_ cancellation: Cancellation) -> [Int] {
        let matcher = QueryMatcher(store: store, query: .text(text))
        matcher.cancellation = cancellation
        return matcher.positions()
    }
}

extension Dashboard {
    mutating func startSearch(_ folded: String, forward: Bool) {
        searchGeneration += 1
        searchJob = SearchJob(generation: searchGeneration, store: store, text: folded, forward: forward)
        state.notice = "searching…"
    }

    /// The result of a search the runtime ran: kept for n/N, and the jump that asked for it is made.
    /// Results of searches replaced since, or for a snapshot no longer shown, are ignored.
    public mutating func finishSearch(_ job: SearchJob, positions: [Int]) {
        guard job.generation == searchGeneration, searchJob != nil else { return }
        searchJob = nil
        if state.notice == "searching…" { state.notice = nil }
        guard job.store === store, TextFold.fold(state.query.search) == job.text else { return }
        searchHits = (job.text, job.store, positions)
        jumpToMatch(forward: job.forward)
    }
}
