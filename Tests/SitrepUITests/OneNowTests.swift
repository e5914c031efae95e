import Foundation
import Testing
import SitrepKit
@testable import SitrepUI
import SitrepTestSupport

/// One "now" on the dashboard: every figure as of a moment T over the whole files equals the same
/// figure over the files cut at T, and a replay stopped at T; a window changes no comparing figure.
@Suite("One now")
struct OneNowTests {
    /// The figures a desk reads, in one comparable value.
    struct Figures: Equatable, CustomStringConvertible {
        var shown: Int
        var regions: [RegionRow]
        var trends: [[Double]]
        var trendDays: [Int64]
        var map: [String: Double]
        var wall: [Int]
        var wallRegions: [RegionRow]
        var wallTotals: [String]
        var wallDays: [Int]
        var surging: [String]

        init(_ d: Dashboard) {
            shown = d.view.count
            regions = d.regions
            let series = TrendSeries(d, plot: [], slots: 60)
            trends = series.values
            trendDays = series.keys
            map = MapValues(d).byCode
            let wall = WallFigures(d.store, d.comparedPositions, now: d.anchor, zone: d.zone)
            self.wall = [wall.lastDay, wall.lastHour, wall.dayBefore]
            wallRegions = wall.regions
            let numbers = WallNumbers(d)
            wallTotals = numbers.totals.map { "\($0.name) \($0.value)" }
            wallDays = numbers.days
            surging = numbers.surging.map(\.region)
        }

        var description: String {
            "\(shown) shown, wall \(wall), regions \(regions.prefix(3).map { "\($0.name) \($0.count) \($0.trend.map { "\($0.lastWeek)/\($0.weekBefore)" } ?? "-")" })"
        }
    }

    /// The demo's two files, whole or without the rows after `moment`, read as the dashboard reads them.
    static func demo(cutAt moment: Int64?) -> EventStore {
        let dir = NSTemporaryDirectory() + "/sitrep-one-now-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let resources = (#filePath as NSString).deletingLastPathComponent + "/../../Sources/SitrepKit/Resources/"
        var sources: [EventSource] = []
        for name in ["news-2024-11.jsonl", "alerts-2024-11.csv"] {
            var lines = ((try? String(contentsOfFile: resources + name, encoding: .utf8)) ?? "").split(
                whereSeparator: \.isNewline
            ).map(String.init)
            if let moment {
                let header = name.hasSuffix(".csv") ? [lines.removeFirst()] : []
                lines = header + lines.filter { time(of: $0) <= moment }
            }
            let path = dir + "/" + name
            _ = FileManager.default.createFile(atPath: path, contents: Data(lines.map { $0 + "\n" }.joined().utf8))
            sources.append(.file(path))
        }
        return Loader.load(sources)
    }

    /// A row's time as the test reads it: the JSON `time` (a date is its midnight UTC), or the
    /// alert log's `started_at`.
    static func time(of line: String) -> Int64 { RowTime.of(line) }

    static let whole = demo(cutAt: nil)

    /// A dashboard on a store as of a moment, with the clock two years on.
    static func asOf(_ store: EventStore, _ moment: Int64, window: Key? = nil) -> Dashboard {
        var d = Dashboard(store: store, width: 160, height: 45)
        d.setNow(1_796_000_000, clock: "now")
        d.setAsOf(.moment(moment))
        if let window { press(&d, window) }
        return d
    }

    /// Moments through November 2024: at an event, between events, a day's last second.
    static let moments: [Int64] = {
        let times = (0..<whole.count).map { whole.time(at: $0).seconds }
        return [times[300], times[900] + 1, times[1_500] - 1, 1_732_406_399, times[times.count - 1]]
    }()

    @Test(arguments: moments)
    func everyFigureAsOfAMomentIsTheFigureOverTheFilesCutThere(_ moment: Int64) {
        let cut = Self.demo(cutAt: moment)
        for window: Key? in [nil, .character("1"), .character("7")] {
            let a = Figures(Self.asOf(Self.whole, moment, window: window))
            let b = Figures(Self.asOf(cut, moment, window: window))
            #expect(a == b, "as of \(moment), window \(String(describing: window)):\n\(a)\n\(b)")
        }
    }

