import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

/// What a new user met, each a test that failed before its change.
@Suite("What a new user met")
struct NewUserTests {
    /// With the trends pane (or the map) focused, the detail shows the selected event: it is titled
    /// `Detail`, not `Detail · region`.
    @Test(arguments: ["t", "m"])
    func theDetailIsTitledForWhatItShows(_ pane: String) {
        var d = dashboard(width: 120, height: 40)
        press(&d, .character(Character(pane)), .tab)
        #expect(d.state.focus == (pane == "t" ? .trends : .map))
        let top = d.render().lines[0]
        #expect(top.contains("Detail ─") && !top.contains("Detail · region"), "\(top)")
        // The regions pane focused: its totals, titled so.
        d = dashboard(width: 120, height: 40)
        press(&d, .tab)
        #expect(d.state.focus == .regions)
        #expect(d.render().lines[0].contains("Detail · region"))
    }

    /// Ctrl-F opens empty (↑ brings back the search in force), and Esc or `x` clear the highlight.
    @Test func aNewSearchStartsEmptyAndEscOrXClearsTheHighlight() {
        var d = dashboard(width: 120, height: 40)
        press(&d, .control("f"))
        type(&d, "kursk")
        press(&d, .enter)
        #expect(d.state.query.search == "kursk")
        press(&d, .control("f"))
        #expect(d.state.query.searchDraft.isEmpty, "not the last search with the new text after it")
        type(&d, "sumy")
        press(&d, .enter)
        #expect(d.state.query.search == "sumy")
        press(&d, .control("f"), .up)
        #expect(d.state.query.searchDraft == "sumy")
        press(&d, .enter, .escape)
        #expect(d.state.query.search.isEmpty, "Esc clears the search")
        #expect(!d.render().cells.contains { $0.role == .searchMatch })
        press(&d, .control("f"))
        type(&d, "kursk")
        press(&d, .enter, .character("x"))
        #expect(d.state.query.search.isEmpty, "x clears the search too")
    }

