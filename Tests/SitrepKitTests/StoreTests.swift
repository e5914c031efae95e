import Testing
@testable import SitrepKit
import SitrepTestSupport

@Suite("Store")
struct StoreTests {
    @Test func derivedIDsSurviveLinesInsertedAbove() {
        let dir = TempDir()
        let a = #"{"time": "2024-11-26T07:00Z", "title": "A", "region": "Sumy"}"#
        let b = #"{"time": "2024-11-26T08:00Z", "title": "B", "region": "Sumy"}"#
        let before = load([dir.write("one.jsonl", b + "\n")])
        let after = load([dir.write("two.jsonl", a + "\n" + "\n" + b + "\n")])
        #expect(before.id(at: 0) == after.id(at: 1))
        #expect(before.id(at: 0) != after.id(at: 0))
        // Reformatting does not change it either: it is made from the content, not the bytes.
        let reformatted = load([
            dir.write("three.jsonl", #"{"region":["Sumy Oblast"],"title":"B","time":"2024-11-26T08:00:00Z"}"# + "\n")
        ])
        #expect(reformatted.count == 1)
    }

    @Test func repeatedRecordsGetNumberedIDs() {
        let dir = TempDir()
        let line = #"{"time": "2024-11-26", "title": "Same"}"#
        let store = load([dir.write("a.jsonl", [line, line, line].joined(separator: "\n"))])
        let ids = (0..<store.count).map(store.id(at:))
        #expect(Set(ids).count == 3)
        #expect(ids[1] == ids[0] + "-2" && ids[2] == ids[0] + "-3")
        #expect(store.titles == ["Same", "Same", "Same"])
    }

    @Test func filesMergeIntoOneTimelineStableForEqualTimes() {
        let dir = TempDir()
        let first = dir.write(
            "b-first.jsonl",
            """
            {"time": "2024-11-26T10:00Z", "title": "f1 10:00"}
            {"time": "2024-11-26T12:00Z", "title": "f1 12:00"}
            {"time": "2024-11-26T12:00Z", "title": "f1 12:00 again"}
            """)
        let second = dir.write(
            "a-second.jsonl",
            """
            {"time": "2024-11-26T12:00Z", "title": "f2 12:00"}
            {"time": "2024-11-26T09:00Z", "title": "f2 09:00"}
            {"time": "2024-11-26", "title": "f2 day"}
            """)
        let store = load([first, second])
        #expect(store.titles == ["f2 day", "f2 09:00", "f1 10:00", "f1 12:00", "f1 12:00 again", "f2 12:00"])
        #expect(store.files.map(\.eventCount) == [3, 3])
    }

    @Test func largeFilesSplitAcrossThreadsGiveTheSameResult() {
        let dir = TempDir()
        var lines: [String] = []
        for i in 0..<5000 {
            let region = ["Kharkiv", "Sumy", "Kherson"][i % 3]
            lines.append(
                #"{"time": "2024-11-\#(10 + i % 10)T\#(10 + i % 9):00Z", "title": "event \#(i)", "region": "\#(region)", "source": "S\#(i % 7)", "figures": {"n": \#(i)}}"#
            )
        }
        lines.insert("not json", at: 4321)
        let path = dir.write("big.jsonl", lines.joined(separator: "\n") + "\n")
        let whole = load([path]) { $0.threads = 1 }
        let split = load([path]) {
            $0.threads = 4; $0.splitThreshold = 1000
        }
        #expect(whole.count == 5000 && split.count == 5000)
        #expect(whole.titles == split.titles)
        #expect((0..<5000).map(whole.origin(at:)) == (0..<5000).map(split.origin(at:)))
        #expect((0..<5000).map(whole.figures(at:)) == (0..<5000).map(split.figures(at:)))
        #expect((0..<5000).map(whole.sources(at:)) == (0..<5000).map(split.sources(at:)))
        #expect(
            split.messages == [
                "\(path):4322:1: error: invalid JSON: expected '{' at the start of the line (one JSON object a line); line skipped"
            ])
        #expect(whole.counts(by: .region) == split.counts(by: .region))
        #expect(split.event(at: 4999).event.title == whole.event(at: 4999).event.title)
    }

