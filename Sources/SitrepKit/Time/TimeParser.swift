/// Why a time could not be read, and where in the text (a 0-based byte offset).
public struct TimeParseError: Error, Sendable, Equatable {
    public var message: String
    public var offset: Int
}

/// Reads the times of sitrep's native format: RFC 3339 (`2024-11-26T07:15:30Z`,
/// `2024-11-26T09:15:30+02:00`, fractions of a second), the same without seconds (minute precision),
/// a date alone (day precision), or a local `YYYY-MM-DD HH:MM[:SS]` read in the `--tz` zone.
public enum TimeParser {
    public static func parse(_ text: String, zone: DisplayZone = .utc) -> Result<EventTime, TimeParseError> {
        var copy = text
        return copy.withUTF8 { parse($0, zone: zone) }
    }

    public static func parse(_ b: UnsafeBufferPointer<UInt8>, zone: DisplayZone) -> Result<EventTime, TimeParseError> {
        var s = Scanner(bytes: b)
        guard let year = s.digits(4), s.take(UInt8(ascii: "-")),
            let month = s.digits(2), s.take(UInt8(ascii: "-")),
            let day = s.digits(2)
        else { return .failure(s.error("expected a date as YYYY-MM-DD")) }
        var civil = CivilTime(year: year, month: month, day: day)
        guard civil.isValid else {
            return .failure(TimeParseError(message: "no such date \(civil.dateText)", offset: 0))
        }
        if s.atEnd { return .success(EventTime(milliseconds: civil.secondsSinceEpoch * 1000, precision: .day)) }
        guard s.take(UInt8(ascii: "T")) || s.take(UInt8(ascii: "t")) || s.take(UInt8(ascii: " ")) else {
            return .failure(s.error("expected 'T' or a space between date and time"))
        }
        guard let hour = s.digits(2), s.take(UInt8(ascii: ":")), let minute = s.digits(2) else {
            return .failure(s.error("expected a time of day as HH:MM"))
        }
        civil.hour = hour
        civil.minute = minute
        var precision = TimePrecision.minute
        var millis: Int64 = 0
        if s.take(UInt8(ascii: ":")) {
            guard let second = s.digits(2) else { return .failure(s.error("expected seconds as SS")) }
            civil.second = second
            precision = .second
            if s.take(UInt8(ascii: ".")) || s.take(UInt8(ascii: ",")) {
                guard let fraction = s.fractionMilliseconds() else {
                    return .failure(s.error("expected digits after the decimal point"))
                }
                millis = fraction
            }
        }
        guard civil.isValid else { return .failure(TimeParseError(message: "no such time of day", offset: 11)) }
        let wall = civil.secondsSinceEpoch
        let instant: Int64
        if s.atEnd {
            instant = zone.instant(ofWallClock: wall)
        } else {
            _ = s.take(UInt8(ascii: " "))
            guard let offset = s.zoneOffset() else {
                return .failure(s.error("expected 'Z' or an offset such as +02:00"))
            }
            instant = wall - Int64(offset)
        }
        guard s.atEnd else { return .failure(s.error("unexpected text after the time")) }
        return .success(EventTime(milliseconds: instant * 1000 + millis, precision: precision))
    }
}

/// A cursor over the bytes of one time value.
struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var atEnd: Bool { index >= bytes.count }

    func error(_ message: String) -> TimeParseError { TimeParseError(message: message, offset: index) }

    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func digits(_ count: Int) -> Int? {
        guard index + count <= bytes.count else { return nil }
        var value = 0
        for i in index..<index + count {
            let d = Int(bytes[i]) - 48
            guard d >= 0 && d <= 9 else { return nil }
            value = value * 10 + d
        }
        index += count
        return value
    }

    /// Digits of a fraction of a second, as whole milliseconds: RFC 3339 sets no limit on how many
    /// are written, and those past the third are dropped.
    mutating func fractionMilliseconds() -> Int64? {
        var value: Int64 = 0
        var count = 0
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            if count < 3 { value = value * 10 + Int64(bytes[index] - 48) }
            count += 1
            index += 1
        }
        guard count > 0 else { return nil }
        if count < 3 { for _ in count..<3 { value *= 10 } }
        return value
    }

    /// `Z`, `+HH:MM`, `+HHMM` or `+HH`: seconds east of UTC.
    mutating func zoneOffset() -> Int? {
        if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) { return 0 }
        if index + 3 <= bytes.count, bytes[index] == UInt8(ascii: "U"), bytes[index + 1] == UInt8(ascii: "T"),
            bytes[index + 2] == UInt8(ascii: "C")
        {
            index += 3
            return 0
        }
        let negative: Bool
        if take(UInt8(ascii: "+")) {
            negative = false
        } else if take(UInt8(ascii: "-")) {
            negative = true
        } else {
            return nil
        }
        guard let hours = digits(2), hours <= 18 else { return nil }
        var minutes = 0
        if take(UInt8(ascii: ":")) {
            guard let m = digits(2) else { return nil }
            minutes = m
        } else if let m = digits(2) {
            minutes = m
        }
        guard minutes < 60 else { return nil }
        let total = hours * 3600 + minutes * 60
        return negative ? -total : total
    }
}
