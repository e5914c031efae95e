import Foundation

/// How far a load has got, in bytes: the loading threads add what they read, the dashboard shows
/// the share while the first load runs.
public final class LoadProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var read = 0
    private var total = 0

    public init() {}

    func expect(_ bytes: Int) {
        lock.lock()
        total += bytes
        lock.unlock()
    }

    func add(_ bytes: Int) {
        lock.lock()
        read += bytes
        lock.unlock()
    }

    /// 0 to 1; 0 before the sizes are known.
    public var fraction: Double {
        lock.lock()
        defer { lock.unlock() }
        return total > 0 ? min(1, Double(read) / Double(total)) : 0
    }
}
