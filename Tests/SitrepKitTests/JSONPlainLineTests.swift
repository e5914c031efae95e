import Testing
@testable import SitrepKit
import SitrepTestSupport

/// Most JSON lines are read without making an `Event` (`JSONLinesReader.readPlain`); the rest go
/// the general way. Whatever the mix, a load and a count must be what the general reader gives.
@Suite("JSON lines read plainly")
struct JSONPlainLineTests {
    /// The values each field is given: plain ones first, then every way a line can need the
    /// general reader (escapes, lists, nulls, numbers, bad values, long ids, non-ASCII text).
    static let ids = [
        nil, "\"ev-1\"", "\"ev-\(UInt32.max)\"", "\"\"", "42", "null", "\"a\\\"b\"",
        "\"\(String(repeating: "x", count: 1030))\"",
    ]
    static let times = [
        "\"2024-11-26T10:00:00Z\"", "\"2024-11-27\"", "\"2024-11-26 10:15:00+02:00\"", "\"2024-13-40\"", "5", "\"\"",
        "null",
        "\"2024-11-26T10:00:00\\u005a\"",
    ]
    static let titles = [
        "\"Drones over Kharkiv\"", "\"Shelling of Nikopol\"", "\"Обстріл Херсона\"", "\"  \"",
        "\"with \\\"quotes\\\"\"", "7", "null", nil,
    ]
    static let regions = [
        nil, "\"Kharkiv\"", "\" Sumy Oblast \"", "\"Kyiv City\"", "\"\"", "\"  \"", "[\"Kharkiv\", \"Sumy\"]",
        "\"Харківська\"",
        "\"Nowhere\"", "null", "3", "\"Kh\\u0061rkiv\"",
    ]
    static let others = [
        "\"source\": \"Telegram\"", "\"sources\": [\"A\", \"B\"]", "\"category\": \"strike\"", "\"category\": \" \"",
        "\"category\": \" strike \"",
        "\"category\": \"\"", "\"subcategory\": \"drone\"", "\"tags\": [\"x\"]", "\"figures\": {\"killed\": 2}",
        "\"figures\": {\"killed\": \"many\"}", "\"body\": \"Long text, with commas.\"", "\"body\": \"\"",
        "\"url\": \"https://x\"",
        "\"location\": \"Izium\"", "\"lat\": 49.9", "\"lon\": 999", "\"extra\": {\"a\": [1, {\"b\": null}]}",
        "\"note\": \"x\"",
        "\"body\": 5", "\"actor\": \"RU\"", "\"source\": \"\"", "\"category\": null", "\"figures\": null",
        "\"body\": \"a\\nb\"",
    ]

