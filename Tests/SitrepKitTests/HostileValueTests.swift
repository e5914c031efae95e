import Foundation
import Testing
@testable import SitrepKit
import SitrepTestSupport

/// Values at the edges: numbers past a double, times past year 9999, text that folds slowly,
/// queries nested thousands deep, configuration with thousands of views, names that show nothing.
@Suite("Values at the edges")
struct HostileValueTests {
    @Test func unixTimesAreDecimalAndWithinTheYearsADateCanName() throws {
        let seconds = try TimePattern("unix"), millis = try TimePattern("unix_ms")
        func ok(_ p: TimePattern, _ t: String) -> Bool {
            if case .success = p.parse(t, zone: .utc) { true } else { false }
        }
        #expect(ok(seconds, "1732600800"))
        #expect(ok(seconds, "1732600800.5"))
        #expect(ok(seconds, "-62135596800"), "0001-01-01")
        #expect(ok(seconds, "253402300799"), "9999-12-31T23:59:59")
        #expect(!ok(seconds, "253402300800"), "year 10000")
        #expect(!ok(seconds, "-62135596801"))
        #expect(!ok(seconds, "0x10"), "hexadecimal is not seconds")
        #expect(!ok(seconds, "inf"))
        #expect(!ok(seconds, "1e3"))
        #expect(!ok(seconds, "1.2.3"))
        #expect(ok(millis, "253402300799000"))
        #expect(!ok(millis, "253402300800000"))
        // Whatever is accepted is written back as a time sitrep reads.
        if case .success(let t) = seconds.parse("253402300799", zone: .utc) {
            #expect(t.displayText(in: .utc).hasPrefix("9999-12-31"))
        }
    }

    @Test(arguments: [
        "2024-11-26T09:15:30.1234567890Z", "2024-11-26T09:15:30.123456789012345678Z", "2024-11-26T09:15:30.1Z",
    ])
    func fractionsOfAnyLengthAreRead(_ text: String) throws {
        guard case .success(let t) = TimeParser.parse(text) else { Issue.record("\(text) refused"); return }
        #expect(t.milliseconds % 1000 == (text.contains(".1Z") ? 100 : 123))
    }

    @Test func theQuickFoldIsFoundationsFold() {
        var random = Random(state: 11)
        let pool: [UInt32] =
            Array(0x20...0x7E) + Array(0xA0...0x36F) + Array(0x400...0x52F) + [
                0x2019, 0x02BC, 0x3B1, 0x3A3, 0x4E2D, 0x1F600,
            ]
        var quick = 0
        for _ in 0..<5_000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<(1 + random.next(16)) {
                if let s = Unicode.Scalar(pool[random.next(pool.count)]) { scalars.append(s) }
            }
            let text = String(scalars)
            if TextFold.foldedBytes(text.utf8) != nil { quick += 1 }
            #expect(
                TextFold.fold(text) == TextFold.foundationFold(text),
                "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(quick > 500, "the quick way was taken for \(quick) of 5,000")
    }

    @Test func aLongCyrillicTitleIsSearchedTheQuickWay() {
        let title = String(repeating: "Окупанти обстріляли Куп'янськ, пошкоджено будинки. ", count: 20_000) + "Харків"
        let bytes = Array(title.utf8)
        #expect(TextFold.foldedBytes(bytes) != nil)
        bytes.withUnsafeBufferPointer { hay in
            #expect(FoldedNeedle(TextFold.fold("харків")).isIn(hay))
            #expect(FoldedNeedle(TextFold.fold("ХАРКІВ")).isIn(hay))
            #expect(!FoldedNeedle(TextFold.fold("одеса")).isIn(hay))
        }
    }

