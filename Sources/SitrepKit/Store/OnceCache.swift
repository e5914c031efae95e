import Foundation

/// A value worked out once per snapshot, on first use, by whichever thread asks first (repeated
/// ids: the reload thread asks, so the screen never waits for the scan).
final class OnceCache<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Value?

    /// The value if it has been worked out, without working it out.
    var peek: Value? {
        lock.lock()
        defer { lock.unlock() }
        return made
    }

    func value(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}
