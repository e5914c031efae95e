import Foundation
import Testing
@testable import SitrepKit
import SitrepTestSupport

/// Counts and sums per region and period, checked against the same numbers worked out another way:
/// from the generated events themselves, with Foundation's calendars for days, ISO weeks and months.
@Suite("Numbers over time")
struct TabulationTests {
    struct Generated {
        var id: String
        var seconds: Int64
        var dayOnly: Bool
        var regions: [String]
        var drones: Int
        var shotDown: Int?
    }

    /// Events over 100 days around a year's end, a third known only to the day, with figures.
    static func events() -> [Generated] {
        var rng = SeededRandom(seed: 7)
        let regions = ["Kharkiv Oblast", "Sumy Oblast", "Kyiv City", "Odesa Oblast"]
        let start: Int64 = 1_732_000_000 // 2024-11-19
        return (0..<600).map { i in
            let dayOnly = rng.next() % 3 == 0
            var seconds = start + Int64(rng.next() % (100 * 86_400))
            if dayOnly { seconds = seconds / 86_400 * 86_400 }
            let picked = (0..<Int(rng.next() % 3)).map { _ in regions[Int(rng.next() % 4)] }
            return Generated(
                id: "g\(i)", seconds: seconds, dayOnly: dayOnly, regions: Array(Set(picked)).sorted(),
                drones: Int(rng.next() % 50), shotDown: rng.next() % 2 == 0 ? Int(rng.next() % 40) : nil)
        }
    }