    @Test(arguments: moments)
    func aReplayAtAMomentShowsWhatAsOfThatMomentShows(_ moment: Int64) {
        var replay = Dashboard(store: Self.whole, width: 160, height: 45)
        replay.setNow(1_796_000_000, clock: "now")
        replay.startReplay(at: Self.whole.time(at: 0).seconds, speed: 600)
        // In steps, as the clock moves: each continues the snapshot before it.
        for k in 1...4 {
            replay.advanceReplay(
                to: Self.whole.time(at: 0).seconds + (moment - Self.whole.time(at: 0).seconds) * Int64(k) / 4)
        }
        let a = Figures(replay)
        let b = Figures(Self.asOf(Self.whole, moment))
        #expect(a == b, "replay at \(moment):\n\(a)\n\(b)")
        #expect(replay.laterEvents == (0..<Self.whole.count).filter { Self.whole.time(at: $0).seconds > moment }.count)
    }

    /// Keys 1 and 7, and a time bound in the filter, choose what is shown; the change against
    /// the week before, the surge marks and the wall's "24 h before" stay (before: every region
    /// `▲ new !` under 7).
    @Test func aWindowChangesNoComparingFigure() {
        var plain = dashboard(width: 160, height: 45)
        plain.setAsOf(.newest)
        func comparing(_ d: Dashboard) -> (trends: [String: RegionTrend], wall: Int, surging: [String]) {
            let trends = Dictionary(d.regions.compactMap { r in r.trend.map { (r.name, $0) } }) { a, _ in a }
            return (
                trends, WallFigures(d.store, d.comparedPositions, now: d.anchor, zone: d.zone).dayBefore,
                WallNumbers(d).surging.map(\.region)
            )
        }
        let before = comparing(plain)
        #expect(!before.trends.isEmpty && before.wall > 0)
        for key: Key in [.character("1"), .character("7"), .character("3")] {
            var d = plain
            press(&d, key)
            let after = comparing(d)
            for (name, trend) in after.trends {
                #expect(
                    before.trends[name] == trend,
                    "\(key) \(name): \(trend) against \(String(describing: before.trends[name]))")
            }
            #expect(after.wall == before.wall && after.surging == before.surging)
            let fromNothing = d.regions.filter { $0.trend?.surging == true && $0.trend?.meanBefore == 0 }.count
            #expect(fromNothing == 0, "no region surges from nothing")
        }
        for filter in ["since:7d", "since:2024-11-25 until:2024-11-30", "on:2024-11-29"] {
            var d = plain
            d.setFilter(filter, history: [])
            #expect(d.view.count < plain.view.count)
            let after = comparing(d)
            for (name, trend) in after.trends { #expect(before.trends[name] == trend, "\(filter) \(name)") }
            #expect(after.wall == before.wall && after.surging == before.surging)
        }
    }

