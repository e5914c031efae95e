/// The one rule for which day an event or an instant belongs to, used by every count per day
/// (sparklines, the wall, `summary --by day`) and by the timeline's day lines.
///
/// A day is a calendar date in the display zone (`--tz`). An event known only to the day keeps its
/// own date in every zone: "16 March" in an export stays the 16th in Kyiv and in New York, where
/// moving it by the zone's offset would shift it a day east or west of UTC.
public struct CalendarDay: Sendable, Hashable, Comparable {
    /// Days since 1970-01-01.
    public let number: Int64

    public init(number: Int64) { self.number = number }

    /// The day an event falls on in `zone`.
    public init(of time: EventTime, in zone: DisplayZone) {
        if time.precision == .day {
            self.init(number: EventTime.floorDiv(time.seconds, 86_400))
        } else {
            self.init(containing: time.seconds, in: zone)
        }
    }

    /// The day clocks in `zone` show at an instant (seconds since 1970).
    public init(containing seconds: Int64, in zone: DisplayZone) {
        self.init(number: EventTime.floorDiv(seconds + Int64(zone.offsetSeconds(at: seconds)), 86_400))
    }

    /// `2024-11-26`.
    public var text: String { CivilTime(secondsSinceEpoch: number * 86_400).dateText }

    /// The instant this day begins in `zone` (local midnight).
    public func start(in zone: DisplayZone) -> Int64 { zone.instant(ofWallClock: number * 86_400) }

    /// The earliest stored time an event of this day can have in `zone`: a day-precision event is
    /// kept at midnight UTC of its date, which west of UTC comes before local midnight.
    public func earliestStored(in zone: DisplayZone) -> Int64 { min(start(in: zone), number * 86_400) }

    public func adding(_ days: Int64) -> CalendarDay { CalendarDay(number: number + days) }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.number < b.number }
}
