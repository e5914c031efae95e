/// Where it is getting worse: per region, the events of the last 7 calendar days against the weekly
/// mean of the four weeks before. A region surges when its last 7 days hold at least `factor`
/// times that mean and at least `minimum` events (ACLED's rule of thumb: twice, and ten).
public struct SurgeRule: Sendable, Equatable {
    public var factor: Double = 2
    public var minimum = 10

    public init(factor: Double = 2, minimum: Int = 10) {
        self.factor = factor
        self.minimum = minimum
    }
}

/// One region's last week against the four before.
public struct RegionTrend: Sendable, Equatable {
    public var region: String
    /// Events in the 7 calendar days ending on the anchor's day.
    public var lastWeek: Int
    /// Events in the 7 days before those (for "against the week before").
    public var weekBefore: Int
    /// Mean events per week over the 28 days before the last 7.
    public var meanBefore: Double
    public var surging: Bool

    /// The change of the last week against the week before, in percent; nil when the week before was empty.
    public var weekChange: Int? {
        weekBefore > 0 ? Int(((Double(lastWeek - weekBefore) / Double(weekBefore)) * 100).rounded()) : nil
    }

    /// The change of the last week against the mean of the four before, in percent.
    public var changeFromMean: Int? {
        meanBefore > 0 ? Int(((Double(lastWeek) - meanBefore) / meanBefore * 100).rounded()) : nil
    }
}

extension EventStore {
    /// Every region with events in the five weeks up to the anchor's day (in `zone`), among the
    /// given positions (ascending; all when nil). Surging regions first, then by the last week.
    public func regionTrends(
        positions: [Int]? = nil, asOf anchor: Int64, zone: DisplayZone = .utc, rule: SurgeRule = SurgeRule()
    ) -> [RegionTrend] {
        let today = CalendarDay(containing: anchor, in: zone)
        let earliest = today.adding(-34).earliestStored(in: zone)
        var weeks: [UInt32: [Int]] = [:]
        var noRegion = [Int](repeating: 0, count: 5)
        func tally(_ i: Int) {
            let t = time(at: i)
            let age = Int(today.number - CalendarDay(of: t, in: zone).number)
            guard age >= 0, age < 35 else { return }
            let regions = list(i, .regions)
            if regions.isEmpty { noRegion[age / 7] += 1 }
            for r in regions { weeks[r, default: [Int](repeating: 0, count: 5)][age / 7] += 1 }
        }
        // Events are in time order: only the last five weeks (and a day either side) are looked at.
        if let positions {
            let start = Self.firstIndex(in: positions.count) {
                self.time(at: positions[$0]).seconds >= earliest - 86_400
            }
            for k in start..<positions.count { tally(positions[k]) }
        } else {
            let start = Self.firstIndex(in: count) { self.time(at: $0).seconds >= earliest - 86_400 }
            for i in start..<count { tally(i) }
        }
        var named = weeks.map { (strings[Int($0.key)], $0.value) }
        if noRegion.contains(where: { $0 > 0 }) { named.append((Self.noneKey, noRegion)) }
        return named.map { name, w in
            let mean = Double(w[1] + w[2] + w[3] + w[4]) / 4
            // Events without a region are no region: they are counted, never said to surge.
            let surging = name != Self.noneKey && w[0] >= rule.minimum && Double(w[0]) >= rule.factor * mean
            return RegionTrend(region: name, lastWeek: w[0], weekBefore: w[1], meanBefore: mean, surging: surging)
        }
        .sorted { a, b in
            a.surging != b.surging
                ? a.surging : (a.lastWeek != b.lastWeek ? a.lastWeek > b.lastWeek : a.region < b.region)
        }
    }

    /// The first index in 0..<n for which `isAtOrAfter` holds, for a predicate false then true.
    public static func firstIndex(in n: Int, _ isAtOrAfter: (Int) -> Bool) -> Int {
        var low = 0, high = n
        while low < high {
            let mid = (low + high) / 2
            if isAtOrAfter(mid) { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// The time of the newest event, for `--as-of newest`.
    public var newestTime: Int64? { count > 0 ? time(at: count - 1).seconds : nil }
}
