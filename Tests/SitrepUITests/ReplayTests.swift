import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

/// `--replay SPEED` with a made-up clock: events appear in order and on time.
@Suite("Replay")
struct ReplayTests {
    /// Three alerts: at 00:00, 00:01 and 00:10 on 1 December 2024.
    func run(speed: Double = 600) -> TestRun {
        var settings = RuntimeSettings()
        settings.replay = speed
        return TestRun(
            lines: [alertLine("a", minutes: 0), alertLine("b", minutes: 1), alertLine("c", minutes: 10)],
            settings: settings)
    }

    @Test func eventsAppearInOrderAtTheirTimesScaledBySpeed() {
        let run = run()
        #expect(
            run.dashboard.view.positions.map(run.dashboard.store.id(at:)) == ["a"],
            "the clock starts at the first event")
        // As of the replay's clock, the later events have not happened: counted nowhere, and said.
        #expect(
            run.statusLine.hasPrefix(" REPLAY ×600 · 1 of 1 events")
                && run.statusLine.contains("2 later events hidden"), "\(run.statusLine)")
        // A minute of events' time is 100 ms at 600 times.
        let wait = Int(run.program.timeout(at: run.now))
        #expect((99...101).contains(wait), "asleep until the next event, not \(wait) ms")
        run.tick(after: 99)
        #expect(run.dashboard.view.count == 1)
        run.tick(after: 1)
        #expect(run.dashboard.view.positions.map(run.dashboard.store.id(at:)) == ["b", "a"])
        #expect(run.dashboard.state.selection.id == "b", "at the newest, the selection follows as on a live feed")
        #expect(run.dashboard.isNew(run.dashboard.store.position(ofID: "b")!))
        run.tick(after: 899)
        #expect(run.dashboard.view.count == 2)
        run.tick(after: 1)
        #expect(run.dashboard.view.count == 3)
        #expect(run.statusLine.contains("00:10 UTC"), "the clock on screen is the replay's")
    }

    @Test func keysPauseResumeAndChangeTheSpeed() {
        let run = run()
        run.press(.character("P"))
        #expect(run.dashboard.state.time.replay?.paused == true && run.statusLine.contains("REPLAY ×600 paused"))
        #expect(run.statusLine.components(separatedBy: "×600 paused").count == 2, "said once: \(run.statusLine)")
        run.tick(after: 5_000)
        #expect(run.dashboard.view.count == 1, "paused: nothing arrives")
        run.press(.character("P"))
        run.press(.character("+"))
        #expect(run.dashboard.state.time.replay?.speed == 1_200)
        run.tick(after: 50)
        #expect(run.dashboard.view.count == 2, "a minute at 1,200 times is 50 ms")
        run.press(.character("-"), .character("-"))
        #expect(run.dashboard.state.time.replay?.speed == 300)
        run.tick(after: 1_600)
        #expect(run.dashboard.view.count == 2)
        run.tick(after: 200)
        #expect(run.dashboard.view.count == 3, "nine more minutes at 300 times: 1.8 s")
    }
}
