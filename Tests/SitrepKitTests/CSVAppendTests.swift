import Foundation
import Testing
@testable import SitrepKit
import SitrepTestSupport

/// Alert logs grow by appended rows: an appended CSV file is read from where reading stopped, with
/// its header and profile kept, and a row the writer has not finished is held until it is.
@Suite("Appends to CSV files")
struct CSVAppendTests {
    static let header = "region,started_at,finished_at,naive\n"

    func row(_ region: String, _ minute: Int) -> String {
        "\(region),2024-11-26 10:\(String(format: "%02d", minute)):00+00:00,2024-11-26 11:\(String(format: "%02d", minute)):00+00:00,False\n"
    }

    func library(_ path: String) -> (EventLibrary, EventStore) {
        var options = LoadOptions()
        options.holdUnfinishedLines = true
        let lib = EventLibrary(sources: [.file(path)], options: options)
        return (lib, lib.loadAll())
    }

    @Test func appendedRowsAreReadFromWhereReadingStopped() throws {
        let dir = TempDir()
        let path = dir.write("alerts.csv", Self.header + row("Kharkivska oblast", 1) + row("Sumska oblast", 2))
        let (lib, first) = library(path)
        #expect(first.count == 2)
        try appendText(path, row("Kyiv City", 3))
        let change = lib.refresh([path])
        let store = lib.snapshot()
        #expect(store.titles.last == "Air-raid alert in Kyiv City (1 h 0 min)")
        #expect(change.added == [store.id(at: 2)])
        #expect(store.origin(at: 2).line == 4)
        #expect(lib.files[0].segments.count == 2, "only the new row was read, as a segment of its own")
        #expect(store.diagnostics.isEmpty)
        #expect(store.event(at: 2).event.regions == ["Kyiv City"], "the detail reads the appended row back")
        #expect(lib.refresh([path]).isEmpty)
    }

    /// Plain alerts keep no id bytes; a row appended that repeats one read before still gets the
    /// numbered id a whole read gives it, and the detail view finds each by that id.
    @Test func anAppendedRepeatOfAnAlertIsNumberedAsAWholeReadNumbersIt() throws {
        let dir = TempDir()
        let path = dir.write(
            "alerts.csv",
            Self.header + row("Kharkivska oblast", 1) + row("Sumska oblast", 2) + row("Kharkivska oblast", 1))
        let (lib, first) = library(path)
        #expect(first.id(at: 1) == first.id(at: 0) + "-2")
        try appendText(path, row("Sumska oblast", 2) + row("Kharkivska oblast", 1))
        let change = lib.refresh([path])
        let live = lib.snapshot()
        let whole = library(path).1
        #expect(live.count == 5)
        #expect((0..<5).map(live.id(at:)) == (0..<5).map(whole.id(at:)))
        #expect(Set((0..<5).map(live.id(at:))).count == 5)
        #expect(
            change.added.count == 2
                && Set(change.added) == Set((0..<5).map(live.id(at:))).subtracting((0..<3).map(first.id(at:))))
        #expect(change.added.allSatisfy { $0.hasSuffix("-2") || $0.hasSuffix("-3") })
        for i in 0..<5 {
            #expect(live.position(ofID: live.id(at: i)) == i)
            #expect(!live.event(at: i).stale && live.event(at: i).event.id == live.id(at: i))
        }
    }

    /// A row cut mid-way (no line break yet), then one with a quoted cell still open: both wait.
    @Test func anUnfinishedRowIsHeldUntilTheWriterFinishesIt() throws {
        let dir = TempDir()
        let path = dir.write("alerts.csv", Self.header + row("Kharkivska oblast", 1))
        let (lib, _) = library(path)
        try appendText(path, "Sumska oblast,2024-11-26 10:0")
        _ = lib.refresh([path])
        #expect(lib.snapshot().count == 1)
        #expect(lib.snapshot().diagnostics.isEmpty)
        try appendText(path, "2:00+00:00,2024-11-26 10:32:00+00:00,False\n\"Kyiv City")
        _ = lib.refresh([path])
        #expect(
            lib.snapshot().titles == [
                "Air-raid alert in Kharkiv Oblast (1 h 0 min)", "Air-raid alert in Sumy Oblast (30 min)",
            ])
        #expect(
            lib.snapshot().diagnostics.isEmpty, "an open quote at the end is not an error while the file is followed")
        try appendText(path, "\",2024-11-26 10:05:00+00:00,2024-11-26 10:15:00+00:00,False\n")
        _ = lib.refresh([path])
        let store = lib.snapshot()
        #expect(store.count == 3)
        #expect(store.regions(at: 2) == ["Kyiv City"])
        #expect(store.origin(at: 2).line == 4)
        #expect(store.diagnostics.isEmpty)
    }

    /// However the rows arrive, the live snapshot equals a fresh load of the whole file.
    @Test func appendsInPiecesEqualAFreshLoad() throws {
        let dir = TempDir()
        let path = dir.write("alerts.csv", Self.header)
        let (lib, _) = library(path)
        let text = (0..<40).map {
            row(["Kharkivska oblast", "Sumska oblast", "Kyiv City", "Одеська область"][$0 % 4], $0)
        }.joined()
        var bytes = Array(text.utf8)[...]
        var cut = 7
        while !bytes.isEmpty {
            let piece = bytes.prefix(cut)
            bytes = bytes.dropFirst(cut)
            try appendText(path, String(decoding: piece, as: UTF8.self))
            _ = lib.refresh([path])
            cut = cut * 3 % 97 + 5
        }
        let live = lib.snapshot(), fresh = load([path])
        #expect(live.titles == fresh.titles)
        #expect((0..<live.count).map(live.origin(at:)) == (0..<fresh.count).map(fresh.origin(at:)))
        for facet in Facet.allCases { #expect(live.counts(by: facet) == fresh.counts(by: facet)) }
        #expect(live.diagnostics.isEmpty)
    }

    /// The commands (not following) still report a quote that never closes.
    @Test func withoutFollowingAnOpenQuoteIsAnError() {
        let dir = TempDir()
        let path = dir.write("alerts.csv", Self.header + row("Kharkivska oblast", 1) + "\"Sumska oblast,2024")
        let store = load([path])
        #expect(store.count == 1)
        #expect(
            store.messages == [
                "\(path):3:1: error: quoted cell never closes; the rest of the file (from line 3) is skipped"
            ])
    }
}

