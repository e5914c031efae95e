import Foundation

/// Events per period for a chart, found without looking at each event: the timeline is in time
/// order, so a period's events are the positions between two binary searches (at local midnights).
/// Figures are added up from the events that have any (a list kept per snapshot), so a view of a
/// million events without figures costs a few hundred binary searches. Nothing is built while
/// loading and nothing needs extending on append: each snapshot answers for itself.
public struct PeriodSeries: Sendable, Equatable {
    public var period: Period
    /// Period keys, oldest first, every period between the first and the last.
    public var keys: [Int64]
    public var counts: [Int]
    /// One row per figure asked for, aligned with `keys`.
    public var sums: [[Double]]
}

extension EventStore {
    public func periodSeries(
        _ period: Period, sums names: [String] = [], positions: [Int]? = nil, zone: DisplayZone = .utc
    ) -> PeriodSeries {
        let n = positions?.count ?? count
        let empty = PeriodSeries(period: period, keys: [], counts: [], sums: names.map { _ in [] })
        guard n > 0 else { return empty }
        let at = { (k: Int) in positions?[k] ?? k }
        var firstKey = period.key(of: CalendarDay(of: time(at: at(0)), in: zone).adding(-1))
        let lastKey = period.key(of: CalendarDay(of: time(at: at(n - 1)), in: zone).adding(1))
        // Events thousands of years apart would make millions of empty periods: a chart keeps the
        // newest `Tabulation.maximumGap` of them, which is more than any screen shows.
        if period.count(from: firstKey, through: lastKey) > Tabulation.maximumGap {
            firstKey = lastKey - (Tabulation.maximumGap - 1) * (period == .week ? 7 : 1)
        }
        var keys: [Int64] = []
        var k = firstKey
        while k <= lastKey { keys.append(k); k = period.next(k) }
        // Where each period starts among the shown events.
        let starts =
            keys.map { key in
                let instant = period.firstDay(key).start(in: zone)
                return Self.firstIndex(in: n) { self.time(at: at($0)).seconds >= instant }
            } + [n]
        var counts = keys.indices.map { starts[$0 + 1] - starts[$0] }
        func slot(_ key: Int64) -> Int? {
            let i = period == .week ? Int((key - firstKey) / 7) : Int(key - firstKey)
            return keys.indices.contains(i) && keys[i] == key ? i : nil
        }
        func shown(_ p: Int) -> Bool { positions.map { SortedPositions.contains($0, p) } ?? true }
        let special = specialPositions
        // West of UTC, local midnight comes after midnight UTC, where a date alone is kept: such an
        // event falls before its day's boundary and is moved to its own period.
        if zone.offsetSeconds(at: time(at: at(0)).seconds) < 0
            || zone.offsetSeconds(at: time(at: at(n - 1)).seconds) < 0
        {
            for p in special.dayPrecision where shown(p) {
                let index = positions.map { list in Self.firstIndex(in: list.count) { list[$0] >= p } } ?? p
                let found = Self.firstIndex(in: keys.count) { starts[$0 + 1] > index }
                guard let own = slot(period.key(of: CalendarDay(of: time(at: p), in: zone))), found < keys.count,
                    found != own
                else { continue }
                counts[found] -= 1
                counts[own] += 1
            }
        }
        var sums = names.map { _ in [Double](repeating: 0, count: keys.count) }
        if !names.isEmpty {
            let ids = names.map { name in strings.firstIndex(of: name).map { UInt32($0) } }
            for p in special.withFigures where shown(p) {
                guard let i = slot(period.key(of: CalendarDay(of: time(at: p), in: zone))) else { continue }
                for f in segments[Int(order[p].segment)].figures[extras(at: p).figures] {
                    for (j, id) in ids.enumerated() where id == f.name { sums[j][i] = Figure.sum(sums[j][i], f.value) }
                }
            }
        }
        // The margin of a day either side goes where it holds nothing.
        var low = 0, high = keys.count
        while low < high, counts[low] == 0 { low += 1 }
        while high > low, counts[high - 1] == 0 { high -= 1 }
        return PeriodSeries(
            period: period, keys: Array(keys[low..<high]), counts: Array(counts[low..<high]),
            sums: sums.map { Array($0[low..<high]) })
    }

    /// The positions of events known only to the day, and of events with figures, found once per
    /// snapshot (one pass over the rows).
    var specialPositions: (dayPrecision: [Int], withFigures: [Int]) {
        numbersCache.value {
            var day: [Int] = [], figures: [Int] = []
            for i in 0..<count {
                let r = row(i)
                if r.precision == TimePrecision.day.rawValue { day.append(i) }
                if r.hasExtras, !extras(at: i).figures.isEmpty { figures.append(i) }
            }
            return (day, figures)
        }
    }
}

extension SortedPositions {
    /// Membership in ascending positions, by binary search.
    static func contains(_ sorted: [Int], _ value: Int) -> Bool {
        let k = EventStore.firstIndex(in: sorted.count) { sorted[$0] >= value }
        return k < sorted.count && sorted[k] == value
    }
}
