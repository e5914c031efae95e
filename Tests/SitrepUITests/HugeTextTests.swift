import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

/// Titles and bodies of megabytes: drawn in bounded time and space, cut with a note.
@Suite("Huge texts")
struct HugeTextTests {
    @Test func wrappingAWordOfAMillionCharactersIsOnePass() {
        // Cutting such a word by measuring the rest of it again for every piece never finished.
        let word = String(repeating: "x", count: 1_000_000)
        let lines = wrap("before " + word + " after", 7)
        #expect(lines.first == "before")
        #expect(lines.count == 1 + 1_000_000 / 7 + 1)
        #expect(lines.dropFirst().dropLast().allSatisfy { $0.count == 7 })
        #expect(lines.last == "x after")
        // Wide characters are never split across the width.
        #expect(wrap(String(repeating: "東", count: 5), 3) == ["東", "東", "東", "東", "東"])
        #expect(wrap("a 東京 b", 4) == ["a", "東京", "b"])
        #expect(wrap("one two three", 9) == ["one two", "three"])
    }

    @Test func theDetailShowsThePartAScreenCanHoldAndSaysWhatIsLeftOut() {
        let dir = NSTemporaryDirectory() + "/sitrep-huge-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let title = String(repeating: "Ж", count: 3_000_000)
        let body = String(repeating: "word ", count: 1_000_000)
        let text = #"{"time": "2024-11-26T12:00:00Z", "title": "\#(title)", "body": "\#(body)"}"# + "\n"
        _ = FileManager.default.createFile(atPath: dir + "/huge.jsonl", contents: Data(text.utf8))
        let store = Loader.load([.file(dir + "/huge.jsonl")])
        // A row reads only the start of the title, cut at a character (Ж is two bytes).
        #expect(store.title(at: 0, maxBytes: 5) == "ЖЖ")
        #expect(store.title(at: 0, maxBytes: Dashboard.titleBytes).count == Dashboard.titleBytes / 2)
        let d = dashboard(store, width: 80, height: 24)
        let lines = d.detailLines(d.state.selection.detail!, width: 40)
        let shown = lines.map { $0.map(\.0).joined() }
        #expect(shown.contains("… 5,992,000 more bytes not shown (sitrep list --format jsonl has them)"))
        #expect(shown.contains("… 4,800,000 more bytes not shown (sitrep list --format jsonl has them)"))
        #expect(lines.count < (Dashboard.shownTitle + Dashboard.shownBody) / 20)
        #expect(d.render().lines.contains { $0.contains("ЖЖЖЖЖЖ") })
    }
}
