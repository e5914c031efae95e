import Foundation
import SitrepTestSupport
import Testing

/// `file:` in the query language, run through the real binary: each file's events found by the
/// filter equal the lines written to that file, and a name no loaded file has is an error.
@Suite("file: in queries")
struct FileTermTests {
    @Test func eachFilesEventsAreTheLinesWrittenToIt() throws {
        let dir = TempDir()
        var random = SeededRandom(seed: 36)
        var written: [String: Int] = [:]
        var paths: [String] = []
        for name in ["a.jsonl", "feeds/b.jsonl", "feeds/deeper/C.jsonl"] {
            let count = 1 + random.next(40)
            let lines = (0..<count).map { i in
                #"{"id": "\#(name)-\#(i)", "time": "2024-11-\#(10 + random.next(18))T0\#(random.next(10)):00Z", "title": "event \#(i)"}"#
            }
            paths.append(dir.write(name, lines.joined(separator: "\n") + "\n"))
            written[name] = count
        }
        for (name, count) in written {
            let short = (name as NSString).lastPathComponent
            for value in [short, short.uppercased(), dir.path + "/" + name] {
                let r = try Sitrep.run(["list", "--format", "jsonl", "--filter", "file:\"\(value)\""] + paths)
                #expect(r.status == 0 && r.lines.count == count, "\(value)")
            }
        }
        let both = try Sitrep.run(["list", "--format", "jsonl", "--filter", "file:a.jsonl,C.jsonl"] + paths)
        #expect(both.lines.count == written["a.jsonl"]! + written["feeds/deeper/C.jsonl"]!)
        let unknown = try Sitrep.run(["list", "--filter", "file:nope.jsonl"] + paths)
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no loaded file named 'nope.jsonl' (files: a.jsonl, b.jsonl, C.jsonl)"))
    }
}
