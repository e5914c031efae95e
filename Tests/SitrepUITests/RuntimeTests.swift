import Foundation
import Testing
import SitrepKit
@testable import SitrepUI
import SitrepWork

/// The runtime as a run drives it: scripted messages, a made-up clock, no terminal, no sleeping.
@Suite("Runtime")
struct RuntimeTests {
    @Test func aBurstOfAppendsBecomesOneReloadPerSpacing() {
        let run = TestRun(lines: [alertLine("a", minutes: 0)])
        #expect(run.dashboard.store.count == 1)
        // The first change after a quiet spell is read at once.
        run.append(alertLine("b", minutes: 1))
        #expect(run.send(.filesChanged([run.path]), after: 1_000).reloads == [[run.path]])
        #expect(run.dashboard.store.count == 2)
        // A burst within the spacing waits, gathered into one reload.
        for (i, id) in ["c", "d", "e", "f", "g"].enumerated() {
            run.append(alertLine(id, minutes: 2 + i))
            #expect(run.send(.filesChanged([run.path]), after: 4).reloads.isEmpty)
        }
        #expect(run.dashboard.store.count == 2)
        #expect(run.program.timeout(at: run.now) <= 6, "the shell wakes when the spacing is over")
        #expect(run.tick(after: 3).reloads.isEmpty)
        #expect(run.tick(after: 2).reloads == [[run.path]])
        #expect(run.dashboard.store.count == 7)
        #expect(run.tick(after: 100).reloads.isEmpty, "nothing left to read")
    }

    @Test func theViewFollowsNewEventsAtTheNewestAndCountsThemElsewhere() {
        let run = TestRun(lines: [alertLine("a", minutes: 0), alertLine("b", minutes: 1)])
        #expect(run.dashboard.state.selection.id == "b")
        run.append(alertLine("c", minutes: 2))
        run.send(.filesChanged([run.path]), after: 1_000)
        #expect(run.dashboard.state.selection.id == "c", "at the newest event, the selection follows")
        #expect(!run.statusLine.contains("new ↑"))
        run.press(.down)
        #expect(run.dashboard.state.selection.id == "b")
        run.append(alertLine("d", minutes: 3))
        run.send(.filesChanged([run.path]), after: 1_000)
        #expect(run.dashboard.state.selection.id == "b", "elsewhere the selection stays")
        #expect(run.statusLine.contains("1 new ↑"))
        #expect(run.dashboard.isNew(run.dashboard.store.position(ofID: "d")!))
        // The new-event mark expires after --new-for, and the shell is woken for it.
        let untilExpiry = Int(run.program.timeout(at: run.now))
        #expect(untilExpiry <= 60_005)
        run.tick(after: 600_000)
        #expect(!run.dashboard.isNew(run.dashboard.store.position(ofID: "d")!))
    }

    @Test func aSlowFilterWaitsForATypingPauseAndIsCancelledByTheNextKey() throws {
        let run = TestRun(backgroundFrom: 0)
        var runtime = run.program.runtime
        var now = run.now
        func send(_ m: Message, after ms: Int = 10) -> [Effect] {
            now = now.adding(milliseconds: ms)
            return runtime.update(m, at: now)
        }
        _ = send(.key(.character("/")))
        for c in "dro" { #expect(send(.key(.character(c))).filterRuns.isEmpty, "no search while typing") }
        #expect(runtime.dashboard.state.query.filtering)
        let first = send(.tick, after: 150).filterRuns
        #expect(first.count == 1, "after a pause in typing the filter runs")
        let (older, olderCancel) = try #require(first.first)
        let typed = send(.key(.character("n")))
        #expect(typed.cancels.contains { $0 === olderCancel }, "the next key cancels the running filter")
        #expect(typed.filterRuns.isEmpty)
        // Its result, had it come anyway, is ignored.
        let shown = runtime.dashboard.view.count
        _ = send(.filterFinished(older, positions: [], unreadable: []))
        #expect(runtime.dashboard.view.count == shown && runtime.dashboard.state.query.filtering)
        let (newer, cancel) = try #require(send(.tick, after: 150).filterRuns.first)
        let result = newer.run(cancel)
        _ = send(.filterFinished(newer, positions: result.positions, unreadable: result.unreadable))
        #expect(!runtime.dashboard.state.query.filtering)
        #expect(
            runtime.dashboard.view.count
                == QueryMatcher(store: runtime.dashboard.store, query: .text("dron")).positions().count)
        #expect(runtime.dashboard.view.count > 0 && runtime.dashboard.view.count < 1_911)
    }

