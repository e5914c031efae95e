import Foundation
import SitrepKit

/// Times the numbers over time on a loaded workload, in this process (`--numbers`): the trends
/// pane's series after a filter change (all events, one region, a word-free field filter) and
/// `summary --by region,week`'s table. Figures only; the budgets are in docs/performance.md.
enum NumberTimings {
    static func run(path: String) {
        let store = Loader.load([.file(path)])
        let kharkiv = store.positions(
            region: store.regionPostings().max { $0.positions.count < $1.positions.count }?.name)
        let filtered =
            (try? QueryParser(now: 0).parse("cat:drone,strike")).map {
                QueryMatcher(store: store, query: $0).positions()
            } ?? []
        print("")
        print(
            "numbers over time on \(store.count) events (median of 5 runs; the first run also finds the snapshot's dated and figured events):"
        )
        for (label, positions) in [
            ("trends series, all events", nil), ("trends series, one region (\(kharkiv.count))", kharkiv),
            ("trends series, a filter (\(filtered.count))", filtered),
        ] as [(String, [Int]?)] {
            time(label) { _ = store.periodSeries(.day, positions: positions) }
        }
        time("trends series per week, summing a figure") {
            _ = store.periodSeries(.week, sums: ["fatalities"], positions: nil)
        }
        time("table region x week (summary --by region,week)") { _ = store.tabulate(by: [.region, .period(.week)]) }
        time("table by day with a figure summed") { _ = store.tabulate(by: [.period(.day)], sums: ["fatalities"]) }
    }

    static func time(_ label: String, _ work: () -> Void) {
        var times: [Double] = []
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            work()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        print(
            "  " + label.padding(toLength: 52, withPad: " ", startingAt: 0)
                + String(format: " %8.1f ms  (first run %.1f ms)", Measure.median(times), times[0]))
    }
}
