import Foundation
import Testing
@testable import SitrepKit
import SitrepTestSupport

/// Real inotify on real files in a temporary folder.
@Suite("Watching files")
struct FileWatcherTests {
    /// Waits up to two seconds for inotify events and returns the changed paths.
    func changes(_ w: FileWatcher) -> [String] {
        var out = Set<String>()
        var fds = [pollfd(fd: w.descriptor, events: Int16(POLLIN), revents: 0)]
        guard poll(&fds, 1, 2000) > 0 else { return [] }
        usleep(20_000)
        out.formUnion(w.readEvents())
        return out.sorted()
    }

    @Test func inotifySeesEveryKindOfChange() throws {
        let dir = TempDir()
        let file = dir.write("a.jsonl", "{}\n")
        let w = FileWatcher(files: [file], folders: [])
        #expect(w.mode == .inotify)
        #expect(w.descriptor >= 0)

        let h = try #require(FileHandle(forWritingAtPath: file))
        h.seekToEndOfFile()
        h.write(Data("more\n".utf8))
        try h.close()
        #expect(changes(w) == [file])

        let temp = dir.write("a.jsonl.tmp", "new\n")
        #expect(rename(temp, file) == 0)
        #expect(changes(w) == [file])

        dir.write("other.jsonl", "ignored: not followed and not in a followed folder")
        #expect(changes(w) == [])

        #expect(unlink(file) == 0)
        #expect(changes(w) == [file])
    }

    @Test func foldersAreWatchedWithNewSubfolders() throws {
        let dir = TempDir()
        let root = dir.path + "/feeds"
        dir.write("feeds/a.jsonl", "{}\n")
        let w = FileWatcher(files: [], folders: [root])
        let b = dir.write("feeds/b.csv", "x\n")
        #expect(changes(w) == [b])
        #expect(mkdir(root + "/sub", 0o755) == 0)
        _ = changes(w)
        let c = dir.write("feeds/sub/c.ndjson", "{}\n")
        #expect(changes(w) == [c])
        dir.write("feeds/.hidden.jsonl", "{}\n")
        dir.write("feeds/notes.txt", "text")
        #expect(changes(w) == [])
    }

    @Test func aSymlinkTargetsChangesAreSeen() throws {
        let dir = TempDir()
        let target = dir.write("data/real.jsonl", "{}\n")
        let link = dir.path + "/link.jsonl"
        #expect(symlink(target, link) == 0)
        let w = FileWatcher(files: [link], folders: [])
        let h = try #require(FileHandle(forWritingAtPath: target))
        h.seekToEndOfFile()
        h.write(Data("x\n".utf8))
        try h.close()
        #expect(changes(w) == [link])
    }

    @Test func pollingComparesSizeTimeAndInode() throws {
        let dir = TempDir()
        let file = dir.write("a.jsonl", "{}\n")
        let w = FileWatcher(files: [file], folders: [dir.path + "/feeds"], pollSeconds: 0.5)
        #expect(w.mode == .polling(seconds: 0.5, reason: "--poll"))
        #expect(w.descriptor == -1)
        #expect(w.pollChanges() == [])
        dir.write("a.jsonl", "{}\n{}\n")
        let new = dir.write("feeds/b.jsonl", "{}\n")
        #expect(w.pollChanges() == [file, new])
        #expect(unlink(new) == 0)
        #expect(w.pollChanges() == [new])
        #expect(w.mode.label == "polling every 0.5 s")
    }

    @Test func localFoldersNeedNoPolling() {
        #expect(FileWatcher.reasonToPoll([NSTemporaryDirectory(), "."]) == nil)
    }
}
