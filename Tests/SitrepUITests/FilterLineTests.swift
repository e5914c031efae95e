import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

@Suite("Filter line and quick filters")
struct FilterLineTests {
    /// The demo at 120x40 with "now" at 2024-11-27T00:00Z.
    func demo() -> Dashboard {
        var d = dashboard(width: 120, height: 40)
        d.setNow(1_732_665_600, clock: "00:00 UTC")
        return d
    }

    @Test func theViewFollowsTheQueryAsYouType() {
        var d = demo()
        press(&d, .character("/"))
        #expect(d.state.mode == .editingFilter)
        type(&d, "region:kursk")
        #expect(d.view.count == 2)
        #expect(d.render().lines.last?.hasPrefix("/ region:kursk█") == true)
        press(&d, .enter)
        #expect(
            d.state.mode == .normal && d.state.query.filter == "region:kursk"
                && d.state.query.history == ["region:kursk"])
        #expect(d.render().lines.last?.contains("2 of 1,911 events") == true)
        #expect(d.render().lines.last?.contains("filter: region:kursk") == true)
    }

    @Test func anInvalidQueryKeepsTheLastValidOneAndSaysWhere() {
        var d = demo()
        press(&d, .character("/"))
        type(&d, "region:kursk (")
        #expect(d.state.query.error == QueryError(message: "'(' without its ')'", column: 14))
        #expect(d.view.count == 2)
        let screen = d.render()
        #expect(screen.lines[38].hasPrefix(String(repeating: " ", count: 15) + "^ '(' without its ')'"))
        #expect(screen[0, 38].role == .filterError)
        press(&d, .backspace)
        #expect(d.state.query.error == nil)
    }

    /// Enter on a draft that does not parse keeps the line open with its error: the prefix that
    /// was valid a keystroke before (`kharkiv o`, `fig:drones_launched>=1`, `on`) is not committed,
    /// nor saved to the history; Esc then puts back the filter from before.
    @Test(arguments: ["kharkiv or", "fig:drones_launched>=1OO", "on:2024-13-45"])
    func enterOnAnInvalidFilterKeepsItOpenAndCommitsNothing(_ typed: String) {
        var d = demo()
        press(&d, .character("/"))
        type(&d, "region:sumy")
        press(&d, .enter)
        press(&d, .character("/"), .control("u"))
        type(&d, typed)
        #expect(d.state.query.error != nil, "\(typed) does not parse")
        press(&d, .enter)
        #expect(d.state.mode == .editingFilter)
        #expect(d.state.query.error != nil)
        #expect(d.state.query.history == ["region:sumy"])
        #expect(d.render().lines[38].contains("^"), "the error is still shown")
        press(&d, .escape)
        #expect(d.state.mode == .normal && d.state.query.filter == "region:sumy")
    }

    @Test func escRestoresThePreviousFilterAndHistoryWalksBack() {
        var d = demo()
        press(&d, .character("/"))
        type(&d, "region:kursk")
        press(&d, .enter, .character("/"), .control("u"))
        type(&d, "cat:legal")
        #expect(d.view.count == 3)
        press(&d, .escape)
        #expect(d.state.query.filter == "region:kursk" && d.view.count == 2)
        press(&d, .character("/"), .control("u"))
        type(&d, "fig:drones_launched>=100")
        press(&d, .enter, .character("/"), .up)
        #expect(d.state.query.draft == "fig:drones_launched>=100")
        press(&d, .up)
        #expect(d.state.query.draft == "region:kursk" && d.view.count == 2)
        press(&d, .down, .down)
        #expect(d.state.query.draft == "fig:drones_launched>=100")
        press(&d, .escape)
    }

    @Test func timeWindowsInvertAndClear() {
        var d = demo()
        // Counted straight from the store: events at or after "now" less the window.
        func since(_ seconds: Int64) -> Int {
            (0..<demoStore.count).filter { demoStore.time(at: $0).seconds >= 1_732_665_600 - seconds }.count
        }
        press(&d, .character("7"))
        #expect(d.view.count == since(7 * 86_400))
        press(&d, .character("3"))
        #expect(d.view.count == since(30 * 86_400))
        press(&d, .character("1"))
        #expect(d.view.count == since(86_400))
        #expect(d.render().lines.last?.contains("filter: last 24 h") == true)
        press(&d, .character("0"))
        #expect(d.view.count == 1911)
        press(&d, .character("/"))
        type(&d, "cat:air")
        press(&d, .enter, .character("!"))
        #expect(d.view.count == 22)
        #expect(d.render().lines.last?.contains("filter: NOT cat:air") == true)
        press(&d, .character("x"))
        #expect(d.view.count == 1911 && d.state.query.filter.isEmpty && !d.state.query.inverted)
    }

    @Test func keysTypedInTheFilterLineAreNotCommands() {
        var d = demo()
        press(&d, .character("/"))
        #expect(d.handle(.character("q")).isEmpty)
        #expect(d.state.mode == .editingFilter && d.state.query.draft == "q")
        press(&d, .escape)
        #expect(d.state.query.filter.isEmpty)
    }
}

/// A filter in force that stops reading with the files (its field was only in a file that went away)
/// selects nothing and says why, instead of showing every event under its name.
@Suite("A filter that no longer applies")
struct StaleFilterTests {
    @Test func aFieldTheFilesNoLongerHaveSelectsNothingAndSaysSo() throws {
        let dir = NSTemporaryDirectory() + "/sitrep-stale-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let csv = dir + "/with-level.jsonl"
        try
            (#"{"id": "r1", "time": "2024-11-26T10:00Z", "title": "Shelling", "regions": ["Sumy Oblast"], "level": "oblast"}"#
            + "\n").write(toFile: csv, atomically: true, encoding: .utf8)
        let jsonl = dir + "/plain.jsonl"
        try (#"{"id": "j1", "time": "2024-11-26T11:00Z", "title": "Alert", "regions": ["Sumy Oblast"]}"# + "\n").write(
            toFile: jsonl, atomically: true, encoding: .utf8)
        var d = dashboard(Loader.load([.file(csv), .file(jsonl)]), width: 120, height: 40)
        d.setFilter("level:oblast", history: [])
        #expect(d.view.positions.map(d.store.id(at:)) == ["r1"])
        d.replaceStore(Loader.load([.file(jsonl)]), change: LibraryChange())
        #expect(d.view.count == 0)
        #expect(d.render().lines.last?.contains("filter no longer applies to these files") == true)
    }
}
