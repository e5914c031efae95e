import Foundation
import SitrepKit

/// Times the query language on a loaded workload, in this process: what a filter change costs in
/// the dashboard (`--filters`).
enum FilterTimings {
    static func run(path: String) {
        let store = Loader.load([.file(path)])
        print("")
        print("filters on \(store.count) events (median of 3 runs, whole timeline):")
        for (label, text) in [
            ("field filter region:kharkiv", "region:kharkiv"),
            ("time window since:2024-06-01", "since:2024-06-01"),
            ("field and window", "region:kharkiv,sumy cat:drone since:2024-01-01"),
            ("word search in titles and bodies", "substation"),
        ] {
            guard let query = try? QueryParser(now: Int64(Date().timeIntervalSince1970)).parse(text) else { continue }
            var times: [Double] = []
            var found = 0
            for _ in 0..<3 {
                let start = DispatchTime.now().uptimeNanoseconds
                found = QueryMatcher(store: store, query: query).positions().count
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
            print(String(format: "  %-34@ %8.0f ms  (%d events)", label as NSString, Measure.median(times), found))
        }
    }
}
