import SitrepKit

/// One row of the regions pane: a region, how many shown events name it, and its last 14 days.
public struct RegionRow: Sendable, Equatable {
    public var name: String
    public var count: Int
    /// Events per day, oldest first, for the 14 days up to the newest event shown.
    public var days: [Int]
    /// The last 7 days against the week before and the four weeks before (to the anchor).
    public var trend: RegionTrend?
}

/// Counts per region for the events in view, with a 14-day sparkline each.
///
/// The days end at the newest event shown rather than at today: a file of past events (the demo is
/// from November 2024) still draws a useful line. Days are calendar days in the display zone
/// (`CalendarDay`), as on the wall and in `summary --by day`.
public enum RegionSummary {
    public static let days = 14

    /// The rows for a view, with each region's trend to `anchor` when one is given, worked out
    /// from `compared` (the view's filter less its time bounds; nil: every event).
    public static func rows(
        _ view: TimelineView, order: RegionsOrder, zone: DisplayZone, anchor: Int64? = nil,
        rule: SurgeRule = SurgeRule(),
        compared: [Int]?? = .none
    ) -> [RegionRow] {
        guard !view.positions.isEmpty else { return [] }
        var rows = view.unfiltered ? fromIndex(view.store, zone: zone) : counted(view, zone: zone)
        if let anchor {
            let trends = view.store.regionTrends(
                positions: compared ?? view.positions.chosen, asOf: anchor, zone: zone, rule: rule)
            let byName = Dictionary(trends.map { ($0.region, $0) }) { first, _ in first }
            for k in rows.indices { rows[k].trend = byName[rows[k].name] }
        }
        return sorted(rows, order)
    }

    /// By count (largest first), by name, or by change against the week before (largest rise
    /// first; regions without a week before to compare with after them).
    public static func sorted(_ rows: [RegionRow], _ order: RegionsOrder) -> [RegionRow] {
        switch order {
        case .name: return rows.sorted { $0.name < $1.name }
        case .count: return rows.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
        case .change:
            return rows.sorted { a, b in
                let (ca, cb) = (a.trend?.weekChange ?? Int.min, b.trend?.weekChange ?? Int.min)
                return ca != cb ? ca > cb : (a.count != b.count ? a.count > b.count : a.name < b.name)
            }
        }
    }

    /// All events shown: counts are the index's, and each sparkline reads only the last 14 days,
    /// found by a binary search in the region's positions (which are in time order).
    static func fromIndex(_ store: EventStore, zone: DisplayZone) -> [RegionRow] {
        let lastDay = CalendarDay(of: store.time(at: store.count - 1), in: zone)
        let firstSecond = lastDay.adding(1 - Int64(days)).earliestStored(in: zone)
        return store.regionPostings().map { region in
            let p = region.positions
            var low = 0, high = p.count
            while low < high {
                let mid = (low + high) / 2
                if store.time(at: Int(p[mid])).seconds < firstSecond { low = mid + 1 } else { high = mid }
            }
            var perDay = Array(repeating: 0, count: days)
            for k in low..<p.count {
                let d = Int(lastDay.number - CalendarDay(of: store.time(at: Int(p[k])), in: zone).number)
                if d >= 0 && d < days { perDay[days - 1 - d] += 1 }
            }
            return RegionRow(name: region.name, count: p.count, days: perDay)
        }
    }

    /// A filtered view: its events are counted one by one.
    static func counted(_ view: TimelineView, zone: DisplayZone) -> [RegionRow] {
        let store = view.store
        let chosen = view.positions.chosen ?? Array(0..<store.count)
        guard let newest = chosen.last else { return [] }
        // Counted by the store's interned names; only the last 14 days' events (the end of the
        // shown events, which are in time order) are read one by one for the sparklines.
        let lastDay = CalendarDay(of: store.time(at: newest), in: zone).number
        var perDay: [String: [Int]] = [:]
        for p in chosen.reversed() {
            let age = Int(lastDay - CalendarDay(of: store.time(at: p), in: zone).number)
            // Day-precision events may sit a day out of order in a zone west of UTC: look a day further.
            if age > days { break }
            guard age >= 0, age < days else { continue }
            let regions = store.regions(at: p)
            for r in regions.isEmpty ? [EventStore.noneKey] : regions {
                perDay[r, default: Array(repeating: 0, count: days)][days - 1 - age] += 1
            }
        }
        return store.counts(by: .region, positions: chosen).map {
            RegionRow(name: $0.key, count: $0.count, days: perDay[$0.key] ?? Array(repeating: 0, count: days))
        }
    }

    /// `▁▂▃▅▇` for a row of numbers, scaled to the largest; a day without events is a space.
    public static func sparkline(_ values: [Int]) -> String {
        let bars: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let top = max(1, values.max() ?? 1)
        return String(values.map { $0 == 0 ? " " : bars[min(7, ($0 * 8 - 1) / top)] })
    }
}