    static func feed(lines: Int, seed: UInt64) -> [UInt8] {
        var rng = SeededRandom(seed: seed)
        func pick(_ a: [String?], plain: Int) -> String? {
            a[Int(rng.next() % UInt64(rng.next() % 3 == 0 ? a.count : plain))]
        }
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        for i in 0..<lines {
            var fields: [String] = []
            if let id = pick(ids, plain: 3) { fields.append("\"id\": \(id)") }
            if let time = pick(times, plain: 3) { fields.append("\"time\": \(time)") }
            if let title = pick(titles, plain: 3) { fields.append("\"title\": \(title)") }
            if let region = pick(regions, plain: 4) {
                fields.append("\"\(rng.next() % 2 == 0 ? "region" : "regions")\": \(region)")
            }
            for _ in 0..<Int(rng.next() % 4) {
                fields.append(others[Int(rng.next() % UInt64(rng.next() % 2 == 0 ? 3 : others.count))])
            }
            // The same key twice: the last one counts.
            if rng.next() % 13 == 0 { fields.append("\"region\": \"Odesa\"") }
            if rng.next() % 17 == 0 { fields.reverse() }
            var line = Array(("{" + fields.joined(separator: rng.next() % 9 == 0 ? " ,  " : ", ") + "}").utf8)
            switch rng.next() % 40 {
            case 0: line += Array(" trailing".utf8)
            case 1: line.removeLast()
            case 2: line.insert(0xFF, at: line.count / 2)
            case 3 where i > lines - 100: line.insert(0x00, at: line.count / 2)
            case 4: line = Array("   ".utf8)
            case 5: line = Array("  \t".utf8) + line + Array(" \t".utf8)
            default: break
            }
            out += line
            out += Array((rng.next() % 6 == 0 ? "\r\n" : "\n").utf8)
        }
        // Exact repeats: derived ids numbered whichever way each line was read.
        let copy = out.dropFirst(3).prefix { $0 != 0x0A } + [0x0A]
        return out + copy + copy
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func aLoadAndACountAreWhatTheGeneralReaderGives(seed: UInt64) {
        let dir = TempDir()
        let paths = [
            dir.write("feed.jsonl", bytes: Self.feed(lines: 3000, seed: seed)),
            dir.write("other.jsonl", bytes: Self.feed(lines: 500, seed: seed + 9)),
            Fixtures.path("record-attack.jsonl"),
        ]
        for threads in [1, 3] {
            var options = LoadOptions()
            options.threads = threads
            options.splitThreshold = 20000
            let quick = Loader.load(paths.map(EventSource.file), options: options)
            options.quickLanes = false
            let general = Loader.load(paths.map(EventSource.file), options: options)
            #expect(
                quick.count > 1000 && quick.messages.count > 300,
                "the feed mixes plain lines and problems: \(quick.count), \(quick.messages.count)")
            #expect(CSVQuickCountTests.described(quick) == CSVQuickCountTests.described(general), "\(threads) threads")
            #expect(quick.messages == general.messages)
            for i in stride(from: 0, to: quick.count, by: 41) {
                let (event, stale) = quick.event(at: i)
                #expect(
                    !stale && event.title == quick.title(at: i) && event.id == quick.id(at: i),
                    "\(i) \(stale) \(event.title) \(quick.title(at: i)) \(event.id) \(quick.id(at: i))")
            }
            for facet in Facet.allCases {
                options.countingBy = facet
                options.quickLanes = true
                let counted = EventLibrary(sources: paths.map(EventSource.file), options: options).countAll()
                #expect(counted.counts == general.counts(by: facet), "\(facet), \(threads) threads")
                #expect(counted.total == general.count)
                #expect(counted.store.messages == general.messages)
            }
        }
    }

    /// A category with spaces around it is the category without them, whichever way it is read and
    /// in the detail view (which reads the line again in full); one of spaces only is none.
    @Test func aCategoryIsTrimmedEveryWay() {
        let dir = TempDir()
        let path = dir.write(
            "feed.jsonl",
            """
            {"time": "2024-11-26T10:00:00Z", "title": "Drones over Sumy", "category": " drone ", "body": "x"}
            {"time": "2024-11-26T11:00:00Z", "title": "Drones over Sumy", "category": "  ", "body": "x", "tags": ["y"]}
            {"time": "2024-11-26T12:00:00Z", "title": "Drones over Sumy", "category": "  ", "body": "x"}

            """)
        for quick in [true, false] {
            var options = LoadOptions()
            options.quickLanes = quick
            let store = Loader.load([.file(path)], options: options)
            #expect((0..<3).map { store.category(at: $0) } == ["drone", nil, nil])
            #expect((0..<3).allSatisfy { !store.event(at: $0).stale })
        }
    }

    /// A string's closing quote is found at every length, whatever follows it, near the end of
    /// the line or not; a backslash before it, or no closing quote, leaves it to the general reading.
    @Test func aStringEndsAtItsQuoteAtEveryLength() throws {
        for n in 0..<80 {
            for tail in ["", "}", ", \"k\": \"v\"}", String(repeating: " ", count: 9)] {
                let text = Array(("\"" + String(repeating: "a", count: n) + "\"" + tail).utf8)
                let found = try text.withUnsafeBufferPointer { b throws(JSONSyntaxError) in
                    var c = JSONCursor(bytes: b)
                    return (try c.plainString(), c.index)
                }
                #expect(found.0 == 1..<1 + n && found.1 == n + 2, "\(n) \(tail)")
                let open = Array(("\"" + String(repeating: "a", count: n)).utf8)
                let unclosed = open.withUnsafeBufferPointer { b in
                    var c = JSONCursor(bytes: b)
                    return (try? c.plainString()) ?? nil
                }
                #expect(unclosed == nil, "\(n)")
                guard n > 0 else { continue }
                var escaped = text
                escaped[1 + n / 2] = UInt8(ascii: "\\")
                let left = try escaped.withUnsafeBufferPointer { b throws(JSONSyntaxError) in
                    var c = JSONCursor(bytes: b)
                    return (try c.plainString(), c.index)
                }
                #expect(left.0 == nil && left.1 == 0, "\(n) \(tail)")
            }
        }
    }
}
