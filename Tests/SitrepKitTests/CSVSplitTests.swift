import Foundation
import Testing
@testable import SitrepKit
import SitrepTestSupport

/// A large CSV file is read by several threads, each from a record start: the events, their lines
/// and columns and every message must be those of one thread reading the whole file.
@Suite("CSV read in parallel parts")
struct CSVSplitTests {
    /// A generated alert log and a sheet of one's own with the corners of RFC 4180: quoted cells with
    /// commas, doubled quotes and line breaks (LF and CRLF), CRLF line ends, a byte order mark, stray
    /// quotes inside unquoted cells, bad times and rows with too many cells.
    static func sheet(seed: UInt64, rows: Int, bom: Bool, crlf: Bool) -> String {
        var r = Random(state: seed)
        let end = crlf ? "\r\n" : "\n"
        var out = (bom ? "\u{FEFF}" : "") + "date,headline,oblast,notes,count" + end
        let regions = ["Kharkiv", "Sumy Oblast", "\"Kyiv, City\"", "Одеська область", "Donestk"]
        for i in 0..<rows {
            let note: String
            switch r.next(1_000_000) % 6 {
            case 0: note = "\"a quoted note, with a comma\""
            case 1: note = "\"two\(end)lines, and \"\"quotes\"\"\""
            case 2: note = "12\" screen"
            case 3: note = "\"line\nbreak only LF\""
            case 4: note = ""
            default: note = "plain"
            }
            let date = r.next(1_000_000) % 17 == 0 ? "not a date" : "2024-11-\(10 + i % 19) 0\(i % 10):15"
            let extra = r.next(1_000_000) % 23 == 0 ? ",surplus" : ""
            out +=
                "\(date),Event \(i),\(regions[Int(r.next(1_000_000) % 5)]),\(note),\(r.next(1_000_000) % 50)\(extra)"
                + end
        }
        return out
    }

    static let profile: CSVProfile = {
        var p = CSVProfile(name: "split-test", summary: "test", detect: ["date", "headline"], time: ["date"])
        p.timeFormats = [.iso, CSVProfile.pattern("%Y-%m-%d %H:%M")]
        p.title = "headline"
        p.region = ["oblast"]
        p.body = "notes"
        p.figures = [.init(column: "count", figure: "count")]
        return p
    }()

    func read(_ path: String, threads: Int, threshold: Int) -> EventStore {
        load([path]) {
            $0.profile = Self.profile
            $0.threads = threads
            $0.splitThreshold = threshold
        }
    }

    @Test(arguments: [(1 as UInt64, false, false), (2, true, false), (3, false, true), (4, true, true)])
    func everyCutReadsAsOneThreadDoes(_ seed: UInt64, _ bom: Bool, _ crlf: Bool) throws {
        let dir = TempDir()
        let path = dir.write("sheet.csv", Self.sheet(seed: seed, rows: 300, bom: bom, crlf: crlf))
        let whole = read(path, threads: 1, threshold: .max)
        #expect(whole.count > 250)
        #expect(!whole.diagnostics.isEmpty, "the sheet has bad rows to report")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        for threads in [2, 3, 5, 8, 13] {
            let parts = read(path, threads: threads, threshold: 0)
            #expect(parts.segments.count == threads, "the file was read in \(threads) parts")
            #expect(parts.titles == whole.titles, "\(threads) parts")
            #expect(
                (0..<parts.count).map(parts.origin(at:)) == (0..<whole.count).map(whole.origin(at:)), "\(threads) parts"
            )
            #expect(parts.messages == whole.messages, "\(threads) parts")
            #expect(parts.event(at: 7).event == whole.event(at: 7).event)
            for facet in Facet.allCases { #expect(parts.counts(by: facet) == whole.counts(by: facet)) }
        }
        // Every record start is a possible cut: each target lands on one, and no cut is inside a record.
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let starts = Set((0..<whole.count).map { Int(whole.row($0).offset) } + [0])
        let reader = try EventSource.file(path).open()
        defer { reader.close() }
        let targets = stride(from: 0, to: size, by: max(1, size / 97)).map { $0 }
        let cuts = try CSVSplit.recordStarts(after: targets, from: 0, in: reader, delimiter: UInt8(ascii: ","))
        #expect(!cuts.isEmpty)
        #expect(cuts.allSatisfy { $0 > 0 && bytes[$0 - 1] == 0x0A })
        // A cut that is no event's start is the start of a row the reader skipped (a bad time).
        let skipped = cuts.filter { !starts.contains($0) }
        #expect(skipped.count <= whole.errorCount, "\(skipped)")
    }

    /// The jumping pass finds the cuts a byte-by-byte pass with the parser's quote rules finds, for
    /// a target at every offset and for a few, with the file read in pieces down to one byte (a
    /// quote, the byte after it or a line feed at every place of a piece).
    @Test(arguments: [(5 as UInt64, false, false), (6, true, true), (7, false, true)])
    func jumpsFindTheCutsSteppingFinds(_ seed: UInt64, _ bom: Bool, _ crlf: Bool) throws {
        let dir = TempDir()
        // Records that begin with a quoted cell holding a line feed, and an open quote at the end.
        let quotedFirst = (0..<6).map { "\"2024-11-1\($0)\n10:00\",Event,Sumy,\"note \"\"q\"\"\",\($0)\n" }.joined()
        let path = dir.write(
            "sheet.csv",
            Self.sheet(seed: seed, rows: 120, bom: bom, crlf: crlf) + quotedFirst + "\"an open quote, never closed\n")
        let bytes = try #require(FileManager.default.contents(atPath: path)).map { $0 }
        let reader = try EventSource.file(path).open()
        defer { reader.close() }
        var r = Random(state: seed)
        let every = Array(0..<bytes.count)
        let some = every.filter { _ in r.next(40) == 0 }
        for targets in [every, some, [0], [bytes.count - 2]] {
            let expected = Self.steppedCuts(bytes, targets: targets)
            #expect(
                !expected.isEmpty || targets == [bytes.count - 2],
                "only the open quote at the end has no record start after it")
            for chunk in [1, 2, 5, 64, 4_096, 1 << 20] {
                let cuts = try CSVSplit.recordStarts(
                    after: targets, from: 0, in: reader, delimiter: UInt8(ascii: ","), chunk: chunk)
                #expect(cuts == expected, "chunk \(chunk), \(targets.count) targets")
            }
        }
    }

    /// The cuts as a pass over every byte finds them: the first record start after each target.
    static func steppedCuts(_ bytes: [UInt8], targets: [Int]) -> [Int] {
        var state = CSVSplit.QuoteState()
        var cuts: [Int] = []
        var next = 0
        let first = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        for k in first..<bytes.count where state.step(bytes[k], delimiter: UInt8(ascii: ",")) {
            while next < targets.count, k + 1 > targets[next] {
                if cuts.last.map({ k + 1 > $0 }) ?? true { cuts.append(k + 1) }
                next += 1
            }
        }
        return cuts.filter { $0 < bytes.count }
    }
}
