import SitrepKit

/// The wall's numbers over time, under the freshness line: the figures of the last 24 hours added
/// up, a 30-day line of the view, and the regions surging (in the warning role).
struct WallNumbers {
    /// `drones launched 188 · drones shot down 76`, for the events of the last 24 hours.
    var totals: [(name: String, value: Double)] = []
    /// Events per calendar day for the 30 days to the anchor's day, oldest first.
    var days: [Int] = []
    var surging: [RegionTrend] = []

    init(_ d: Dashboard) {
        let store = d.store
        let ascending = d.comparedPositions
        guard !ascending.isEmpty else { return }
        let now = d.anchor
        let dayStart = EventStore.firstIndex(in: ascending.count) {
            store.time(at: ascending[$0]).seconds > now - 86_400
        }
        let dayEnd = EventStore.firstIndex(in: ascending.count) { store.time(at: ascending[$0]).seconds > now }
        if dayStart < dayEnd {
            let lastDay = Array(ascending[dayStart..<dayEnd])
            let names = Set(lastDay.flatMap { store.figures(at: $0).map(\.name) }).filter { $0 != "duration_min" }
                .sorted()
            let table = store.tabulate(by: [.category], sums: names, positions: lastDay, zone: d.zone)
            var found: [(name: String, value: Double)] = []
            for (k, name) in names.enumerated() {
                let sum = table.rowTotals.reduce(0.0) { Figure.sum($0, $1.sums[k]) }
                if sum != 0 { found.append((name.replacingOccurrences(of: "_", with: " "), sum)) }
            }
            totals = found.sorted { $0.value > $1.value }
        }
        let anchor = d.anchor
        let today = CalendarDay(containing: anchor, in: d.zone)
        let first = today.adding(-29)
        let start = EventStore.firstIndex(in: ascending.count) {
            store.time(at: ascending[$0]).seconds >= first.earliestStored(in: d.zone) - 86_400
        }
        days = Array(repeating: 0, count: 30)
        for k in start..<ascending.count {
            let age = Int(today.number - CalendarDay(of: store.time(at: ascending[k]), in: d.zone).number)
            if age >= 0, age < 30 { days[29 - age] += 1 }
        }
        surging = store.regionTrends(positions: ascending.chosen, asOf: anchor, zone: d.zone, rule: d.state.surgeRule)
            .filter(\.surging)
    }
}

extension Dashboard {
    /// What the comparing figures read, in time order (`compared`).
    var comparedPositions: ShownPositions { ShownPositions(chosen: compared, total: store.count, newestFirst: false) }

    /// The numbers' lines from `y`; returns the line after them.
    func drawWallNumbers(_ b: inout Buffer, y top: Int) -> Int {
        let numbers = WallNumbers(self)
        var y = top
        if !numbers.totals.isEmpty {
            let text =
                "last 24 h: "
                + numbers.totals.prefix(6).map { "\($0.name) \(grouped(Int($0.value.rounded())))" }.joined(
                    separator: " · ")
            b.put(Buffer.fit(text, b.width - 2), x: 1, y: y, role: .wallLabel)
            y += 1
        }
        if numbers.days.contains(where: { $0 > 0 }) {
            let x = 1 + b.put("30 days ", x: 1, y: y, role: .wallLabel)
            let used = b.put(
                RegionSummary.sparkline(numbers.days), x: x, y: y, maxWidth: b.width - x - 1, role: .sparkline)
            b.put(
                Buffer.fit(
                    " \(grouped(numbers.days.reduce(0, +))) events, \(grouped(numbers.days.last ?? 0)) \(state.time.asOf == .clock && state.time.replay == nil ? "today" : "on the last day")",
                    max(0, b.width - x - used - 1)),
                x: x + used, y: y, role: .wallLabel)
            y += 1
        }
        if !numbers.surging.isEmpty {
            let text =
                "surging: "
                + numbers.surging.prefix(5).map { t in
                    "\(Self.shortRegion(t.region)) \(t.lastWeek) in 7 days (\(t.changeFromMean.map { "+\($0)%" } ?? "new"))"
                }.joined(separator: " · ")
            b.put(Buffer.fit(text, b.width - 2), x: 1, y: y, role: .warning)
            y += 1
        }
        return y == top ? top : y + 1
    }
}
