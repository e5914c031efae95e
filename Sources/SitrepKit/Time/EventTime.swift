/// How exactly a report pins down when an event happened.
///
/// A date alone ("2024-11-26") is a calendar day, not an instant: it is kept as midnight UTC of that
/// day whatever `--tz` says, so that converting files never shifts an event to another day.
public enum TimePrecision: UInt8, Sendable, Comparable, CaseIterable, CustomStringConvertible {
    case day = 0
    case minute = 1
    case second = 2

    public static func < (a: TimePrecision, b: TimePrecision) -> Bool { a.rawValue < b.rawValue }

    public var description: String {
        switch self {
        case .day: "day"
        case .minute: "minute"
        case .second: "second"
        }
    }

    public init?(name: String) {
        switch name.lowercased() {
        case "day", "date": self = .day
        case "minute": self = .minute
        case "second": self = .second
        default: return nil
        }
    }
}

/// When an event happened: an instant in milliseconds since 1970 UTC, and how precise it is.
public struct EventTime: Sendable, Hashable, Comparable {
    public var milliseconds: Int64
    public var precision: TimePrecision

    public init(milliseconds: Int64, precision: TimePrecision) {
        self.milliseconds = milliseconds
        self.precision = precision
    }

    public var seconds: Int64 { Self.floorDiv(milliseconds, 1000) }

    public static func < (a: EventTime, b: EventTime) -> Bool {
        a.milliseconds != b.milliseconds ? a.milliseconds < b.milliseconds : a.precision < b.precision
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}

// MARK: - Formatting

extension EventTime {
    /// The native text form, which `EventTimeParser` reads back to the same time and precision:
    /// `2024-11-26` for a day, `2024-11-26T07:15Z` for a minute, `2024-11-26T07:15:30Z` for a second
    /// (with `.123` when the report carried milliseconds).
    public var isoText: String {
        let civil = CivilTime(secondsSinceEpoch: seconds)
        switch precision {
        case .day:
            return civil.dateText
        case .minute:
            return "\(civil.dateText)T\(pad2(civil.hour)):\(pad2(civil.minute))Z"
        case .second:
            let ms = Int(milliseconds - seconds * 1000)
            let fraction = ms == 0 ? "" : "." + String(String(ms + 1000).dropFirst())
            return "\(civil.dateText)T\(pad2(civil.hour)):\(pad2(civil.minute)):\(pad2(civil.second))\(fraction)Z"
        }
    }

    /// Text for people, in the given zone: the day alone for a day, else `YYYY-MM-DD HH:MM[:SS]`.
    public func displayText(in zone: DisplayZone) -> String {
        if precision == .day { return CivilTime(secondsSinceEpoch: seconds).dateText }
        let civil = CivilTime(secondsSinceEpoch: seconds + Int64(zone.offsetSeconds(at: seconds)))
        let base = "\(civil.dateText) \(pad2(civil.hour)):\(pad2(civil.minute))"
        return precision == .second ? base + ":" + pad2(civil.second) : base
    }

    /// The calendar day of this event in the given zone (a day-precision event keeps its own day).
    public func dayText(in zone: DisplayZone) -> String { CalendarDay(of: self, in: zone).text }
}

func pad2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