    /// `sitrep summary` without a filter counts while reading instead of building a store: the
    /// counts, the total and every message must be the ones the store gives.
    @Test func countingWhileReadingEqualsCountingTheStore() {
        let dir = TempDir()
        var lines: [String] = []
        for i in 0..<3000 {
            let regions = [
                #""region": "Kharkiv""#, #""regions": ["Sumy", "Sumska oblast", "Kharkiv"]"#, #""region": "  ""#,
                #""regions": []"#, #""region": "Nowhere \#(i % 5)""#,
            ][i % 5]
            let category = i % 4 == 0 ? "" : #", "category": "c\#(i % 3)""#
            let sources = i % 6 == 0 ? "" : #", "sources": ["S\#(i % 7)", "S\#(i % 2)"]"#
            let time =
                i % 9 == 0 ? "2024-11-\(10 + i % 10)" : "2024-11-\(10 + i % 10)T\(String(format: "%02d", i % 24)):30Z"
            lines.append(#"{"time": "\#(time)", "title": "e\#(i) caf\u00e9", \#(regions)\#(category)\#(sources)}"#)
        }
        lines.insert("not json", at: 1234)
        lines.insert(#"{"time": "2024-11-99", "title": "bad day"}"#, at: 2000)
        lines.insert(
            #"{"time": "2024-11-20", "title": "x", "id": "\#(String(repeating: "i", count: 1100))"}"#, at: 2500)
        let paths = [
            dir.write("big.jsonl", lines.joined(separator: "\n") + "\n"),
            dir.write(
                "bytes.jsonl",
                bytes: Array(#"{"time": "2024-11-20", "title": "bad "#.utf8) + [0xFF]
                    + Array(#"", "region": "Lviv"}"#.utf8) + [0x0A]),
            Fixtures.path("acled-31.csv"), Fixtures.path("alerts-official.csv"),
        ]
        for facet in Facet.allCases {
            for zone in [DisplayZone.utc, DisplayZone("Europe/Kyiv")!] {
                var options = LoadOptions()
                options.zone = zone
                options.threads = 3
                options.splitThreshold = 1000
                let store = Loader.load(paths.map(EventSource.file), options: options)
                options.countingBy = facet
                let counted = EventLibrary(sources: paths.map(EventSource.file), options: options).countAll()
                #expect(
                    store.count > 3000 && store.messages.count >= 4, "the fixture has events and problems to compare")
                #expect(
                    counted.counts.count > 3
                        && counted.counts.contains { $0.key == EventStore.noneKey } == (facet != .day))
                #expect(counted.counts == store.counts(by: facet, zone: zone), "\(facet) \(zone)")
                #expect(counted.total == store.count)
                #expect(counted.store.count == 0)
                #expect(counted.store.messages == store.messages)
                #expect(counted.store.files.map(\.eventCount) == store.files.map(\.eventCount))
            }
        }
    }

    @Test func countsByEachFacet() {
        let dir = TempDir()
        let store = load([
            dir.write(
                "a.jsonl",
                """
                {"time": "2024-11-26T23:30Z", "title": "a", "regions": ["Kharkiv", "Sumy"], "category": "strike", "sources": ["AP", "AFP"]}
                {"time": "2024-11-26T10:00Z", "title": "b", "region": "Kharkivska oblast", "category": "strike"}
                {"time": "2024-11-25", "title": "c"}
                """)
        ])
        #expect(
            store.counts(by: .region) == [
                FacetCount(key: "Kharkiv Oblast", count: 2), FacetCount(key: "(none)", count: 1),
                FacetCount(key: "Sumy Oblast", count: 1),
            ])
        #expect(
            store.counts(by: .category) == [FacetCount(key: "strike", count: 2), FacetCount(key: "(none)", count: 1)])
        #expect(
            store.counts(by: .source) == [
                FacetCount(key: "(none)", count: 2), FacetCount(key: "AFP", count: 1), FacetCount(key: "AP", count: 1),
            ])
        #expect(
            store.counts(by: .day) == [
                FacetCount(key: "2024-11-26", count: 2), FacetCount(key: "2024-11-25", count: 1),
            ])
        // In Kyiv (UTC+2) the 23:30 UTC event falls on the next day.
        #expect(
            store.counts(by: .day, zone: DisplayZone("Europe/Kyiv")!) == [
                FacetCount(key: "2024-11-25", count: 1), FacetCount(key: "2024-11-26", count: 1),
                FacetCount(key: "2024-11-27", count: 1),
            ])
    }

    @Test func directoriesAreReadRecursivelySkippingHiddenAndUnknownFiles() {
        let dir = TempDir()
        dir.write("feeds/a.jsonl", #"{"time": "2024-11-26", "title": "a"}"#)
        dir.write("feeds/deeper/b.ndjson", #"{"time": "2024-11-27", "title": "b"}"#)
        dir.write("feeds/.hidden.jsonl", #"{"time": "2024-11-28", "title": "hidden"}"#)
        dir.write("feeds/.git/c.jsonl", #"{"time": "2024-11-28", "title": "in hidden folder"}"#)
        dir.write("feeds/notes.txt", "not events")
        let expanded = PathExpansion.expand([dir.path + "/feeds", dir.path + "/missing.jsonl"])
        #expect(expanded.sources.map(\.path) == [dir.path + "/feeds/a.jsonl", dir.path + "/feeds/deeper/b.ndjson"])
        #expect(expanded.problems.map(\.description) == ["\(dir.path)/missing.jsonl: error: no such file or directory"])
    }

    @Test func detailSaysWhenTheFileChangedUnderneath() {
        let dir = TempDir()
        let path = dir.write("a.jsonl", #"{"time": "2024-11-26", "title": "first", "body": "text"}"# + "\n")
        let store = load([path])
        #expect(store.event(at: 0) == (store.event(at: 0).event, false))
        // Replaced by rename: the file as it was loaded is still open, and reads as it did.
        dir.write("a.jsonl", #"{"time": "2024-11-26", "title": "other", "body": "changed"}"# + "\n")
        #expect(store.event(at: 0) == (store.event(at: 0).event, false))
        #expect(store.event(at: 0).event.body == "text")
        // Overwritten in place: what is there now is another event, though its title's quotes are
        // where the old one's were.
        let current = load([path])
        let handle = FileHandle(forWritingAtPath: path)!
        handle.write(Data(#"{"time": "2024-11-26", "title": "fifth", "body": "altered"}"#.utf8))
        handle.closeFile()
        let (event, stale) = current.event(at: 0)
        #expect(stale)
        #expect(event.body == nil)
        // A file sitrep does not hold open is read by name, and a replaced one is seen as changed.
        let byName = load([path])
        dir.write("a.jsonl", #"{"time": "2024-11-26", "title": "third", "body": "changed"}"# + "\n")
        var files = byName.files
        files[0].held = nil
        #expect(
            TitleFiles(files).title(file: 0, at: Int(byName.row(0).offset) + Int(byName.row(0).titleOffset), count: 5)
                == nil)
    }

    @Test func titlesWrittenPlainlyAreReadBackFromTheFile() {
        let dir = TempDir()
        let far = String(repeating: "x", count: 70_000)
        let lines = [
            "\u{FEFF}{\"time\": \"2024-11-20\", \"title\": \"after a byte order mark\"}",
            #"{"time": "2024-11-21", "title": "  spaced  ", "body": "b"}"#,
            #"{"time": "2024-11-22", "title": "escaped \"quote\" \u0041"}"#,
            #"{"time": "2024-11-23", "pad": "\#(far)", "title": "far into its record"}"#,
            #"{"time": "2024-11-24", "title": "Харків — 東京 🚀"}"#,
        ]
        // CRLF line ends, and a last line with a byte that is not UTF-8.
        let bytes =
            Array(lines.joined(separator: "\r\n").utf8) + Array("\r\n{\"time\": \"2024-11-25\", \"title\": \"bad ".utf8)
            + [0xFF] + Array("\"}\n".utf8)
        let path = dir.write("t.jsonl", bytes: bytes)
        let store = load([path])
        let unread = load([path])
        #expect(store.count == 6)
        let titles = (0..<store.count).map(store.title(at:))
        #expect(
            titles == [
                "after a byte order mark", "  spaced  ", "escaped \"quote\" A", "far into its record", "Харків — 東京 🚀",
                "bad \u{FFFD}",
            ])
        let inFile = (0..<store.count).map { store.flags(at: $0).contains(.titleInFile) }
        #expect(inFile == [true, true, false, false, true, false])
        // The detail reads the same title.
        #expect((0..<store.count).map { store.event(at: $0).event.title } == titles)
        // A file appended to is the same file: its titles still read.
        let handle = FileHandle(forWritingAtPath: path)!
        handle.seekToEndOfFile()
        handle.write(Data("\n{\"time\": \"2024-11-27\", \"title\": \"later\"}\n".utf8))
        handle.closeFile()
        #expect(unread.title(at: 4) == "Харків — 東京 🚀")
        // Beyond the descriptors sitrep holds, the file is opened again by name, and only if it is
        // still the same file.
        var notHeld = store.files[0]
        notHeld.held = nil
        let r = store.row(4)
        let where_ = (at: Int(r.offset) + Int(r.titleOffset), count: Int(r.titleLength))
        #expect(TitleFiles([notHeld]).title(file: 0, at: where_.at, count: where_.count) == "Харків — 東京 🚀")
        let copy = dir.write("copy.jsonl", bytes: Array(FileManager.default.contents(atPath: path)!))
        #expect(rename(copy, path) == 0)
        #expect(TitleFiles([notHeld]).title(file: 0, at: where_.at, count: where_.count) == nil)
        #expect(store.title(at: 4) == "Харків — 東京 🚀")
    }

    @Test func plainRegionsSourcesAndCategoriesAreNumberedFromTheirBytes() {
        let dir = TempDir()
        let lines = [
            #"{"time": "2024-11-20", "title": "a", "region": "Kharkiv", "source": "Ukrinform", "category": "drone"}"#,
            #"{"time": "2024-11-21", "title": "b", "region": "  kharkivska oblast\t", "source": " Ukrinform ", "category": " drone"}"#,
            #"{"time": "2024-11-22", "title": "c", "region": "Kh\u0061rkiv", "source": "Ukr\u0069nform", "category": "dr\u006fne"}"#,
            #"{"time": "2024-11-23", "title": "d", "region": "", "source": "   ", "category": ""}"#,
            #"{"time": "2024-11-24", "title": "e", "region": "Sumy", "regions": ["Lviv", "Kyiv"], "source": "x", "sources": ["y"]}"#,
            #"{"time": "2024-11-25", "title": "f", "regions": ["Lviv"], "region": "Sumy", "category": "strike", "category": "drone"}"#,
            #"{"time": "2024-11-26", "title": "g", "region": "Харківська", "source": "Укрінформ"}"#,
        ]
        let path = dir.write("p.jsonl", lines.joined(separator: "\n") + "\n")
        let store = load([path])
        #expect(store.count == 7)
        #expect(
            (0..<7).map(store.regions(at:)) == [
                ["Kharkiv Oblast"], ["Kharkiv Oblast"], ["Kharkiv Oblast"], [], ["Lviv Oblast", "Kyiv Oblast"],
                ["Sumy Oblast"], ["Kharkiv Oblast"],
            ])
        #expect(
            (0..<7).map(store.sources(at:)) == [
                ["Ukrinform"], ["Ukrinform"], ["Ukrinform"], [], ["y"], [], ["Укрінформ"],
            ])
        // Spaces around a category are trimmed, written plainly or with escapes, as for regions.
        #expect((0..<7).map(store.category(at:)) == ["drone", "drone", "drone", nil, nil, "drone", nil])
        // Counting while reading takes the same path and gives the same numbers.
        for facet in [Facet.region, .source, .category] {
            let library = EventLibrary(
                sources: [.file(path)],
                options: {
                    var o = LoadOptions(); o.countingBy = facet; return o
                }())
            let counted = library.countAll().counts
            #expect(counted == store.counts(by: facet), "\(facet)")
        }
    }

    @Test func aTitleIsNotReadFromAFileRewrittenInPlace() throws {
        let dir = TempDir()
        let path = dir.write("a.jsonl", #"{"time": "2024-11-26", "title": "first"}"# + "\n")
        let store = load([path])
        let handle = FileHandle(forWritingAtPath: path)!
        handle.truncateFile(atOffset: 0)
        handle.write(Data(#"{"time":"2024-11-26","title":"other"}"#.utf8 + [10]))
        handle.closeFile()
        #expect(store.title(at: 0) == TitleFiles.changed)
    }

    @Test func sitrepNeverWritesToItsInputs() throws {
        let dir = TempDir()
        let path = dir.write("a.jsonl", #"{"time": "2024-11-26", "title": "x"}"# + "\n")
        let before = try FileManager.default.attributesOfItem(atPath: path)
        let store = load([path, Fixtures.path("acled-31.csv")])
        _ = DetailReader(store: store).event(at: 0)
        let after = try FileManager.default.attributesOfItem(atPath: path)
        #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
        #expect(before[.size] as? Int == after[.size] as? Int)
    }
}

import Foundation