    @Test func queriesTooDeepOrTooLongAreRefusedWithAColumn() {
        let parser = QueryParser(now: 0)
        let deep = String(repeating: "(", count: 25_000) + "a" + String(repeating: ")", count: 25_000)
        #expect(throws: QueryError.self) { try parser.parse(deep) }
        do { _ = try parser.parse(deep) } catch { #expect(error.message.contains("100 deep") && error.column == 101) }
        #expect(throws: QueryError.self) { try parser.parse(String(repeating: "-", count: 200) + "a") }
        #expect(throws: QueryError.self) {
            try parser.parse(String(repeating: "-(", count: 60) + "a" + String(repeating: ")", count: 60))
        }
        #expect(
            (try? parser.parse(String(repeating: "(", count: 99) + "a" + String(repeating: ")", count: 99)))
                == .text("a"))
        #expect(throws: QueryError.self) { try parser.parse(String(repeating: "a ", count: 40_000)) }
        // Brackets one after another are not nested.
        #expect((try? parser.parse(Array(repeating: "(a)", count: 500).joined(separator: " or "))) != nil)
    }

    /// The positions of keys found in one pass equal the positions the line-by-line search finds.
    @Test func keyPositionsAreTheSearchsPositions() {
        let text = """
            theme = "dark"
            [views]
            kharkiv = "region:kharkiv"
            "night alerts" = "cat:alert"
              'quoted' = "x"
            [surges]
            factor = 2
            [roles."pane.border"]
            fg = "red"
            kharkiv = "again"
            """
        let positions = KeyPositions(text)
        for key in [
            "theme", "views", "kharkiv", "night alerts", "quoted", "surges", "factor", "pane.border", "roles", "fg",
            "missing",
        ] {
            #expect(positions.position(of: key) == Self.searched(key, in: text), "\(key)")
        }
    }

    @Test func tenThousandViewsAreReadInOrder() throws {
        let dir = TempDir()
        let views = (0..<10_000).map { "v\($0) = \"region:kharkiv\"" }.joined(separator: "\n")
        let path = dir.write("config.toml", "[views]\n" + views + "\nbad = \"(\"\n")
        let (config, problems) = UserConfig.load(from: path)
        #expect(config.views.count == 10_000)
        #expect(config.views.first?.0 == "v0" && config.views.last?.0 == "v9999")
        #expect(
            problems.map(\.description) == [
                "\(path):10002:1: error: view 'bad': '(' without its ')' at column 1 of its query"
            ])
    }

    @Test func aSettingsFileTooLargeToBeMeantIsRefusedWhole() throws {
        let dir = TempDir()
        let query = String(repeating: "kharkiv ", count: 1_200_000)
        let path = dir.write("config.toml", "[views]\nhuge = \"\(query)\"\n")
        let (config, problems) = UserConfig.load(from: path)
        #expect(config.views.isEmpty)
        #expect(
            problems.map(\.description) == [
                "\(path):1:1: error: the file is 9 MB; sitrep reads settings files of up to 8 MB, and none of this one was used"
            ])
        // A view's query past the parser's limit, in a file of a size that is read: an error for that view.
        let long = dir.write(
            "long.toml", "[views]\nlong = \"\(String(repeating: "a ", count: 40_000))\"\nshort = \"region:sumy\"\n")
        let read = UserConfig.load(from: long)
        #expect(read.config.views.map(\.0) == ["short"])
        #expect(read.problems.first?.description.contains("reads queries of up to 65536") == true)
    }

    @Test func aRegionNameThatShowsNothingIsNoRegion() {
        let dir = TempDir()
        let path = dir.write(
            "a.jsonl",
            """
            {"time": "2024-11-26", "title": "zero width", "regions": ["\\u200b"]}
            {"time": "2024-11-26", "title": "direction mark and space", "regions": ["\\u200e ", "Sumy"]}
            {"time": "2024-11-26", "title": "Cyrillic", "regions": ["Харківська область"]}

            """)
        let store = load([path])
        #expect(store.count == 3)
        let names = (0..<store.count).map { store.regions(at: $0) }
        #expect(names.contains([]))
        #expect(names.contains(["Sumy Oblast"]))
        #expect(names.allSatisfy { $0.allSatisfy { !$0.isEmpty && $0.hasVisibleText } })
    }

    @Test func sumsHoldAtTheLargestDouble() {
        #expect(Figure.sum(1.7e308, 1.7e308) == .greatestFiniteMagnitude)
        #expect(Figure.sum(-1.7e308, -1.7e308) == -.greatestFiniteMagnitude)
        #expect(Figure.sum(1, 2) == 3)
    }

    /// The search the one-pass index replaced: line by line, for the first line setting the key.
    static func searched(_ key: String, in text: String) -> (Int, Int) {
        let spellings = [key, "\"\(key)\"", "'\(key)'"]
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let column = line.count - trimmed.count + 1
            for spelling in spellings where trimmed.hasPrefix(spelling) {
                if trimmed.dropFirst(spelling.count).drop(while: { $0 == " " }).hasPrefix("=") {
                    return (i + 1, column)
                }
            }
            if trimmed.hasPrefix("["), let close = trimmed.firstIndex(of: "]") {
                let header = trimmed[trimmed.index(after: trimmed.startIndex)..<close].trimmingCharacters(
                    in: .whitespaces)
                if spellings.contains(where: { header == $0 || header.hasSuffix("." + $0) }) { return (i + 1, column) }
            }
        }
        return (1, 1)
    }
}
