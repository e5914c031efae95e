/// A stretch of calendar days events are counted in: a day, an ISO week (Monday first), a month.
/// Each period has a number (its key), so periods sort in time order and the ones between two
/// periods can be listed (empty periods are shown as zero, not left out, up to `Tabulation.maximumGap`).
public enum Period: String, Sendable, CaseIterable {
    case day, week, month

    /// The period a calendar day falls in: the day's number, the number of its week's Monday, or
    /// months since year 0.
    public func key(of day: CalendarDay) -> Int64 {
        switch self {
        case .day: return day.number
        case .week: return Self.monday(of: day.number)
        case .month:
            let civil = CivilTime(secondsSinceEpoch: day.number * 86_400)
            return Int64(civil.year) * 12 + Int64(civil.month - 1)
        }
    }

    /// How many periods run from `low` to `high`, both counted.
    public func count(from low: Int64, through high: Int64) -> Int64 {
        high < low ? 0 : (high - low) / (self == .week ? 7 : 1) + 1
    }

    /// The period after the one with this key.
    public func next(_ key: Int64) -> Int64 { self == .week ? key + 7 : key + 1 }

    /// `2024-11-26`, `2024-W48`, `2024-11`.
    public func label(_ key: Int64) -> String {
        switch self {
        case .day: return CalendarDay(number: key).text
        case .week:
            let (year, week) = Self.isoWeek(monday: key)
            return "\(year)-W\(week < 10 ? "0" : "")\(week)"
        case .month:
            let (year, month) = (key.dividedFloor(12), Int(key - key.dividedFloor(12) * 12) + 1)
            return "\(year)-\(month < 10 ? "0" : "")\(month)"
        }
    }

    /// The first calendar day of the period with this key.
    public func firstDay(_ key: Int64) -> CalendarDay {
        switch self {
        case .day, .week: return CalendarDay(number: key)
        case .month:
            let civil = CivilTime(
                year: Int(key.dividedFloor(12)), month: Int(key - key.dividedFloor(12) * 12) + 1, day: 1)
            return CalendarDay(number: civil.secondsSinceEpoch / 86_400)
        }
    }

    /// The first day of the period after this one (the end, exclusive).
    public func endDay(_ key: Int64) -> CalendarDay { firstDay(next(key)) }

    /// The Monday of the week a day (days since 1970-01-01, a Thursday) falls in.
    static func monday(of day: Int64) -> Int64 { day - ((day + 3) % 7 + 7) % 7 }

    /// ISO 8601: a week belongs to the year its Thursday is in, and week 1 holds the year's first Thursday.
    static func isoWeek(monday: Int64) -> (year: Int, week: Int) {
        let thursday = monday + 3
        let year = CivilTime(secondsSinceEpoch: thursday * 86_400).year
        let january1 = CivilTime(year: year, month: 1, day: 1).secondsSinceEpoch / 86_400
        return (year, Int((thursday - january1) / 7) + 1)
    }
}

extension Int64 {
    /// Division rounding toward minus infinity.
    func dividedFloor(_ d: Int64) -> Int64 {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