    @Test func ctrlFOverManyEventsSearchesOffTheKeyHandler() throws {
        let run = TestRun(backgroundFrom: 0)
        var runtime = run.program.runtime
        let before = runtime.dashboard.state.selection.id
        var effects = runtime.update(.key(.control("f")), at: run.now)
        for c in "drones" { effects += runtime.update(.key(.character(c)), at: run.now) }
        effects += runtime.update(.key(.enter), at: run.now)
        let (job, cancel) = try #require(effects.searchRuns.first)
        #expect(runtime.dashboard.state.selection.id == before, "the key handler did not scan")
        #expect(runtime.dashboard.render().lines.last?.contains("searching…") == true)
        _ = runtime.update(.searchFinished(job, positions: job.run(cancel)), at: run.now)
        let selected = try #require(runtime.dashboard.selectedPosition)
        #expect(QueryMatcher(store: runtime.dashboard.store, query: .text("drones")).matches(selected))
        // A search given up (Esc) before it finishes is cancelled.
        _ = runtime.update(.key(.control("f")), at: run.now)
        _ = runtime.update(.key(.character("x")), at: run.now)
        let next = runtime.update(.key(.enter), at: run.now)
        let pending = try #require(next.searchRuns.first?.1)
        _ = runtime.update(.key(.control("f")), at: run.now)
        #expect(runtime.update(.key(.escape), at: run.now).cancels.contains { $0 === pending })
        // Through the program, the search runs and the selection moves at once.
        run.press(.control("f"))
        for c in "drones" { run.press(.character(c)) }
        run.press(.enter)
        #expect(
            run.dashboard.selectedPosition.map {
                QueryMatcher(store: run.dashboard.store, query: .text("drones")).matches($0)
            } == true)
    }

    @Test func theWallRotatesAtItsInterval() {
        var settings = RuntimeSettings()
        settings.wall = WallSettings(clocks: [("UTC", .utc)], rotate: 30)
        settings.views = [("kharkiv", "region:kharkiv"), ("sumy", "region:sumy")]
        let run = TestRun(settings: settings)
        #expect(run.dashboard.state.query.viewName == "kharkiv")
        #expect(run.program.timeout(at: run.now) <= 30_001)
        run.tick(after: 29_900)
        #expect(run.dashboard.state.query.viewName == "kharkiv")
        let drawn = run.screen.draws
        run.tick(after: 100)
        #expect(run.screen.draws == drawn + 1, "drawn once, with the next view")
        #expect(run.dashboard.state.query.viewName == "sumy")
        run.tick(after: 30_000)
        #expect(run.dashboard.state.query.viewName == "kharkiv")
    }

    @Test func theNightThemeSwitchesAtTheWindowsEdge() {
        var settings = RuntimeSettings()
        settings.wall = WallSettings(clocks: [("UTC", .utc)])
        settings.night = NightHours(from: 22 * 60, to: 7 * 60, zone: .utc)
        // 2024-12-01 21:59:00 UTC.
        let run = TestRun(settings: settings, at: 1_733_090_340)
        #expect(run.screen.theme?.name == "dark")
        #expect(run.tick(after: 59_999).themes.isEmpty)
        #expect(run.program.timeout(at: run.now) <= 6, "the minute's turn wakes the shell")
        #expect(run.tick(after: 1).themes == ["night"])
        #expect(run.screen.theme?.name == "night")
        run.tick(after: 9 * 3_600_000 - 1)
        #expect(run.screen.theme?.name == "night")
        #expect(run.tick(after: 1).themes == ["dark"])
    }

    @Test func theClockRedrawsWhenTheMinuteTurnsAndAtNoOtherIdleMoment() {
        let run = TestRun()
        let drawn = run.screen.draws
        #expect(run.statusLine.contains("00:00 UTC"))
        #expect(run.tick(after: 10_000).draws == 0)
        #expect(run.screen.draws == drawn)
        let wait = Int(run.program.timeout(at: run.now))
        #expect((19_000...20_010).contains(wait), "asleep until the minute turns, not \(wait) ms")
        #expect(run.tick(after: wait).draws == 1)
        #expect(run.statusLine.contains("00:01 UTC"))
        #expect(run.tick(after: 30_000).draws == 0)
    }

    @Test func aSignalEndsTheRunWithItsStatusAndKeepsTheHistory() {
        let run = TestRun()
        run.press(.character("/"))
        for c in "region:sumy" { run.press(.character(c)) }
        run.press(.enter)
        let effects = run.send(.signal(SIGTERM))
        #expect(run.program.exitStatus == 143)
        #expect(effects.contains { if case .saveHistory(let h) = $0 { h == ["region:sumy"] } else { false } })
        #expect(effects.contains { if case .quit(143) = $0 { true } else { false } })
        let quit = TestRun()
        quit.press(.character("q"))
        #expect(quit.program.exitStatus == 0)
    }

    /// What a key asks for comes back from `handle` and leaves the runtime as effects in the same
    /// update: nothing waits in a flag for the schedule to notice.
    @Test func keysAskForEffectsByReturningThem() {
        let run = TestRun()
        let snapshot = run.press(.character("S"))
        #expect(snapshot.contains { if case .writeSnapshot = $0 { true } else { false } })
        let theme = run.press(.character("T"))
        #expect(theme.contains { if case .applyTheme = $0 { true } else { false } })
        #expect(run.press(.character("j")).allSatisfy { if case .applyTheme = $0 { false } else { true } })
        let quit = run.press(.character("q"))
        #expect(quit.contains { if case .quit(0) = $0 { true } else { false } })
        var d = run.program.runtime.dashboard
        #expect(d.handle(.character("S")) == [.snapshot])
        #expect(d.handle(.character("x")).isEmpty)
    }
}

