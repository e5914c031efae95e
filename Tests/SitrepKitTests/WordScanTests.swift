import Foundation
import Testing
@testable import SitrepKit
import SitrepTestSupport

/// The word search that reads bodies back from the files in blocks must find exactly what folding
/// each event's text finds: the byte scanner's shortcuts (ASCII case folding, the "cannot be here"
/// answer for plain ASCII) are checked against `TextFold` on generated text.
@Suite("Word search")
struct WordScanTests {
    @Test func theByteScannerAgreesWithFoldingOnGeneratedText() {
        let pieces = [
            "a", "B", "c", "ab", "AB", "é", "É", "Kyïv", "kyiv", "\\", "\"", " ", "x", "Харків", "харків", "ß", "ﬁ",
            "\u{301}", "1", "@", "`",
        ]
        let needles = ["ab", "abc", "kyiv", "a", "b a", "харків", "xx", "e", "fi", "@", "1x", "aaaaaaaaaaaaaaaaaaab"]
        var r = Random(state: 5)
        for _ in 0..<3000 {
            let text = (0..<r.next(60)).map { _ in pieces[r.next(pieces.count)] }.joined()
            let bytes = Array(text.utf8)
            for n in needles {
                let needle = FoldedNeedle(TextFold.fold(n))
                let expected = TextFold.fold(text).contains(needle.text)
                let got = bytes.withUnsafeBufferPointer { needle.isIn($0) }
                #expect(got == expected, "\(n) in \(text)")
            }
        }
    }

    @Test func plainASCIIWithoutTheWordIsAnsweredWithoutFolding() {
        let needle = FoldedNeedle("substation")
        func scan(_ s: String) -> FoldedNeedle.Scan { Array(s.utf8).withUnsafeBufferPointer { needle.scan($0) } }
        #expect(scan(String(repeating: "grid and power lines ", count: 10)) == .absent)
        #expect(scan(String(repeating: "x", count: 40) + "SubStation" + String(repeating: "y", count: 40)) == .found)
        #expect(scan("a SUBSTATION") == .found)
        #expect(scan(String(repeating: "grid ", count: 10) + "\\u0073ubstation") == .unsure)
        #expect(scan(String(repeating: "grid ", count: 10) + "é") == .unsure)
    }

    /// A file large enough to be split into parts and scanned in several units on every core, with
    /// the word in titles, bodies (escaped, accented, upper case), locations, actors and sources.
    @Test func aLargeFileIsSearchedAsEventByEventMatchingDoes() throws {
        let dir = TempDir()
        var lines: [String] = []
        let bodies = [
            "Power cut after a strike on a SUBSTATION", "caf\\u00e9 shelled near the square", "Kyïv region on alert",
            "Обстріл Харкова", "quiet night", "drones over the city", "a \\\"quoted\\\" substation note", "",
        ]
        for i in 0..<12_000 {
            var fields = [
                "\"time\": \"2024-11-\(10 + i % 20)T\(10 + i % 10):00:00Z\"",
                "\"title\": \"event \(i)\(i % 97 == 0 ? " substation" : "")\"",
            ]
            let body = bodies[i % bodies.count]
            if !body.isEmpty { fields.append("\"body\": \"\(body) \(i)\"") }
            if i % 13 == 0 { fields.append("\"location\": \"Cafe Substation, Kyiv\"") }
            if i % 31 == 0 { fields.append("\"actors\": [\"Substation workers\"]") }
            if i % 37 == 0 { fields.append("\"source\": \"Cafe news\"") }
            fields.append("\"region\": \"\(["Kharkiv", "Sumy", "Kyiv"][i % 3])\"")
            lines.append("{" + fields.joined(separator: ", ") + "}")
        }
        let path = dir.write("big.jsonl", lines.joined(separator: "\n") + "\n")
        let store = load([path]) { $0.splitThreshold = 64 << 10 }
        #expect(store.count == 12_000)
        for word in ["substation", "café", "cafe", "kyiv", "харкова", "quoted", "drones over", "nothing-like-this"] {
            let matcher = QueryMatcher(
                store: store, query: try QueryParser(now: 0).parse(word.contains(" ") ? "\"\(word)\"" : word))
            let expected = (0..<store.count).filter { matcher.matches($0) }
            #expect(matcher.positions() == expected, "\(word)")
            let within = Array(stride(from: 0, to: store.count, by: 7))
            #expect(matcher.positions(among: within) == within.filter { matcher.matches($0) }, "\(word)")
        }
    }

    /// Records without escapes are answered by walking their structure rather than tokenising them:
    /// a word in a key, an id, a category, tags, figures, a nested object's "body" or next to a
    /// literal must count exactly as the event-by-event match says.
    @Test func wordsOutsideBodyAndLocationDoNotCount() throws {
        let dir = TempDir()
        let records = [
            #"{"time": "2024-11-20", "title": "a", "id": "substation-1", "category": "substation", "tags": ["substation"]}"#,
            #"{"time": "2024-11-20", "title": "b", "figures": {"substation": 3, "body": 4}, "body": "quiet"}"#,
            #"{"time": "2024-11-20", "title": "c", "figures": {"x": "substation"}, "location": "Lviv"}"#,
            #"{"time": "2024-11-20", "title": "d", "extra": {"body": "substation", "location": ["substation"]}}"#,
            #"{"time": "2024-11-20", "title": "e", "extra": [{"body": "substation"}], "body": "true substation"}"#,
            #"{"time": "2024-11-20", "title": "f", "body": "", "location": "Substation yard"}"#,
            #"{"time": "2024-11-20", "title": "g", "verified": true, "body": "nothing here"}"#,
            #"{"time": "2024-11-20", "title": "h", "description": "SUBSTATION hit"}"#,
            #"{"time": "2024-11-20", "title": "i", "body": "near the [substation] {x}: yes, \"quoted\""}"#,
            #"{"time": "2024-11-20", "title": "j", "regions": ["substation"], "body": "calm"}"#,
        ]
        let path = dir.write("hostile.jsonl", records.joined(separator: "\n") + "\n")
        let store = load([path])
        #expect(store.count == records.count)
        for word in ["substation", "body", "true", "location", "yes", "quoted", "hit", "x"] {
            let matcher = QueryMatcher(store: store, query: try QueryParser(now: 0).parse(word))
            let expected = (0..<store.count).filter { matcher.matches($0) }
            #expect(matcher.positions() == expected, "\(word)")
        }
        let substation = QueryMatcher(store: store, query: try QueryParser(now: 0).parse("substation"))
        #expect(substation.positions().map(store.title(at:)).sorted() == ["e", "f", "i"])
    }

    @Test func aCancelledSearchStopsWithoutReadingTheFiles() throws {
        let dir = TempDir()
        let path = dir.write(
            "e.jsonl",
            (0..<5000).map { "{\"time\": \"2024-11-20\", \"title\": \"t\($0)\", \"body\": \"substation\"}" }.joined(
                separator: "\n"))
        let store = load([path])
        let matcher = QueryMatcher(store: store, query: .text("substation"))
        #expect(matcher.positions().count == 5000)
        let cancelled = QueryMatcher(store: store, query: .text("substation"))
        cancelled.cancellation = Cancellation()
        cancelled.cancellation?.cancel()
        #expect(cancelled.positions().isEmpty)
    }
}
