/// A proleptic Gregorian date and time of day, converted to and from seconds since 1970 without
/// Foundation, because the readers convert a million timestamps and Foundation's calendar is slow.
/// The day arithmetic is Howard Hinnant's `days_from_civil` / `civil_from_days`.
public struct CivilTime: Sendable, Equatable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int = 0
    public var minute: Int = 0
    public var second: Int = 0

    public init(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        (self.year, self.month, self.day) = (year, month, day)
        (self.hour, self.minute, self.second) = (hour, minute, second)
    }

    public init(secondsSinceEpoch s: Int64) {
        let days = EventTime.floorDiv(s, 86_400)
        let rest = Int(s - days * 86_400)
        let z = days + 719_468
        let era = EventTime.floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.init(
            year: Int(y), month: Int(m), day: Int(d),
            hour: rest / 3600, minute: rest / 60 % 60, second: rest % 60)
    }

    /// Whether the fields name a real date and time (30 February does not exist; 23:59:60 is
    /// accepted as a leap second and counted as the next second).
    public var isValid: Bool {
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return false }
        return (0...23).contains(hour) && (0...59).contains(minute) && (0...60).contains(second)
    }

    public var secondsSinceEpoch: Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = EventTime.floorDiv(y, 400)
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146_097 + doe - 719_468
        return days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    public var dateText: String {
        let y = year >= 0 && year < 10_000 ? String(String(year + 10_000).dropFirst()) : String(year)
        return "\(y)-\(pad2(month))-\(pad2(day))"
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
