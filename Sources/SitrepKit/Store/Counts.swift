/// A count of events under one key (a region, a category, a source or a day).
public struct FacetCount: Sendable, Equatable {
    public var key: String
    public var count: Int

    public init(key: String, count: Int) {
        self.key = key
        self.count = count
    }
}

extension EventStore {
    /// The key events without a region (category, source) are counted under.
    public static let noneKey = "(none)"

    /// Counts per key over all events, largest first, then by key. An event with several regions
    /// counts once in each; one without counts under `(none)`.
    public func counts(by facet: Facet, zone: DisplayZone = .utc) -> [FacetCount] {
        var counts: [FacetCount]
        switch facet {
        case .region: counts = postingCounts(index.regions, none: index.withoutRegion.count)
        case .category: counts = postingCounts(index.categories, none: index.withoutCategory.count)
        case .source: counts = postingCounts(index.sources, none: index.withoutSource.count)
        case .day:
            var byDay: [String: Int] = [:]
            var lastDay = Int64.min
            var lastText = ""
            for i in 0..<count {
                // Rows are in time order, so consecutive events mostly share a day and its text.
                let day = Self.dayNumber(time(at: i), zone: zone)
                if day != lastDay {
                    lastDay = day
                    lastText = Self.dayText(day)
                }
                byDay[lastText, default: 0] += 1
            }
            counts = byDay.map { FacetCount(key: $0.key, count: $0.value) }
        }
        return counts.sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
    }

    /// The day an event is counted under: days since 1970-01-01 (see `CalendarDay`).
    static func dayNumber(_ t: EventTime, zone: DisplayZone) -> Int64 { CalendarDay(of: t, in: zone).number }

    static func dayText(_ day: Int64) -> String { CalendarDay(number: day).text }

    /// Regions or sources counted by their interned numbers, in an array: a view of a million events
    /// is counted again at every append, and hashing a name per event took most of a frame.
    private func listCounts(_ k: ListKind, _ positions: [Int]) -> [FacetCount] {
        var tally = [Int](repeating: 0, count: strings.count)
        var none = 0
        for i in positions {
            let ids = list(i, k)
            if ids.isEmpty { none += 1 }
            for id in ids { tally[Int(id)] += 1 }
        }
        var out = tally.indices.compactMap { tally[$0] > 0 ? FacetCount(key: strings[$0], count: tally[$0]) : nil }
        if none > 0 { out.append(FacetCount(key: Self.noneKey, count: none)) }
        return out
    }

    /// Counts per key over some events only (a filter's result), in the same order as `counts(by:)`.
    public func counts(by facet: Facet, zone: DisplayZone = .utc, positions: [Int]) -> [FacetCount] {
        if facet == .region || facet == .source { return listCounts(facet == .region ? .regions : .sources, positions) }
        var table: [String: Int] = [:]
        for i in positions {
            switch facet {
            case .region, .source:
                break
            case .category:
                table[category(at: i) ?? Self.noneKey, default: 0] += 1
            case .day:
                table[time(at: i).dayText(in: zone), default: 0] += 1
            }
        }
        return table.map { FacetCount(key: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
    }

    private func postingCounts(_ table: [UInt32: Postings], none: Int) -> [FacetCount] {
        var out = table.map { FacetCount(key: strings[Int($0.key)], count: $0.value.count) }
        if none > 0 { out.append(FacetCount(key: Self.noneKey, count: none)) }
        return out
    }
}

extension EventStore {
    /// The positions of a region's events in timeline order, from the index; nil: events without a region.
    public func positions(region: String?) -> [Int] {
        guard let region else { return index.withoutRegion.map { Int($0) } }
        guard let id = strings.firstIndex(of: region), let list = index.regions[UInt32(id)] else { return [] }
        return list.map { Int($0) }
    }
}

extension EventStore {
    /// Every region with the positions of its events in timeline order (events without a region
    /// under `(none)`), straight from the index: counting a million events costs nothing.
    public func regionPostings() -> [(name: String, positions: Postings)] {
        var out = index.regions.map { (name: strings[Int($0.key)], positions: $0.value) }
        if !index.withoutRegion.isEmpty { out.append((Self.noneKey, index.withoutRegion)) }
        return out
    }
}

/// Counts made while reading, without keeping the events (`LoadOptions.countingBy`).
enum Tally {
    /// The key of events without a region, category or source.
    static let none = Int64.min

    /// The counts as `EventStore.counts(by:)` gives them, from counts per interned string or day.
    static func counts(_ tally: [Int64: Int], facet: Facet, strings: [String]) -> [FacetCount] {
        tally.map { key, n in
            let name = key == none ? EventStore.noneKey : facet == .day ? EventStore.dayText(key) : strings[Int(key)]
            return FacetCount(key: name, count: n)
        }
        .sorted { $0.count != $1.count ? $0.count > $1.count : $0.key < $1.key }
    }
}