@Suite("A first look at large CSV files")
struct CSVPreviewTests {
    @Test func thePreviewShowsTheNewestRowsOfALargeLog() throws {
        let dir = TempDir()
        var text = CSVAppendTests.header
        for i in 0..<2000 {
            text +=
                "Sumska oblast,2024-11-\(10 + i / 200) 10:\(String(format: "%02d", i % 60)):00+00:00,2024-11-\(10 + i / 200) 11:00:00+00:00,False\n"
        }
        let path = dir.write("alerts.csv", text)
        let lib = EventLibrary(sources: [.file(path)], options: LoadOptions())
        let preview = try #require(lib.preview(tailBytes: 4096))
        #expect(preview.count > 20 && preview.count < 100)
        #expect(preview.errorCount == 0)
        #expect(preview.time(at: preview.count - 1).isoText.hasPrefix("2024-11-19"))
        #expect(lib.loadAll().count == 2000)
    }

    /// Records whose notes hold a line break (as ACLED's do): a look that starts on a note's
    /// second line reads with errors, so it starts again at the next line, a record's start.
    @Test func aLookStartsAgainAfterALineInsideAQuotedCell() throws {
        let dir = TempDir()
        var text = "date,headline,notes\n"
        for i in 0..<400 {
            text += "2024-11-\(10 + i / 50),Event \(i),\"First line of note \(i),\nsecond line, \"\"quoted\"\".\"\n"
        }
        let path = dir.write("notes.csv", text)
        var options = LoadOptions()
        options.profile =
            ProfileFile.parse("time = \"date\"\ntitle = \"headline\"\nbody = \"notes\"\n", path: "p.toml").profile
        let lib = EventLibrary(sources: [.file(path)], options: options)
        // Cut so that the look starts at some note's second line, whichever the first line start is.
        for tail in [2048, 2080, 2100] {
            let preview = try #require(lib.preview(tailBytes: tail))
            #expect(preview.errorCount == 0 && preview.warningCount == 0)
            #expect(preview.count > 10 && preview.count < 60)
            #expect(preview.title(at: preview.count - 1) == "Event 399")
        }
        #expect(lib.loadAll().count == 400)
    }

    /// A look that starts inside a quoted cell reads with errors: it is not shown.
    @Test func aLookInsideAQuotedCellIsNotShown() throws {
        let dir = TempDir()
        var text = "date,headline,notes\n"
        let note = "\"" + String(repeating: "a line of a long quoted note\n", count: 400) + "\""
        for i in 0..<3 { text += "2024-11-2\(i),Event \(i),\(note)\n" }
        let path = dir.write("notes.csv", text)
        var options = LoadOptions()
        options.profile =
            ProfileFile.parse("time = \"date\"\ntitle = \"headline\"\nbody = \"notes\"\n", path: "p.toml").profile
        #expect(options.profile != nil)
        let lib = EventLibrary(sources: [.file(path)], options: options)
        #expect(lib.preview(tailBytes: 4096) == nil)
        #expect(lib.loadAll().count == 3)
    }
}
