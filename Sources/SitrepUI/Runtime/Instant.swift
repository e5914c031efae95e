import Foundation

/// A moment as the runtime sees it, always passed in and never read inside: the wall clock (for the
/// clock on screen, the minute, the night hours, what counts as new) and a monotonic count (for
/// spacing reloads, the typing pause and rotation, which must not jump when the wall clock is set).
/// Tests make their own and move them forward; the shell reads the real ones.
public struct Instant: Sendable, Equatable {
    /// Seconds since 1970.
    public var wall: Double
    /// Nanoseconds on a clock that only moves forward.
    public var uptime: UInt64

    public init(wall: Double, uptime: UInt64) {
        self.wall = wall
        self.uptime = uptime
    }

    /// The clocks of this machine now.
    public static func current() -> Instant {
        Instant(wall: Date().timeIntervalSince1970, uptime: DispatchTime.now().uptimeNanoseconds)
    }

    /// Whole seconds since 1970.
    public var seconds: Int64 { Int64(wall.rounded(.down)) }

    /// Both clocks moved on by some milliseconds.
    public func adding(milliseconds ms: Int) -> Instant {
        Instant(wall: wall + Double(ms) / 1000, uptime: uptime + UInt64(ms) * 1_000_000)
    }
}
