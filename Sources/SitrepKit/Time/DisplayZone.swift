import Foundation

/// The time zone that `--tz` names: local times in files are read in it, and times are shown in it.
///
/// Offsets are looked up through Foundation's `TimeZone` (the system's tz database) and cached per
/// hour, because a file of local times asks for the same few offsets a million times.
public final class DisplayZone: @unchecked Sendable {
    public let identifier: String
    private let zone: TimeZone
    private let lock = NSLock()
    private var cache: [Int64: Int] = [:]

    public static let utc = DisplayZone(
        validated: TimeZone(identifier: "UTC") ?? TimeZone(secondsFromGMT: 0)!, name: "UTC")

    /// Accepts IANA names (`Europe/Kyiv`), `UTC`, and fixed offsets (`+02:00`, `-0530`).
    public convenience init?(_ name: String) {
        if let zone = TimeZone(identifier: name) {
            self.init(validated: zone, name: name)
        } else if let offset = Self.fixedOffset(name), let zone = TimeZone(secondsFromGMT: offset) {
            self.init(validated: zone, name: name)
        } else {
            return nil
        }
    }

    private init(validated zone: TimeZone, name: String) {
        self.zone = zone
        self.identifier = name
        let plain = name.hasPrefix("Etc/") ? String(name.dropFirst(4)) : name
        isUTC =
            zone.secondsFromGMT() == 0
            && (["UTC", "Z", "GMT", "UCT", "Universal", "Zulu", "GMT0"].contains(plain) || plain.hasPrefix("+00"))
    }

    /// Found once: every time read asks.
    public let isUTC: Bool

    /// The same zone as an object of its own, for one loading thread: a zone shared by threads
    /// that each retain and release it per record is a contended count.
    func copyForThread() -> DisplayZone { DisplayZone(validated: zone, name: identifier) }

    /// Seconds east of UTC at the given instant.
    public func offsetSeconds(at secondsSinceEpoch: Int64) -> Int {
        if isUTC { return 0 }
        let hour = EventTime.floorDiv(secondsSinceEpoch, 3600)
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[hour] { return cached }
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(hour * 3600)))
        if cache.count > 100_000 { cache.removeAll() }
        cache[hour] = offset
        return offset
    }

    /// The calendar day an instant falls on here, as midnight UTC of that date: the form in which
    /// an event known only to the day is kept, so the two compare directly.
    public func calendarDay(of secondsSinceEpoch: Int64) -> Int64 {
        EventTime.floorDiv(secondsSinceEpoch + Int64(offsetSeconds(at: secondsSinceEpoch)), 86_400) * 86_400
    }

    /// The instant at which clocks in this zone show the given wall time. In a daylight-saving gap
    /// or overlap the earlier reading wins, as most tools do.
    public func instant(ofWallClock wall: Int64) -> Int64 {
        let first = wall - Int64(offsetSeconds(at: wall))
        let second = wall - Int64(offsetSeconds(at: first))
        return min(first, second)
    }

    static func fixedOffset(_ text: String) -> Int? {
        let chars = Array(text.utf8)
        guard let sign = chars.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return nil }
        let digits = chars.dropFirst().filter { $0 != UInt8(ascii: ":") }
        guard digits.count == 4 || digits.count == 2, digits.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        let values = digits.map { Int($0) - 48 }
        let hours = values[0] * 10 + values[1]
        let minutes = values.count == 4 ? values[2] * 10 + values[3] : 0
        guard hours <= 18, minutes < 60 else { return nil }
        let total = hours * 3600 + minutes * 60
        return sign == UInt8(ascii: "-") ? -total : total
    }
}
