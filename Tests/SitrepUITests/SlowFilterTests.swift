import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

/// Word filters over many events run off the key handler (`FilterJob`), scheduled by the runtime.
/// These tests lower the size from which that happens to zero, so the demo takes the path a
/// million events take, and drive the real runtime with a made-up clock.
@Suite("Slow filters off the loop")
struct SlowFilterTests {
    @Test func aWordFilterWaitsForItsJobAndSaysSo() {
        let run = TestRun(backgroundFrom: 0)
        run.press(.character("/"))
        for c in "drones" { run.press(.character(c)) }
        #expect(run.dashboard.filterJob?.whileTyping == true)
        #expect(run.dashboard.state.query.filtering)
        #expect(run.dashboard.view.count == 1_911, "the last result stays on screen meanwhile")
        #expect(!run.statusLine.contains("filtering…"), "the filter line covers the status line while typing")
        run.press(.enter)
        #expect(run.statusLine.contains("filtering…"))
        let expected = QueryMatcher(store: run.dashboard.store, query: .text("drones")).positions().count
        run.tick(after: 150)
        #expect(run.dashboard.filterJob == nil && !run.dashboard.state.query.filtering)
        #expect(run.dashboard.view.count == expected && expected > 0 && expected < 1_911)
        #expect(run.statusLine.contains("\(expected) of 1,911 events"))
    }

    @Test func theResultOfAnOlderKeystrokeIsIgnored() throws {
        var d = dashboard(width: 120, height: 40)
        d.backgroundFrom = 0
        press(&d, .character("/"))
        type(&d, "kursk")
        let older = try #require(d.filterJob)
        type(&d, " drones")
        let newer = try #require(d.filterJob)
        #expect(newer.generation > older.generation)
        d.finishFilter(older, positions: older.run(Cancellation()).positions)
        #expect(d.state.query.filtering && d.view.count == 1_911)
        d.finishFilter(newer, positions: newer.run(Cancellation()).positions)
        #expect(!d.state.query.filtering)
        #expect(
            d.view.count
                == QueryMatcher(store: d.store, query: try QueryParser(now: 0).parse("kursk drones")).positions().count)
    }

    @Test func fieldFiltersStillApplyAtOnce() {
        var d = dashboard(width: 120, height: 40)
        d.backgroundFrom = 0
        press(&d, .character("/"))
        type(&d, "region:kursk")
        #expect(d.filterJob == nil && d.view.count == 2)
    }

    @Test func appendedEventsAreFilteredWithoutAJob() throws {
        let line = { (id: String, hour: Int, body: String) in
            #"{"id": "\#(id)", "time": "2024-11-26T\#(hour):00:00Z", "title": "event \#(id)", "body": "\#(body)"}"#
        }
        var settings = RuntimeSettings()
        settings.filter = "drones"
        let run = TestRun(
            lines: [line("a", 10, "drones over Sumy"), line("b", 11, "quiet")], settings: settings, backgroundFrom: 0)
        #expect(run.dashboard.view.positions.map(run.dashboard.store.id(at:)) == ["a"])

        run.append(line("c", 12, "more drones"), line("d", 13, "calm"))
        let effects = run.send(.filesChanged([run.path]), after: 1_000)
        #expect(effects.filterRuns.isEmpty, "appended events are looked at alone, on the loop")
        #expect(run.dashboard.view.positions.map(run.dashboard.store.id(at:)) == ["c", "a"])
        #expect(run.dashboard.state.selection.id == "c", "the selection at the newest event follows")

        // A rewrite is not an append: the whole filter runs again, and the new store waits for it.
        try ([line("a", 10, "drones over Sumy"), line("e", 14, "drones again")].joined(separator: "\n") + "\n")
            .write(toFile: run.path, atomically: true, encoding: .utf8)
        let rewrite = run.send(.filesChanged([run.path]), after: 1_000)
        #expect(rewrite.filterRuns.count == 1)
        #expect(run.dashboard.view.positions.map(run.dashboard.store.id(at:)) == ["e", "a"])
    }
}
