/// A filter over events, parsed from the query language (docs/queries.md): words and phrases,
/// `-word`, `or`, parentheses, fields (`region:`, `cat:`, `sub:`, `source:`, `actor:`, `tag:`, `id:`, `file:`),
/// time (`since:`, `until:`, `on:`), figures (`fig:name>=100`) and `has:`.
public indirect enum Query: Sendable, Hashable {
    case all
    case and([Query])
    case or([Query])
    case not(Query)
    /// A word or phrase, already folded (lower case, no accents), matched in the title, body,
    /// location, actors and sources.
    case text(String)
    /// Any of the values, by prefix, for regions also every gazetteer spelling.
    case field(Field, [String])
    case since(TimeBound)
    case until(TimeBound)
    case figure(name: String, comparison: Comparison, value: Double)
    /// An extra field of the files (`level:oblast`): its value, or a word of it, starts with one of
    /// the values (folded).
    case extra(name: String, values: [String])
    case has(Part)

    public enum Field: String, Sendable, Hashable { case region, category, subcategory, source, actor, tag, id, file }
    public enum Comparison: String, Sendable, Hashable {
        case less = "<", lessOrEqual = "<=", equal = "=", greaterOrEqual = ">=", greater = ">", notEqual = "!="
    }
    public enum Part: String, Sendable, Hashable, CaseIterable {
        case figures, url, body, location, coordinates, sources, actors, tags, regions
    }
}

/// A query that could not be read, and where (a 1-based character column in the query text).
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public var column: Int
    public var description: String { "column \(column): \(message)" }

    public init(message: String, column: Int) {
        self.message = message
        self.column = column
    }
}

extension Query.Comparison {
    func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .less: a < b
        case .lessOrEqual: a <= b
        case .equal: a == b
        case .greaterOrEqual: a >= b
        case .greater: a > b
        case .notEqual: a != b
        }
    }
}

/// One end of a time window: the instant, and the calendar day (in `--tz`) that instant falls on.
///
/// An event known only to the day is a whole calendar day, not an instant, so it is compared by
/// day: it is inside a window when any part of its day is (`on:2023-03-16` finds the ACLED event of
/// 16 March under every zone from -12:00 to +14:00). Events with a time of day are compared by instant.
public struct TimeBound: Sendable, Hashable {
    /// Seconds since 1970 UTC.
    public var instant: Int64
    /// The day `instant` falls on in the zone, as midnight UTC of that date (how day events are kept).
    public var day: Int64

    public init(_ instant: Int64, zone: DisplayZone) {
        self.instant = instant
        day = zone.calendarDay(of: instant)
    }

    /// The first and last instants where the two ways of comparing can disagree.
    var range: (low: Int64, high: Int64) { (min(instant, day), max(instant, day)) }

    func isAfterStart(_ t: EventTime) -> Bool { t.precision == .day ? t.seconds >= day : t.seconds >= instant }
    func isBeforeEnd(_ t: EventTime) -> Bool { t.precision == .day ? t.seconds <= day : t.seconds <= instant }
}

extension Query {
    /// This query with its time bounds taken out: what the figures that compare one period with
    /// the periods before it (the change against the week before, surges, the wall's "against the
    /// 24 h before") read, so that `since:7d` chooses what is shown but not what it is compared
    /// with. A bound is replaced by what leaves the rest of the query deciding: "every event"
    /// where it counts for a match, "no event" under a NOT.
    public var withoutTimeBounds: Query { strippingTime(matchIsWanted: true) }

    /// Whether the query has a time bound anywhere (`since:`, `until:`, `on:`).
    public var hasTimeBounds: Bool {
        switch self {
        case .since, .until: return true
        case .and(let parts), .or(let parts): return parts.contains(where: \.hasTimeBounds)
        case .not(let inner): return inner.hasTimeBounds
        default: return false
        }
    }

    private func strippingTime(matchIsWanted: Bool) -> Query {
        switch self {
        case .since, .until: return matchIsWanted ? .all : .not(.all)
        case .and(let parts):
            return Query.joined(parts.map { $0.strippingTime(matchIsWanted: matchIsWanted) }, and: true)
        case .or(let parts):
            return Query.joined(parts.map { $0.strippingTime(matchIsWanted: matchIsWanted) }, and: false)
        case .not(let inner): return .not(inner.strippingTime(matchIsWanted: !matchIsWanted))
        default: return self
        }
    }

    /// `and` or `or` of parts, with the parts that decide nothing left out.
    private static func joined(_ parts: [Query], and: Bool) -> Query {
        let neutral: Query = and ? .all : .not(.all)
        let kept = parts.filter { $0 != neutral }
        if and, kept.contains(.not(.all)) { return .not(.all) }
        if !and, kept.contains(.all) { return .all }
        if kept.isEmpty { return neutral }
        return kept.count == 1 ? kept[0] : (and ? .and(kept) : .or(kept))
    }
}
