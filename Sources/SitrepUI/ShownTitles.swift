import Synchronization
import SitrepKit

/// Titles of the rows on screen that live in their files. Drawing never reads a file: a title not
/// read yet is drawn as `placeholder` and noted as missing; the program then asks the runtime for
/// `readTitles`, the work reads them off the loop, and `titlesRead` brings them back to be kept.
/// A slow file system therefore delays titles, never keys.
public struct ShownTitles: Sendable {
    /// The snapshot the positions are of; an append keeps them (positions do not move).
    var store: EventStore?
    var byPosition: [Int: String] = [:]
    /// What drawing found missing, kept by reference because drawing only reads the dashboard.
    let missing = MissingTitles()

    static let placeholder = "…"
    /// Titles kept at most: many screens' worth, forgotten all at once past it.
    static let most = 4_096

    /// Whether titles kept for `old` are still right for `new`: the same snapshot, or one that
    /// only appended to it.
    static func stillFits(_ old: EventStore?, _ new: EventStore) -> Bool {
        guard let old else { return false }
        return old === new || new.continues(old)
    }
}

/// Positions drawing wanted and did not have.
public final class MissingTitles: Sendable {
    private let positions = Mutex<Set<Int>>([])

    func note(_ p: Int) { positions.withLock { _ = $0.insert(p) } }

    func take() -> [Int] {
        positions.withLock { set in
            defer { set.removeAll() }; return set.sorted()
        }
    }
}

extension Dashboard {
    /// The title of the event at `p` as drawn: from memory, or as read off the loop, or the
    /// placeholder until it is.
    func shownTitle(_ p: Int) -> String {
        if let title = store.titleInMemory(at: p, maxBytes: Self.titleBytes) { return title }
        if ShownTitles.stillFits(titles.store, store), let title = titles.byPosition[p] { return title }
        titles.missing.note(p)
        return ShownTitles.placeholder
    }

    /// Keeps titles read for a snapshot, unless the screen has moved on to one they do not fit.
    public mutating func keepTitles(_ read: [Int: String], of readStore: EventStore) {
        guard readStore === store || store.continues(readStore) else { return }
        if !ShownTitles.stillFits(titles.store, store) || titles.byPosition.count + read.count > ShownTitles.most {
            titles.byPosition = [:]
        }
        titles.store = store
        titles.byPosition.merge(read) { _, new in new }
    }

    /// The titles the last drawing had to leave out, for the runtime to have read.
    public func missingTitles() -> [Int] { titles.missing.take() }
}