    /// `!` with no filter says why it does nothing; NOT is shown over the whole filter in brackets.
    @Test func invertingSaysWhatItInverts() {
        var d = dashboard(width: 120, height: 40)
        press(&d, .character("7"), .character("!"))
        #expect(!d.state.query.inverted)
        #expect(d.render().lines.last?.contains("nothing to invert") == true)
        press(&d, .character("0"), .character("/"))
        type(&d, #"region:"Kursk Oblast" cat:strike"#)
        press(&d, .enter, .character("!"))
        #expect(d.state.query.inverted)
        #expect(d.filterSummary == #"NOT (region:"Kursk Oblast" cat:strike)"#)
        press(&d, .character("x"), .character("/"))
        type(&d, "region:kursk")
        press(&d, .enter, .character("!"))
        #expect(d.filterSummary == "NOT region:kursk")
    }

    /// A named file that is not there yet is read once it appears, and until then the status line
    /// says which file and why.
    @Test func aFileThatAppearsLaterIsFollowed() {
        let run = TestRun(lines: [], fileExists: false)
        #expect(run.dashboard.store.count == 0)
        #expect(run.statusLine.contains("feed.jsonl: cannot open"), "\(run.statusLine)")
        _ = FileManager.default.createFile(atPath: run.path, contents: Data((alertLine("a1", minutes: 10) + "\n").utf8))
        run.send(.filesChanged([run.path]), after: 100)
        run.tick(after: 1_000)
        #expect(run.dashboard.store.count == 1)
        #expect(!run.statusLine.contains("cannot open"))
    }

    /// A file that cannot be read is named on the status line with why, whether it was so from the
    /// start (a CSV of no known layout, a program) or a binary was put in its place while followed.
    @Test func aFileThatCannotBeReadIsNamedWithWhy() throws {
        let dir = NSTemporaryDirectory() + "/sitrep-unread-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        _ = FileManager.default.createFile(atPath: dir + "/odd.csv", contents: Data("a,b\n1,2\n".utf8))
        let d = dashboard(Loader.load([.file(dir + "/odd.csv"), .file("/bin/ls")]), width: 200, height: 40)
        let status = d.render().lines.last ?? ""
        #expect(status.contains("odd.csv: unknown CSV layout"), "\(status)")
        #expect(status.contains("2 errors, 0 warnings"))
        let run = TestRun(lines: [alertLine("a1", minutes: 10), alertLine("a2", minutes: 20)], width: 200)
        #expect(run.dashboard.store.count == 2)
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1]).write(to: URL(fileURLWithPath: run.path))
        run.send(.filesChanged([run.path]), after: 100)
        run.tick(after: 1_000)
        #expect(run.statusLine.contains("feed.jsonl: binary file"), "\(run.statusLine)")
        #expect(run.statusLine.contains("1 warning"), "one, not 1 warnings")
    }

    /// A region or figure name that selects nothing is an error with the closest names, as an
    /// unknown field is, instead of a filter that silently shows no event.
    @Test func unknownRegionAndFigureNamesAreErrorsWithTheClosest() {
        var d = dashboard(width: 120, height: 40)
        press(&d, .character("/"))
        type(&d, "region:atlantis")
        #expect(d.state.query.error?.message == "no region named 'atlantis' in the gazetteer or the files")
        #expect(d.state.query.error?.column == 8)
        press(&d, .control("u"))
        type(&d, "region:donestk")
        #expect(
            d.state.query.error?.message.contains("(closest: Donetsk Oblast)") == true,
            "\(String(describing: d.state.query.error))")
        press(&d, .control("u"))
        type(&d, "fig:foo>1")
        #expect(d.state.query.error?.message.hasPrefix("no figure named 'foo' in the files (figures: ") == true)
        #expect(d.state.query.error?.message.contains("drones_launched") == true)
        press(&d, .control("u"))
        type(&d, "region:khark fig:drones_launched>=100")
        #expect(d.state.query.error == nil)
        type(&d, " region:\"(none)\"")
        #expect(d.state.query.error == nil, "events without a region are a known choice")
    }

    /// The help at 80x24 and 60x20 says there is more and scrolls to the last key; it keeps a blank
    /// margin from the panes behind it.
    @Test(arguments: [(80, 24), (60, 20)])
    func theHelpScrollsToTheLastKeyAndSaysThereIsMore(_ size: (Int, Int)) throws {
        var d = dashboard(width: size.0, height: size.1)
        press(&d, .character("?"))
        var screen = d.render().lines.joined(separator: "\n")
        #expect(screen.contains("more (j, Space)"))
        #expect(!screen.contains("│┌") && !screen.contains("┐│"), "the box stands apart from the panes' borders")
        let last = try #require(d.keymap.bindings.last)
        #expect(!screen.contains(last.help))
        press(&d, .character("G"))
        screen = d.render().lines.joined(separator: "\n")
        #expect(screen.contains(last.help))
        #expect(screen.contains("more (k)") && !screen.contains("more (j, Space)"))
        #expect(d.state.mode == .help, "scrolling keys do not close the help")
        press(&d, .character("g"))
        #expect(d.render().lines.joined(separator: "\n").contains(d.keymap.bindings[0].help))
        press(&d, .escape)
        #expect(d.state.mode == .normal)
    }

    /// The status line's count of changes and of new events agrees with what happened: a rotation
    /// that took the file from five events to two, and every event deleted.
    @Test func theChangeCountsFollowRotationsAndDeletions() throws {
        let lines = (0..<5).map { alertLine("a\($0)", minutes: 10 * $0) }
        let run = TestRun(lines: lines)
        #expect(run.dashboard.store.count == 5)
        press(run, .character("G")) // away from the newest, so that arrivals are counted as unseen
        try FileManager.default.moveItem(atPath: run.path, toPath: run.path + ".1")
        _ = FileManager.default.createFile(
            atPath: run.path, contents: Data((lines[4] + "\n" + alertLine("b1", minutes: 60) + "\n").utf8))
        run.send(.filesChanged([run.path]), after: 100)
        run.tick(after: 1_000)
        #expect(run.dashboard.store.count == 2)
        #expect(run.statusLine.contains("+1 −4"), "\(run.statusLine)")
        try FileManager.default.removeItem(atPath: run.path)
        run.send(.filesChanged([run.path]), after: 100)
        run.tick(after: 1_000)
        #expect(run.dashboard.store.count == 0)
        #expect(!run.statusLine.contains("new ↑"), "no new events are waiting when none is left: \(run.statusLine)")
        #expect(run.statusLine.contains("+0 −2"), "\(run.statusLine)")
        // Written again, then cut down in place to two events (a copy-and-truncate rotation).
        _ = FileManager.default.createFile(atPath: run.path, contents: Data(lines.map { $0 + "\n" }.joined().utf8))
        run.send(.filesChanged([run.path]), after: 100)
        run.tick(after: 1_000)
        #expect(run.dashboard.store.count == 5)
        let handle = try #require(FileHandle(forWritingAtPath: run.path))
        try handle.truncate(atOffset: 0)
        handle.write(Data((lines[4] + "\n" + alertLine("b2", minutes: 70) + "\n").utf8))
        try handle.close()
        run.send(.filesChanged([run.path]), after: 100)
        run.tick(after: 1_000)
        #expect(run.dashboard.store.count == 2)
        #expect(run.statusLine.contains("+1 −4"), "\(run.statusLine)")
    }

    /// The saved-views menu keeps each view's name and query apart, in two columns.
    @Test func theViewsMenuKeepsNamesAndQueriesApart() {
        var d = dashboard(width: 120, height: 40)
        d.setViews([("kharkiv", "region:kharkiv"), ("night alerts", "cat:alert since:24h")])
        press(&d, .character("v"))
        let lines = d.render().lines
        let first = lines.first { $0.contains("1  kharkiv") } ?? ""
        let second = lines.first { $0.contains("2  night alerts") } ?? ""
        #expect(first.contains("kharkiv       region:kharkiv"), "\(first)")
        let column = { (line: String, text: String) in
            line.range(of: text).map { line.distance(from: line.startIndex, to: $0.lowerBound) }
        }
        #expect(column(first, "region:") == column(second, "cat:alert"), "the queries start in one column")
    }

    /// A field's label longer than its column is shown whole on a line of its own, and the
    /// regions pane's detail wraps a long value instead of cutting it.
    @Test func longLabelsAndValuesAreShownWhole() throws {
        let dir = NSTemporaryDirectory() + "/sitrep-labels-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let line =
            #"{"time": "2024-11-26T07:00:00Z", "title": "An alert", "regions": ["Sumy"], "finished_at": "2024-11-26 08:44:00+00:00", "day_of_war": 1007}"#
        _ = FileManager.default.createFile(atPath: dir + "/a.jsonl", contents: Data((line + "\n").utf8))
        var d = dashboard(Loader.load([.file(dir + "/a.jsonl")]), width: 120, height: 40)
        press(&d, .enter)
        let text = d.render().lines.joined(separator: "\n")
        #expect(text.contains("finished_at") && text.contains("day_of_war"), "labels whole")
        #expect(!text.contains("finished…") && !text.contains("day_of_w…"))
        #expect(text.contains("2024-11-26") && text.contains("08:44:00+00:00"), "the value, wrapped, whole")
    }

    /// The demo tells the record drone attack through three reports (the air force's count, Kyiv's
    /// word and the agencies' account), so `r` shows what it does on the first screen a user sees.
    @Test func theDemoHasAStoryOfSeveralReports() throws {
        var d = dashboard(width: 120, height: 40)
        press(&d, .character("r"))
        #expect(d.render().lines.last?.contains("1,909 stories of 1,911 events") == true)
        let p = try #require(d.store.position(ofID: "demo-2024-11-26-record-drones"))
        let stories = try #require(d.stories)
        #expect(stories.reportCount(of: p) == 3)
        #expect(
            Set(stories.reports(of: p).map { d.store.id(at: $0) })
                == [
                    "demo-2024-11-26-record-drones", "demo-2024-11-26-air-force-statement",
                    "demo-2024-11-26-kyiv-record-night",
                ])
    }

    /// Minutes of an hour or more are also shown in days, hours and minutes.
    @Test func longDurationsReadAsDaysAndHours() {
        #expect(FigureUnit.aside("duration_min", 14_999) == " (10 d 9 h 59 min)")
        #expect(FigureUnit.aside("duration_min", 123.6) == " (2 h 4 min)")
        #expect(FigureUnit.aside("duration_min", 59) == "")
        #expect(FigureUnit.aside("drones_launched", 14_999) == "")
        var d = dashboard(width: 160, height: 45)
        press(&d, .tab) // the regions pane: the selected region's totals in the detail
        let text = d.render().lines.joined(separator: "\n")
        #expect(
            text.contains(" d ") && text.contains(" h ") && text.contains("min)"),
            "the alert minutes of a region as days and hours")
    }

    /// The map's legend names each step a value can fall in once, never a range that runs
    /// backwards, for any largest value; every value from 1 up falls in the step that names it.
    @Test func theMapLegendNeverRunsBackwards() throws {
        for largest in 1...300 {
            var values = MapValues(rows: [], gazetteer: demoStore.gazetteer)
            values.largest = Double(largest)
            var named: [(step: Int, low: Double, high: Double)] = []
            for step in 1...MapValues.steps {
                guard let range = values.range(step) else { continue }
                let ends = range.split(separator: "–").compactMap { Double($0) }
                let (low, high) = (ends.first ?? 0, ends.last ?? 0)
                #expect(low <= high, "largest \(largest): step \(step) is \(range)")
                named.append((step, low, high))
            }
            for v in stride(from: 1.0, through: Double(largest), by: 1) {
                values.byCode["X"] = v
                let step = values.step("X")
                #expect(
                    named.contains { $0.step == step && $0.low <= v && v <= $0.high },
                    "largest \(largest): \(v) in step \(step)")
            }
        }
    }
}

/// Keys sent to a run, as `press` sends them to a dashboard.
func press(_ run: TestRun, _ keys: Key...) {
    for key in keys { run.send(.key(key)) }
}