    static func jsonl(_ events: [Generated]) -> String {
        events.map { e in
            let time =
                e.dayOnly
                ? CalendarDay(number: e.seconds / 86_400).text
                : ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(e.seconds)))
            var figures = "\"drones_launched\": \(e.drones)"
            if let s = e.shotDown { figures += ", \"drones_shot_down\": \(s)" }
            let regions = e.regions.map { "\"\($0)\"" }.joined(separator: ", ")
            return
                #"{"id": "\#(e.id)", "time": "\#(time)", "title": "Event \#(e.id)", "regions": [\#(regions)], "figures": {\#(figures)}}"#
        }.joined(separator: "\n") + "\n"
    }

    /// The label of an event's period, by Foundation: the date in the zone (a date alone stays).
    static func label(_ e: Generated, _ period: Period, _ zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .iso8601)
        calendar.timeZone = e.dayOnly ? TimeZone(identifier: "UTC")! : zone
        let c = calendar.dateComponents(
            [.year, .month, .day, .weekOfYear, .yearForWeekOfYear], from: Date(timeIntervalSince1970: Double(e.seconds))
        )
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        switch period {
        case .day: return "\(c.year!)-\(two(c.month!))-\(two(c.day!))"
        case .week: return "\(c.yearForWeekOfYear!)-W\(two(c.weekOfYear!))"
        case .month: return "\(c.year!)-\(two(c.month!))"
        }
    }

    @Test(arguments: ["UTC", "Europe/Kyiv", "America/Anchorage"])
    func countsAndSumsAgreeWithAnotherReckoning(_ zoneName: String) throws {
        let dir = TempDir()
        let generated = Self.events()
        let store = load([dir.write("g.jsonl", Self.jsonl(generated))])
        #expect(store.count == generated.count)
        let zone = try #require(DisplayZone(zoneName))
        let foundationZone = try #require(TimeZone(identifier: zoneName))
        for period in Period.allCases {
            let table = store.tabulate(
                by: [.period(period)], sums: ["drones_launched", "drones_shot_down"], zone: zone)
            var expected: [String: (count: Int, drones: Int, shot: Int)] = [:]
            for e in generated {
                let key = Self.label(e, period, foundationZone)
                var v = expected[key] ?? (0, 0, 0)
                v.count += 1
                v.drones += e.drones
                v.shot += e.shotDown ?? 0
                expected[key] = v
            }
            #expect(table.rows == table.rows.sorted(), "\(period): in time order")
            #expect(Set(expected.keys).isSubset(of: Set(table.rows)))
            for (row, total) in zip(table.rows, table.rowTotals) {
                let want = expected[row] ?? (0, 0, 0)
                #expect(
                    total.count == want.count && total.sums == [Double(want.drones), Double(want.shot)],
                    "\(period) \(row)")
            }
            #expect(table.rowTotals.map(\.count).reduce(0, +) == generated.count)
        }
        // Two keys: every region by week, an event in each of its regions.
        let table = store.tabulate(by: [.region, .period(.week)], sums: ["drones_launched"], zone: zone)
        for (r, region) in table.rows.enumerated() {
            for (c, week) in table.columns.enumerated() {
                let matching = generated.filter {
                    ($0.regions.isEmpty ? [EventStore.noneKey] : $0.regions).contains(region)
                        && Self.label($0, .week, foundationZone) == week
                }
                #expect(table.cells[r][c].count == matching.count)
                #expect(table.cells[r][c].sums == [Double(matching.map(\.drones).reduce(0, +))])
            }
        }
        // The chart's series (binary searches at local midnights) agrees, filtered or not.
        for period in Period.allCases {
            for positions in [nil, Array(stride(from: 1, to: store.count, by: 2))] {
                let table = store.tabulate(
                    by: [.period(period)], sums: ["drones_launched"], positions: positions, zone: zone)
                let series = store.periodSeries(period, sums: ["drones_launched"], positions: positions, zone: zone)
                #expect(series.keys.map(period.label) == table.rows, "\(period) \(zoneName)")
                #expect(series.counts == table.rowTotals.map(\.count), "\(period) \(zoneName)")
                #expect(series.sums[0] == table.rowTotals.map { $0.sums[0] }, "\(period) \(zoneName)")
            }
        }
        // A filter's events only.
        let some = Array(stride(from: 0, to: store.count, by: 3))
        #expect(
            store.tabulate(by: [.period(.day)], positions: some, zone: zone).rowTotals.map(\.count).reduce(0, +)
                == some.count)
    }

    @Test func isoWeeksAndMonthsAtTheirEdges() {
        func week(_ y: Int, _ m: Int, _ d: Int) -> String {
            Period.week.label(
                Period.week.key(
                    of: CalendarDay(number: CivilTime(year: y, month: m, day: d).secondsSinceEpoch / 86_400)))
        }
        #expect(week(2024, 12, 30) == "2025-W01")
        #expect(week(2021, 1, 3) == "2020-W53")
        #expect(week(2024, 11, 25) == "2024-W48" && week(2024, 12, 1) == "2024-W48")
        let nov = Period.month.key(
            of: CalendarDay(number: CivilTime(year: 2024, month: 11, day: 30).secondsSinceEpoch / 86_400))
        #expect(Period.month.label(nov) == "2024-11" && Period.month.label(Period.month.next(nov)) == "2024-12")
        #expect(Period.month.label(Period.month.next(Period.month.next(nov))) == "2025-01")
        #expect(Period.month.firstDay(Period.month.next(nov)).text == "2024-12-01")
    }

    @Test func emptyPeriodsAreZero() {
        let dir = TempDir()
        let store = load([
            dir.write(
                "gap.jsonl",
                """
                {"id": "a", "time": "2024-11-01T10:00Z", "title": "First"}
                {"id": "b", "time": "2024-11-04T10:00Z", "title": "Later"}

                """)
        ])
        let table = store.tabulate(by: [.period(.day)])
        #expect(table.rows == ["2024-11-01", "2024-11-02", "2024-11-03", "2024-11-04"])
        #expect(table.rowTotals.map(\.count) == [1, 0, 0, 1])
    }

    @Test func aRegionSurgesOnTwiceItsMeanAndTenEvents() {
        let dir = TempDir()
        var lines: [String] = []
        func add(_ region: String, daysAgo: Int, _ n: Int) {
            for k in 0..<n {
                let t = 1_733_011_200 - Int64(daysAgo) * 86_400 + Int64(k) * 60 // from 2024-12-01
                lines.append(
                    #"{"id": "\#(region)-\#(daysAgo)-\#(k)", "time": "\#(ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(t))))", "title": "x", "regions": ["\#(region)"]}"#
                )
            }
        }
        for week in 1...4 { add("Sumy Oblast", daysAgo: week * 7 + 1, 2) } // 2 a week before
        add("Sumy Oblast", daysAgo: 2, 12) // 12 in the last week: a surge
        add("Kursk Oblast", daysAgo: 1, 9) // 9: too few
        for week in 1...4 { add("Kharkiv Oblast", daysAgo: week * 7 + 2, 8) } // 8 a week before
        add("Kharkiv Oblast", daysAgo: 3, 12) // 12: not twice 8
        let store = load([dir.write("s.jsonl", lines.joined(separator: "\n") + "\n")])
        let trends = store.regionTrends(asOf: 1_733_011_200 + 3_600)
        #expect(trends.filter(\.surging).map(\.region) == ["Sumy Oblast"])
        let sumy = trends.first { $0.region == "Sumy Oblast" }
        #expect(sumy?.lastWeek == 12 && sumy?.meanBefore == 2 && sumy?.changeFromMean == 500 && sumy?.weekChange == 500)
        #expect(
            store.regionTrends(asOf: 1_733_011_200 + 3_600, rule: SurgeRule(factor: 1.2, minimum: 5)).filter(\.surging)
                .count == 3)
    }
}
