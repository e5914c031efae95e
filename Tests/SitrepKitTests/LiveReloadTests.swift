import Foundation
import Testing
@testable import SitrepKit
import SitrepTestSupport

/// Each file operation done for real in a temporary folder, then `refresh`, then the events checked.
@Suite("Live reload")
struct LiveReloadTests {
    func line(_ title: String, _ time: String = "2024-11-26T10:00Z") -> String {
        #"{"time": "\#(time)", "title": "\#(title)"}"# + "\n"
    }

    func library(_ paths: [String]) -> (EventLibrary, EventStore) {
        var options = LoadOptions()
        options.holdUnfinishedLines = true
        let lib = EventLibrary(sources: paths.map(EventSource.file), options: options)
        return (lib, lib.loadAll())
    }

    func append(_ path: String, _ text: String) throws { try appendText(path, text) }

    /// Found by the wall's soak check: every read of an empty, binary or unknown-layout file left
    /// its descriptor open. 200 reads of each must not leave 200 descriptors (other tests running
    /// at the same time may hold a few).
    @Test func readingEmptyOrBrokenFilesAgainLeavesNoDescriptorsOpen() throws {
        let dir = TempDir()
        let empty = dir.write("empty.jsonl", "")
        let binary = dir.write("binary.jsonl", bytes: [0x7B, 0x00, 0x01, 0x02])
        let unknown = dir.write("unknown.csv", "a,b\n1,2\n")
        let (lib, _) = library([empty, binary, unknown])
        func open() -> Int { (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? 0 }
        let before = open()
        for _ in 0..<200 { _ = lib.refresh([empty, binary, unknown]) }
        #expect(open() - before < 50)
    }

    @Test func aPreviewReadsTheNewestEventsOfLargeFilesOnly() throws {
        let dir = TempDir()
        let big = dir.write(
            "big.jsonl",
            (0..<400).map {
                line(
                    "event \($0)",
                    "2024-11-26T10:\(String(format: "%02d", $0 / 60)):\(String(format: "%02d", $0 % 60))Z")
            }.joined())
        let small = dir.write("small.jsonl", line("small one"))
        let lib = EventLibrary(sources: [.file(big), .file(small)], options: LoadOptions())
        let preview = try #require(lib.preview(tailBytes: 2048))
        #expect(preview.count > 10 && preview.count < 60)
        #expect(preview.title(at: preview.count - 1) == "event 399")
        #expect(preview.titles.allSatisfy { $0.hasPrefix("event ") }, "the small file waits for the full load")
        #expect(preview.errorCount == 0, "the look starts at a line boundary")
        #expect(preview.event(at: preview.count - 1).event.title == "event 399", "details read from the right offsets")
        #expect(lib.loadAll().count == 401)
        #expect(EventLibrary(sources: [.file(small)], options: LoadOptions()).preview(tailBytes: 2048) == nil)
    }

    @Test func appendsAreReadIncrementally() throws {
        let dir = TempDir()
        let path = dir.write("a.jsonl", line("one") + line("two"))
        let (lib, first) = library([path])
        #expect(first.titles == ["one", "two"])
        try append(path, line("three"))
        let change = lib.refresh([path])
        let store = lib.snapshot()
        #expect(store.titles == ["one", "two", "three"])
        #expect(change.added == [store.id(at: 2)])
        #expect(store.origin(at: 2).line == 3)
        // Only the new bytes were parsed: they became a segment of their own.
        #expect(lib.files[0].segments.count == 2)
        #expect(lib.refresh([path]).isEmpty)
    }

    @Test func anUnfinishedLineIsHeldUntilItsNewline() throws {
        let dir = TempDir()
        let path = dir.write("a.jsonl", line("one"))
        let (lib, _) = library([path])
        try append(path, #"{"time": "2024-11-26T11:00Z", "title": "hal"#)
        _ = lib.refresh([path])
        #expect(lib.snapshot().titles == ["one"])
        #expect(lib.snapshot().diagnostics.isEmpty)
        try append(path, "f\"}\n")
        _ = lib.refresh([path])
        #expect(lib.snapshot().titles == ["one", "half"])
        #expect(lib.snapshot().origin(at: 1).line == 2)
        #expect(lib.snapshot().diagnostics.isEmpty)
    }

    @Test func aBurstOfTenThousandAppends() throws {
        let dir = TempDir()
        let path = dir.write("a.jsonl", "")
        let (lib, _) = library([path])
        let h = try #require(FileHandle(forWritingAtPath: path))
        var total = 0
        for i in 0..<10_000 {
            h.write(Data(line("burst \(i)").utf8))
            // The writer is still going while sitrep reads: refresh now and then, mid-burst.
            if i % 997 == 0 { total += lib.refresh([path]).added.count }
        }
        // And one write that stops half-way through a line.
        h.write(Data(#"{"time": "2024-11-26T10:00Z", "ti"#.utf8))
        try h.close()
        total += lib.refresh([path]).added.count
        let store = lib.snapshot()
        #expect(store.count == 10_000)
        #expect(total == 10_000)
        #expect(Set(store.titles).count == 10_000)
        #expect(store.diagnostics.isEmpty)
    }

    @Test func anEditorSaveRenamesATempFileOver() throws {
        let dir = TempDir()
        let path = dir.write("a.jsonl", line("old"))
        let (lib, _) = library([path])
        let temp = dir.write(".a.jsonl.tmp", line("old") + line("new"))
        #expect(rename(temp, path) == 0)
        let change = lib.refresh([path])
        #expect(lib.snapshot().titles == ["old", "new"])
        #expect(change.added.count == 1 && change.removed == 0)
    }

    @Test func vimsBackupRenameDance() throws {
        let dir = TempDir()
        let path = dir.write("a.jsonl", line("first"))
        let (lib, _) = library([path])
        // vim with backupcopy=no: rename the original to a backup, write a new file, delete the backup.
        #expect(rename(path, path + "~") == 0)
        _ = lib.refresh([path])
        dir.write("a.jsonl", line("first") + line("second"))
        #expect(unlink(path + "~") == 0)
        _ = lib.refresh([path, path + "~"])
        #expect(lib.snapshot().titles == ["first", "second"])
    }

    @Test func inPlaceRewriteOfTheSameSize() throws {
        let dir = TempDir()
        let path = dir.write("a.jsonl", line("aaaa") + line("bbbb"))
        let (lib, _) = library([path])
        let h = try #require(FileHandle(forUpdatingAtPath: path))
        h.write(Data(line("cccc").utf8))
        try h.close()
        let change = lib.refresh([path])
        #expect(lib.snapshot().titles == ["cccc", "bbbb"])
        #expect(change.added.count == 1 && change.removed == 1)
    }

    /// A file deleted while it is being read: what was opened is read whole (the descriptor keeps
    /// the data; every part shares that descriptor, none opens the path again), and reading the
    /// path afterwards says it is gone.
    @Test func aFileDeletedWhileBeingReadIsReadWholeThenReportedGone() throws {
        let dir = TempDir()
        let path = dir.write("big.jsonl", (0..<4000).map { line("e\($0)") }.joined())
        var options = LoadOptions()
        options.threads = 3
        options.splitThreshold = 1000
        let lib = EventLibrary(sources: [.file(path)], options: options)
        let (file, reader) = Loader.prepare(.file(path), options: options)
        let opened = try #require(reader)
        #expect(unlink(path) == 0)
        let parts = Loader.parse([(0, file, opened)], options: options)
        opened.close()
        #expect(parts.count == 3)
        #expect(parts.map(\.part.builder.rows.count).reduce(0, +) == 4000)
        #expect(parts.allSatisfy { $0.part.log.errors == 0 })
        // The library, asked to load the path that is now gone, says so and keeps nothing.
        let store = lib.loadAll()
        #expect(store.count == 0)
        #expect(store.messages.count == 1 && store.messages[0].contains("big.jsonl"))
    }

    @Test func truncationAndDeletionRemoveEvents() throws {
        let dir = TempDir()
        let a = dir.write("a.jsonl", line("a1") + line("a2"))
        let b = dir.write("b.jsonl", line("b1", "2024-11-26T09:00Z"))
        let (lib, _) = library([a, b])
        #expect(truncate(a, 0) == 0)
        var change = lib.refresh([a])
        #expect(lib.snapshot().titles == ["b1"])
        #expect(change.removed == 2)
        #expect(unlink(b) == 0)
        change = lib.refresh([b])
        #expect(lib.snapshot().count == 0)
        #expect(change.removed == 1)
        dir.write("b.jsonl", line("b again"))
        _ = lib.refresh([b])
        #expect(lib.snapshot().titles == ["b again"])
    }

    @Test func aNewFileInAWatchedFolder() throws {
        let dir = TempDir()
        let a = dir.write("feeds/a.jsonl", line("a"))
        let (lib, _) = library([a])
        let b = dir.write(
            "feeds/b.csv", "region,started_at,finished_at\nSumy,2024-11-26 10:00:00+00:00,2024-11-26 10:30:00+00:00\n")
        let change = lib.refresh([b, dir.path + "/feeds/notes.txt"])
        #expect(lib.snapshot().titles == ["a", "Air-raid alert in Sumy Oblast (30 min)"])
        #expect(change.added.count == 1)
    }

    @Test func logRotation() throws {
        let dir = TempDir()
        let path = dir.write("events.jsonl", line("before rotation"))
        let (lib, _) = library([path])
        #expect(rename(path, path + ".1") == 0)
        dir.write("events.jsonl", line("after rotation", "2024-11-26T12:00Z"))
        let change = lib.refresh([path])
        #expect(lib.snapshot().titles == ["after rotation"])
        #expect(change.added.count == 1 && change.removed == 1)
    }

    @Test func aSymlinkWhoseTargetChanges() throws {
        let dir = TempDir()
        let one = dir.write("one.jsonl", line("from one"))
        let two = dir.write("two.jsonl", line("from two"))
        let link = dir.path + "/current.jsonl"
        #expect(symlink(one, link) == 0)
        let (lib, first) = library([link])
        #expect(first.titles == ["from one"])
        #expect(unlink(link) == 0 && symlink(two, link) == 0)
        _ = lib.refresh([link])
        #expect(lib.snapshot().titles == ["from two"])
    }

    @Test func aBrokenFileKeepsItsLastGoodEventsWithAWarning() throws {
        let dir = TempDir()
        let path = dir.write(
            "a.csv", "region,started_at,finished_at\nSumy,2024-11-26 10:00:00+00:00,2024-11-26 10:30:00+00:00\n")
        let (lib, _) = library([path])
        dir.write("a.csv", "what,is,this\n1,2,3\n")
        _ = lib.refresh([path])
        var store = lib.snapshot()
        #expect(store.count == 1)
        #expect(store.messages.count == 1)
        #expect(store.messages[0].contains("showing the 1 events read before"))
        dir.write(
            "a.csv", "region,started_at,finished_at\nKharkiv,2024-11-26 10:00:00+00:00,2024-11-26 10:30:00+00:00\n")
        _ = lib.refresh([path])
        store = lib.snapshot()
        #expect(store.titles == ["Air-raid alert in Kharkiv Oblast (30 min)"])
        #expect(store.diagnostics.isEmpty)
    }

    @Test func anUnreadableFileKeepsItsEvents() throws {
        // Root reads files whatever their permissions, so the path is made unreadable as a file by
        // putting a folder in its place.
        let dir = TempDir()
        let path = dir.write("a.jsonl", line("kept"))
        let (lib, _) = library([path])
        #expect(unlink(path) == 0 && mkdir(path, 0o755) == 0)
        _ = lib.refresh([path])
        #expect(lib.snapshot().titles == ["kept"])
        #expect(lib.snapshot().messages == ["\(path): warning: is a directory; showing the 1 events read before"])
        #expect(rmdir(path) == 0)
        dir.write("a.jsonl", line("kept") + line("back"))
        _ = lib.refresh([path])
        #expect(lib.snapshot().titles == ["kept", "back"])
        #expect(lib.snapshot().diagnostics.isEmpty)
    }
}

@Suite("Snapshots after appends")
struct SnapshotAfterAppendTests {
    @Test func anExtendedSnapshotEqualsAFreshLoad() throws {
        let dir = TempDir()
        let a = dir.write(
            "a.jsonl",
            (0..<50).map {
                #"{"time": "2024-11-2\#($0 % 7)T10:\#(10 + $0)Z", "title": "a\#($0)", "region": "Sumy", "source": "S\#($0 % 3)"}"#
            }.joined(separator: "\n") + "\n")
        let b = dir.write("b.jsonl", #"{"time": "2024-11-01T00:00Z", "title": "b0", "region": "Kharkiv"}"# + "\n")
        var options = LoadOptions()
        options.holdUnfinishedLines = true
        let lib = EventLibrary(sources: [.file(a), .file(b)], options: options)
        _ = lib.loadAll()
        var appendedLines: [(String, String)] = [
            (
                a,
                #"{"time": "2024-12-01T00:00Z", "title": "newest", "regions": ["Sumy", "Kyiv"], "category": "strike"}"#
            ),
            (b, #"{"time": "2024-12-02T00:00Z", "title": "newer still"}"#),
            (a, #"{"time": "2024-11-15T00:00Z", "title": "older than the end: a full rebuild"}"#),
            (b, #"{"time": "2024-12-03T00:00Z", "title": "newest again", "region": "Kherson"}"#),
        ]
        while !appendedLines.isEmpty {
            let (path, text) = appendedLines.removeFirst()
            let h = try #require(FileHandle(forWritingAtPath: path))
            h.seekToEndOfFile()
            h.write(Data((text + "\n").utf8))
            try h.close()
            _ = lib.refresh([path])
            let live = lib.snapshot()
            let fresh = load([a, b])
            #expect(live.titles == fresh.titles)
            for facet in Facet.allCases { #expect(live.counts(by: facet) == fresh.counts(by: facet)) }
            #expect(live.positions(region: "Sumy Oblast") == fresh.positions(region: "Sumy Oblast"))
            #expect((0..<live.count).map(live.origin(at:)) == (0..<fresh.count).map(fresh.origin(at:)))
        }
    }
}
