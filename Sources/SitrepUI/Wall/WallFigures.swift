import SitrepKit

/// The numbers a wall shows, from the events in view and the clock: counts for the last 24 hours,
/// the last hour and the 24 hours before, and per region the last 24 hours and 14 days.
struct WallFigures {
    var lastDay = 0
    var lastHour = 0
    var dayBefore = 0
    var regions: [RegionRow] = []

    /// `ascending`: the events to count, in time order (the dashboard's `compared`: the view's
    /// filter less its time bounds, so that a window does not empty the 24 hours before).
    init(_ store: EventStore, _ ascending: ShownPositions, now: Int64, zone: DisplayZone) {
        // Shown events are in time order: each window starts where a binary search puts it.
        func first(after seconds: Int64) -> Int {
            var low = 0, high = ascending.count
            while low < high {
                let mid = (low + high) / 2
                if store.time(at: ascending[mid]).seconds <= seconds { low = mid + 1 } else { high = mid }
            }
            return low
        }
        let end = first(after: now)
        lastDay = end - first(after: now - 86_400)
        lastHour = end - first(after: now - 3_600)
        dayBefore = first(after: now - 86_400) - first(after: now - 172_800)
        let today = CalendarDay(containing: now, in: zone)
        let firstSecond = today.adding(1 - Int64(RegionSummary.days)).earliestStored(in: zone)
        var rows: [String: RegionRow] = [:]
        for k in first(after: firstSecond - 1)..<end {
            let p = ascending[k]
            let t = store.time(at: p).seconds
            let age = Int(today.number - CalendarDay(of: store.time(at: p), in: zone).number)
            var names = store.regions(at: p)
            if names.isEmpty { names = [EventStore.noneKey] }
            for name in names {
                var row =
                    rows[name] ?? RegionRow(name: name, count: 0, days: Array(repeating: 0, count: RegionSummary.days))
                if t > now - 86_400 { row.count += 1 }
                if age >= 0 && age < RegionSummary.days { row.days[RegionSummary.days - 1 - age] += 1 }
                rows[name] = row
            }
        }
        regions = rows.values.sorted {
            $0.count != $1.count
                ? $0.count > $1.count
                : ($0.days.reduce(0, +) != $1.days.reduce(0, +)
                    ? $0.days.reduce(0, +) > $1.days.reduce(0, +) : $0.name < $1.name)
        }
    }

    /// `+12 (+9%)`, `−5 (−20%)`, `±0`.
    var change: String {
        let d = lastDay - dayBefore
        let sign = d > 0 ? "+" : (d < 0 ? "−" : "±")
        let percent = dayBefore > 0 ? " (\(sign)\(abs(d) * 100 / dayBefore)%)" : ""
        return "\(sign)\(grouped(abs(d)))" + percent
    }

    /// The change as a short figure for big digits: `+12`, `-5`, `+0`.
    var changeDigits: String {
        let d = lastDay - dayBefore
        return (d < 0 ? "-" : "+") + grouped(abs(d))
    }
}

/// How long ago, in the words of a person reading a wall: `just now`, `14 min ago`, `3 h 5 min ago`.
func ago(_ seconds: Int64) -> String {
    if seconds < 60 { return "just now" }
    if seconds < 3_600 { return "\(seconds / 60) min ago" }
    if seconds < 86_400 * 2 { return "\(seconds / 3_600) h \(seconds % 3_600 / 60) min ago" }
    return "\(seconds / 86_400) days ago"
}
