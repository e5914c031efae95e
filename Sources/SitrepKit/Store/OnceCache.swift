import Foundation

/// A value worked out once per snapshot, on first use, by whichever thread asks first (repeated
/// ids: a work queue asks, so the screen never waits for the scan). The lock guards the stored
/// value only, never the work: `peek` from the screen must not wait while a scan of a million ids
/// runs beside it (it did, and each append then took the scan's time to reach the screen). Two
/// threads asking at once may both work it out; the first answer is kept.
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
        if let known = peek { return known }
        let value = make()
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        made = value
        return value
    }
}
