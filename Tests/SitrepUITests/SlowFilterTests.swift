import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

/// Word filters over many events run off the loop (`FilterJob`). These tests lower the size from
/// which that happens to zero, so the demo takes the same path a million events take.
@Suite("Slow filters off the loop")
struct SlowFilterTests {
    func demo() -> Dashboard {
        var d = dashboard(width: 120, height: 40)
        d.setNow(1_732_665_600, clock: "00:00 UTC")
        d.backgroundFrom = 0
        return d
    }

    /// What the loop does with a job: run it and hand the result back.
    func runJob(_ d: inout Dashboard) {
        guard let job = d.filterJob else { return }
        d.finishFilter(job, positions: job.run(Cancellation()).positions)
    }

    @Test func aWordFilterWaitsForItsJobAndSaysSo() {
        var d = demo()
        press(&d, .character("/"))
        type(&d, "drones")
        #expect(d.filterJob?.whileTyping == true)
        #expect(d.state.filtering)
        #expect(d.view.count == 1_909, "the last result stays on screen meanwhile")
        #expect(d.render().lines.last?.contains("filtering…") == false, "the filter line covers the status line while typing")
        press(&d, .enter)
        #expect(d.render().lines.last?.contains("filtering…") == true)
        let expected = QueryMatcher(store: d.store, query: .text("drones")).positions().count
        runJob(&d)
        #expect(d.filterJob == nil && !d.state.filtering)
        #expect(d.view.count == expected && expected > 0 && expected < 1_909)
        #expect(d.render().lines.last?.contains("\(expected) of 1,909 events") == true)
    }

    @Test func theResultOfAnOlderKeystrokeIsIgnored() {
        var d = demo()
        press(&d, .character("/"))
        type(&d, "kursk")
        let older = d.filterJob!
        type(&d, " drones")
        let newer = d.filterJob!
        #expect(newer.generation > older.generation)
        d.finishFilter(older, positions: older.run(Cancellation()).positions)
        #expect(d.state.filtering && d.view.count == 1_909)
        d.finishFilter(newer, positions: newer.run(Cancellation()).positions)
        #expect(!d.state.filtering)
        #expect(d.view.count == QueryMatcher(store: d.store, query: try! QueryParser(now: 0).parse("kursk drones")).positions().count)
    }

    @Test func fieldFiltersStillApplyAtOnce() {
        var d = demo()
        press(&d, .character("/"))
        type(&d, "region:kursk")
        #expect(d.filterJob == nil && d.view.count == 2)
    }

    @Test func appendedEventsAreFilteredWithoutAJob() throws {
        let dir = NSTemporaryDirectory() + "/sitrep-slow-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/feed.jsonl"
        let line = { (id: String, hour: Int, body: String) in #"{"id": "\#(id)", "time": "2024-11-26T\#(hour):00:00Z", "title": "event \#(id)", "body": "\#(body)"}"# + "\n" }
        try (line("a", 10, "drones over Sumy") + line("b", 11, "quiet")).write(toFile: path, atomically: true, encoding: .utf8)
        let library = EventLibrary(sources: [.file(path)], options: LoadOptions())
        var d = Dashboard(store: .empty, width: 120, height: 40)
        d.backgroundFrom = 0
        d.startLoading(mode: "watching")
        d.replaceStore(library.loadAll(), change: LibraryChange())
        d.setFilter("drones", history: [])
        runJob(&d)
        #expect(d.view.count == 1)

        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data((line("c", 12, "more drones") + line("d", 13, "calm")).utf8))
        try handle.close()
        let change = library.refresh([path])
        let next = library.snapshot()
        #expect(next.continues(d.store))
        d.replaceStore(next, change: change)
        #expect(d.filterJob == nil, "appended events are looked at alone, on the loop")
        #expect(d.view.positions.map(d.store.id(at:)) == ["c", "a"])
        #expect(d.state.selectedID == "c", "the selection at the newest event follows")

        // A rewrite is not an append: the whole filter runs again, and the new store waits for it.
        try (line("a", 10, "drones over Sumy") + line("e", 14, "drones again")).write(toFile: path, atomically: true, encoding: .utf8)
        let rewrite = library.refresh([path])
        let rebuilt = library.snapshot()
        #expect(!rebuilt.continues(d.store))
        d.replaceStore(rebuilt, change: rewrite)
        #expect(d.filterJob != nil && d.store !== rebuilt)
        runJob(&d)
        #expect(d.store === rebuilt)
        #expect(d.view.positions.map(d.store.id(at:)) == ["e", "a"])
    }
}
