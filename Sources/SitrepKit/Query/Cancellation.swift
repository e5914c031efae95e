import Synchronization

/// Lets a running filter be abandoned: the dashboard cancels the search it started for the
/// previous keystroke as soon as the next one arrives, and the scan checks between blocks.
public final class Cancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func cancel() { flag.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}

/// The files a word search could not read back (gone, unreadable, shortened since loading): their
/// events were not searched, which the search's caller must say rather than show fewer events
/// as if none held the word.
public final class UnreadableFiles: Sendable {
    private let found = Mutex<Set<String>>([])

    public init() {}

    func note(_ path: String) { found.withLock { _ = $0.insert(path) } }

    /// The paths, sorted.
    public var paths: [String] { found.withLock { $0.sorted() } }
}
