import Synchronization

/// Lets a running filter be abandoned: the dashboard cancels the search it started for the
/// previous keystroke as soon as the next one arrives, and the scan checks between blocks.
public final class Cancellation: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func cancel() { flag.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { flag.load(ordering: .relaxed) }
}
