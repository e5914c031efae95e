import Foundation
import Testing
import SitrepKit
@testable import SitrepUI
import SitrepTestSupport

/// Jumps across a long timeline cost what the screen shows: `G` on 20,000 events once froze the
/// dashboard for a minute, moving the top row one row at a time and measuring at each step.
@Suite("Large jumps")
struct LargeJumpTests {
    /// `count` events, `perDay` a day, some with two sources so that stories group them.
    static func store(_ count: Int, perDay: Int) -> EventStore {
        let dir = NSTemporaryDirectory() + "/sitrep-jumps-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var text = ""
        for i in 0..<count {
            let seconds = 1_700_000_000 + (i / perDay) * 86_400 + (i % perDay) * (86_000 / perDay)
            let time = CivilTime(secondsSinceEpoch: Int64(seconds))
            func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
            let stamp =
                "\(time.year)-\(two(time.month))-\(two(time.day))T\(two(time.hour)):\(two(time.minute)):\(two(time.second))Z"
            text +=
                #"{"id": "e\#(i)", "time": "\#(stamp)", "regions": ["Sumy"], "title": "Report \#(i / 3) on shelling near the border", "sources": ["S\#(i % 3)"]}"#
                + "\n"
        }
        let path = dir + "/feed.jsonl"
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return Loader.load([.file(path)])
    }

    @Test func theLastRowOfTwentyThousandEventsIsOnScreenAtOnce() {
        var d = dashboard(Self.store(20_000, perDay: 37), width: 120, height: 40)
        press(&d, .character("o")) // oldest first: the last row is the newest
        press(&d, .character("G"))
        #expect(d.state.selection.row == d.view.count - 1)
        let shown = d.timelineLines(d.shownParts[0].rect.inner, top: d.timelineTop).compactMap(\.row)
        #expect(shown.last == d.state.selection.row, "the selected row is the last one drawn")
        press(&d, .character("g"))
        #expect(d.state.selection.row == 0 && d.timelineTop == 0)
        press(&d, .end)
        #expect(
            d.timelineLines(d.shownParts[0].rect.inner, top: d.timelineTop).compactMap(\.row).last == d.view.count - 1)
    }

    /// The top row found by walking up from the selection is the lowest top from which drawing the
    /// timeline still reaches the selection, found here by drawing: two ways to the same answer,
    /// with day lines and a story's listed reports in between.
    @Test(arguments: [4, 9, 40])
    func theTopIsTheLowestFromWhichTheSelectionIsDrawn(_ height: Int) {
        var d = dashboard(Self.store(400, perDay: 7), width: 120, height: height + 2)
        press(&d, .character("r"), .character("g"), .down, .down, .enter) // stories, and one listed
        let area = Rect(x: 0, y: 0, width: 60, height: height)
        var random = SeededRandom(seed: 7)
        for _ in 0..<60 {
            let selected = random.next(d.view.count)
            let found = d.lowestTop(through: selected, height: height)
            var probe = d
            var drawnFrom = selected
            for top in stride(from: selected, through: 0, by: -1) {
                probe.timelineTop = top
                guard probe.timelineLines(area, top: probe.timelineTop).contains(where: { $0.row == selected }) else {
                    break
                }
                drawnFrom = top
            }
            #expect(found == drawnFrom, "row \(selected) at height \(height)")
        }
    }

    /// `r` over a store at or past the size where work leaves the loop groups it beside the screen:
    /// the key hands the grouping to the filter queue (the same job a slow filter is), and the
    /// rows are stories once it is done.
    @Test func groupingALargeStoreRunsBesideTheScreen() {
        let lines = (0..<300).map { i in
            #"{"id": "r\#(i)", "time": "2024-12-01T\#(10 + i / 60):\#(i % 60 < 10 ? "0" : "")\#(i % 60):00Z", "regions": ["Sumy"], "title": "alpha\#(i / 2) bravo\#(i / 2) charlie\#(i / 2) delta\#(i / 2)", "sources": ["S\#(i % 2)"]}"#
        }
        let run = TestRun(lines: lines, backgroundFrom: 100)
        #expect(run.dashboard.view.count == 300)
        let effects = run.press(.character("r"))
        #expect(effects.filterRuns.count == 1, "the grouping is a job beside the screen")
        #expect(run.dashboard.view.count == 150, "two reports a story once the job is done")
        #expect(run.dashboard.stories != nil)
        let small = TestRun(lines: lines, backgroundFrom: 1_000)
        #expect(small.press(.character("r")).filterRuns.isEmpty, "a small store is grouped at once")
        #expect(small.dashboard.view.count == 150)
    }

    /// A figure of 1e400 is left out with a warning; two of 1.7e308 on one day sum to the largest
    /// double; the trends pane plotting them draws instead of trapping on ∞/∞.
    @Test func trendsOfFiguresAtTheEdgeOfADouble() {
        let dir = NSTemporaryDirectory() + "/sitrep-edge-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/edge.jsonl"
        let lines = [
            #"{"time":"2024-11-26T07:00:00Z","title":"a","figures":{"x":1e400}}"#,
            #"{"time":"2024-11-26T08:00:00Z","title":"b","figures":{"x":1.7e308}}"#,
            #"{"time":"2024-11-26T09:00:00Z","title":"c","figures":{"x":1.7e308}}"#,
            #"{"time":"2024-11-27T09:00:00Z","title":"d","figures":{"x":1e20}}"#,
        ]
        _ = FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        let store = Loader.load([.file(path)])
        #expect(store.diagnostics.contains { $0.description.contains("beyond the largest number") })
        var d = dashboard(store, width: 120, height: 40)
        press(&d, .character("t"), .character("p"))
        let screen = d.render().lines.joined(separator: "\n")
        #expect(!screen.contains("∞") && !screen.contains("inf"))
        #expect(screen.contains("1e20") || screen.contains("2e308"), "the axis or readout names the value")
        press(&d, .character("m"))
        _ = d.render()
    }
}