    /// `--as-of 2024-11-20T12:00Z` and key 1: the last 24 hours to noon, and the status line says
    /// what is hidden (before: 673 events running on to 30 November).
    @Test func aWindowAsOfAMomentEndsThere() {
        let noon: Int64 = 1_732_104_000
        var d = Self.asOf(Self.whole, noon, window: .character("1"))
        let expected = (0..<Self.whole.count).filter {
            let t = Self.whole.time(at: $0).seconds; return t >= noon - 86_400 && t <= noon
        }.count
        #expect(d.view.count == expected)
        #expect(d.view.positions.allSatisfy { d.store.time(at: $0).seconds <= noon })
        let later = Self.whole.count - Self.whole.laterStart(after: noon)
        let status = d.render().lines.last ?? ""
        #expect(
            status.contains("of \(grouped(Self.whole.count - later)) events")
                && status.contains("as of 20 Nov 2024 12:00 · \(grouped(later)) later events hidden"), "\(status)")
        press(&d, .character("a"))
        #expect(d.state.time.asOf == .clock && d.laterEvents == 0)
    }

    /// The demo's wall as of its newest event: the counters are the last 24 hours to it, the
    /// newest event is fresh, and the regions have events (before: all zeros, "736 days ago").
    @Test func theDemosWallAsOfTheNewestEventCounts() {
        var d = dashboard(width: 160, height: 45)
        d.setAsOf(.newest)
        d.enterWall(WallSettings(clocks: [("UTC", .utc)], rotate: nil))
        let newest = Self.whole.newestTime!
        let day = (0..<Self.whole.count).filter {
            let t = Self.whole.time(at: $0).seconds; return t > newest - 86_400 && t <= newest
        }.count
        let figures = WallFigures(d.store, d.comparedPositions, now: d.anchor, zone: d.zone)
        #expect(figures.lastDay == day && day > 0)
        let text = d.render().lines.joined(separator: "\n")
        #expect(!text.contains("days ago") && !text.contains("No events in the last 14 days"), "\(text)")
        #expect(text.contains("newest event just now") && text.contains("as of"))
        // On the clock, the archive's wall says why it is empty and how to look at it.
        d.setAsOf(.clock)
        let onClock = d.render().lines.joined(separator: "\n")
        #expect(onClock.contains("No events in the last 14 days.") && onClock.contains("press a"), "\(onClock)")
    }
}

/// `--replay` behaves as a live file does: the newest event selected and followed until the user
/// moves, every key working while it plays, the wall's panes filled, the shift on the real clock.
@Suite("Replay as a live feed")
struct ReplayFeedTests {
    func run(wall: Bool = false) -> TestRun {
        var settings = RuntimeSettings()
        settings.replay = 600
        if wall { settings.wall = WallSettings(clocks: [("UTC", .utc)], rotate: nil, shiftEvery: 60) }
        let lines = (0..<30).map {
            alertLine("e\($0)", minutes: $0 * 2, region: ["Sumy Oblast", "Kharkiv Oblast", "Odesa Oblast"][$0 % 3])
        }
        return TestRun(lines: lines, settings: settings, width: 160, height: 45)
    }

    @Test func theNewestIsSelectedWithItsDetailAndKeysWorkWhileItPlays() {
        let run = run()
        run.tick(after: 1_000) // ten minutes of events' time
        let d = run.dashboard
        #expect(d.view.count == 6 && d.state.selection.id == "e5")
        #expect(d.state.selection.detail?.title == "Alert e5", "the detail of the selection, not 'No event selected'")
        run.press(.character("j"), .character("j"))
        #expect(run.dashboard.state.selection.id == "e3")
        run.tick(after: 1_000)
        #expect(
            run.dashboard.view.count == 11 && run.dashboard.state.selection.id == "e3",
            "moved away, the selection stays")
        #expect(run.dashboard.state.selection.detail?.title == "Alert e3")
        run.press(.character("g"))
        #expect(run.dashboard.state.selection.id == "e10")
        run.tick(after: 1_000)
        #expect(run.dashboard.state.selection.id == "e15", "back at the newest, it follows again")
        run.press(.character("7"))
        #expect(run.dashboard.state.query.window == 7 * 86_400 && run.dashboard.view.count == 16)
    }

    @Test func theWallFillsAndItsShiftFollowsTheRealClock() {
        let run = run(wall: true)
        run.tick(after: 1_000)
        let text = run.screen.lines.joined(separator: "\n")
        #expect(text.contains("Alert e5") && text.contains("REPLAY ×600"), "\(text)")
        // The replay's clock runs ten minutes a second; the picture moves once per shift period.
        let every = run.dashboard.state.wall.settings?.shiftEvery ?? 60
        var places = Set<[Int]>()
        for _ in 0..<Int(every) - 2 {
            run.tick(after: 1_000)
            let row = run.screen.lines.firstIndex { $0.contains("SITREP") } ?? -1
            let column =
                row < 0
                ? -1
                : run.screen.lines[row].distance(
                    from: run.screen.lines[row].startIndex, to: run.screen.lines[row].range(of: "SITREP")!.lowerBound)
            places.insert([row, column])
        }
        #expect(places.count <= 2, "at most one shift in \(every) s of the real clock: \(places)")
    }
}