/// Titles in files are read off the loop: drawing leaves them out and notes them, the runtime asks
/// for each once, and what the work reads back is drawn.
@Suite("Titles read off the loop")
struct TitlesOffTheLoopTests {
    @Test func drawingNeverReadsAFileAndTheTitlesArriveAfter() {
        let lines = (0..<30).map { i in
            #"{"id": "t\#(i)", "time": "2024-11-26T\#(10 + i / 10):\#(10 + i % 10):00Z", "title": "title number \#(i) from the file"}"#
        }
        let run = TestRun(lines: lines)
        // Driven through the program at once, the screen has every title on it.
        #expect(run.screen.lines.joined(separator: "\n").contains("title number 29 from the"))
        // A dashboard drawn on its own (no work behind it) leaves the titles out and notes them.
        var fresh = Dashboard(store: run.program.runtime.dashboard.store, width: 120, height: 40)
        fresh.settle()
        let first = fresh.render().lines.joined(separator: "\n")
        #expect(!first.contains("title number 29"))
        let missing = fresh.missingTitles()
        #expect(missing.contains(29) && missing.count >= 20)
        var runtime = Runtime(resuming: fresh)
        _ = runtime.dashboard.render()
        let asked = runtime.titlesWanted()
        #expect(asked.count == 1)
        _ = runtime.dashboard.render()
        #expect(runtime.titlesWanted().isEmpty, "asked once per snapshot, not at every frame")
        guard case .readTitles(let store, let positions) = asked.first else { return }
        let read = Dictionary(uniqueKeysWithValues: positions.map { ($0, store.title(at: $0)) })
        _ = runtime.update(.titlesRead(store, read), at: Instant(wall: 0, uptime: 0))
        #expect(runtime.dashboard.render().lines.joined(separator: "\n").contains("title number 29 from the"))
    }

    /// Until the new selection's detail is read, the pane shows its title and says it is reading:
    /// never the event before under the new selection.
    @Test func theDetailOfTheEventBeforeIsNeverShownUnderANewOne() {
        var d = dashboard(width: 120, height: 40)
        let before = d.state.selection.detail?.title ?? ""
        #expect(!before.isEmpty)
        d.handle(.down)
        let screen = d.render().lines.map { String($0.suffix(30)) }.joined(separator: "\n")
        #expect(screen.contains("reading…"))
        run(&d, [.tick])
        #expect(d.state.selection.detail?.id == d.store.id(at: d.selectedPosition!))
        #expect(!d.render().lines.joined().contains("reading…"))
    }
}
