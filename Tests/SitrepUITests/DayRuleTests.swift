import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

/// One rule for days (`CalendarDay`): the dashboard's sparklines, the wall's and the day lines of
/// the timeline put an event on the same day as `summary --by day` does, in every zone.
@Suite("One rule for days")
struct DayRuleTests {
    /// A timed event late on the 26th in UTC (the 27th east of it, still the 26th west of it), and
    /// an event known only to the day, the 26th, which stays the 26th everywhere.
    static let lines = [
        #"{"id": "late", "time": "2024-11-26T23:30Z", "regions": ["Kyiv City"], "title": "Late alert"}"#,
        #"{"id": "day", "time": "2024-11-26", "regions": ["Kyiv City"], "title": "Reported for the day"}"#,
    ]

    static let cases: [(zone: String, lateDay: String)] = [
        ("UTC", "2024-11-26"), ("Europe/Kyiv", "2024-11-27"), ("+14:00", "2024-11-27"),
        ("America/New_York", "2024-11-26"), ("-12:00", "2024-11-26"),
    ]

    func store() -> EventStore {
        let dir = NSTemporaryDirectory() + "/sitrep-days-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/days.jsonl"
        _ = FileManager.default.createFile(
            atPath: path, contents: Data((Self.lines.joined(separator: "\n") + "\n").utf8))
        return Loader.load([.file(path)])
    }

    @Test(arguments: cases)
    func everyCountAgrees(_ zoneName: String, lateDay: String) throws {
        let zone = try #require(DisplayZone(zoneName))
        let s = store()
        let days = Set(s.counts(by: .day, zone: zone).map(\.key))
        #expect(days == Set([lateDay, "2024-11-26"]))
        let late = try #require(s.position(ofID: "late"))
        let day = try #require(s.position(ofID: "day"))
        #expect(CalendarDay(of: s.time(at: late), in: zone).text == lateDay)
        #expect(CalendarDay(of: s.time(at: day), in: zone).text == "2024-11-26")

        // Sparklines end at the newest event's day: two days apart when the late event moved east.
        let view = TimelineView(store: s, regionFilter: nil, newestFirst: true)
        let spread = lateDay == "2024-11-26" ? [2] : [1, 1]
        #expect(RegionSummary.rows(view, order: .count, zone: zone).first?.days.filter { $0 > 0 } == spread)
        let filtered = TimelineView(store: s, ascending: [0, 1], newestFirst: true)
        #expect(RegionSummary.rows(filtered, order: .count, zone: zone).first?.days.filter { $0 > 0 } == spread)

        // The wall's 14 days, an hour after the late event, agree.
        let figures = WallFigures(s, view.ascending, now: s.time(at: late).seconds + 3_600, zone: zone)
        #expect(figures.regions.first?.days.filter { $0 > 0 } == spread)
    }
}
