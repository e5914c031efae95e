import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

@Suite("Reloads in the dashboard")
struct ReloadTests {
    func store(_ titles: [(String, String)]) -> EventStore {
        let dir = NSTemporaryDirectory() + "/sitrep-reload-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let text =
            titles.map { #"{"id": "\#($0.0)", "time": "2024-11-26T\#($0.1)Z", "title": "event \#($0.0)"}"# }.joined(
                separator: "\n") + "\n"
        _ = FileManager.default.createFile(atPath: dir + "/a.jsonl", contents: Data(text.utf8))
        return Loader.load([.file(dir + "/a.jsonl")])
    }

    func loaded(_ s: EventStore) -> Dashboard {
        var d = Dashboard(store: .empty, width: 120, height: 40)
        d.startLoading(mode: "watching")
        d.setNow(1_000_000, clock: "12:00 UTC")
        #expect(d.render().lines.joined().contains("Loading…"))
        d.replaceStore(s, change: LibraryChange())
        return d
    }

    @Test func aPreviewShowsWhileLoadingGoesOn() {
        var d = Dashboard(store: .empty, width: 120, height: 40)
        d.startLoading(mode: "watching")
        d.showPreview(store([("c", "12:00"), ("d", "13:00")]))
        #expect(d.state.follow.loading && d.view.count == 2 && d.state.selection.id == "d")
        #expect(d.render().lines.last?.contains("loading") == true)
        d.replaceStore(
            store([("a", "10:00"), ("b", "11:00"), ("c", "12:00"), ("d", "13:00")]), change: LibraryChange())
        #expect(!d.state.follow.loading && d.view.count == 4 && d.state.selection.id == "d")
        #expect(d.state.follow.unseen == 0 && d.state.follow.lastChange == nil, "the full load is not news")
    }

    @Test func atTheNewestEventTheViewFollows() {
        var d = loaded(store([("a", "10:00"), ("b", "11:00")]))
        #expect(d.state.selection.id == "b" && !d.state.follow.loading)
        d.replaceStore(store([("a", "10:00"), ("b", "11:00"), ("c", "12:00")]), change: LibraryChange(added: ["c"]))
        #expect(d.state.selection.id == "c")
        #expect(d.state.follow.unseen == 0)
        #expect(d.state.follow.lastChange?.added == 1)
    }

    @Test func elsewhereTheSelectionStaysAndNewEventsAreCounted() {
        var d = loaded(store([("a", "10:00"), ("b", "11:00")]))
        d.handle(.down)
        #expect(d.state.selection.id == "a")
        d.replaceStore(
            store([("a", "10:00"), ("b", "11:00"), ("c", "12:00"), ("d", "13:00")]),
            change: LibraryChange(added: ["c", "d"]))
        #expect(d.state.selection.id == "a")
        #expect(d.state.selection.row == 3)
        #expect(d.state.follow.unseen == 2)
        let screen = d.render()
        #expect(screen.lines.last?.contains("2 new ↑") == true)
        #expect(screen.lines.last?.contains("changed 12:00 UTC +2 −0") == true)
        d.handle(.home)
        #expect(d.state.follow.unseen == 0)
    }

    @Test func newEventsAreMarkedForAWhile() {
        var d = loaded(store([("a", "10:00")]))
        d.setNewFor(seconds: 600)
        d.replaceStore(store([("a", "10:00"), ("b", "11:00")]), change: LibraryChange(added: ["b"]))
        var screen = renderWithTitles(&d)
        // Line 2 is the newest row (b), line 3 the older one (a); the title starts at column 24.
        #expect(screen[24, 2].role == .timelineSelected)
        d.handle(.down)
        screen = renderWithTitles(&d)
        #expect(screen[24, 2].role == .eventNew)
        #expect(screen[24, 3].role == .timelineSelected)
        d.setNow(1_000_000 + 601, clock: "12:10 UTC")
        screen = renderWithTitles(&d)
        #expect(screen[24, 2].role == .timelineRow)
    }

    @Test func aRemovedSelectedEventLeavesTheSelectionNearby() {
        var d = loaded(store([("a", "10:00"), ("b", "11:00"), ("c", "12:00")]))
        d.handle(.down)
        #expect(d.state.selection.id == "b")
        d.replaceStore(store([("a", "10:00"), ("c", "12:00")]), change: LibraryChange(removed: 1))
        #expect(d.state.selection.row == 1 && d.state.selection.id == "a")
        #expect(d.state.follow.lastChange?.removed == 1)
    }
}
