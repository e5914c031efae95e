import Foundation
import Testing
@testable import SitrepKit
import SitrepTestSupport

/// Actors, tags, figures and subcategories are kept beside the lists rather than in every row
/// (`RowExtras`): whatever mix an event has, in whatever part of whatever file, it must read back
/// as written, and queries on them must find it.
@Suite("Row extras")
struct RowExtrasTests {
    /// The row's size is what a million events cost (48 MB); a field added to it shows here.
    @Test func aRowIsFortyEightBytes() {
        #expect(MemoryLayout<EventRow>.stride == 48)
    }

    func distinct(_ names: [String]) -> [String] {
        names.enumerated().filter { !names[..<$0.offset].contains($0.element) }.map(\.element)
    }

    struct Written {
        var regions: [String] = [], sources: [String] = [], actors: [String] = [], tags: [String] = []
        var figures: [(String, Double)] = []
        var subcategory: String?
    }

    /// Events with every mix of extras, in files whose names come in different orders (so that
    /// each loading thread numbers them differently and the store renumbers them), and in a file
    /// large enough to be read in parts.
    @Test(arguments: [(1, 300, UInt64(3)), (3, 200, 11), (1, 6_000, 29)])
    func everyMixReadsBackAsWritten(files: Int, events: Int, seed: UInt64) throws {
        let dir = TempDir()
        var rng = Random(state: seed)
        var written: [String: Written] = [:]
        let regions = ["Kharkiv", "Sumy", "Odesa"], sources = ["ISW", "Ukrinform", "Air Force"]
        let actors = ["RU", "UA", "Wagner"], tags = ["drone", "strike", "night"],
            figureNames = ["killed", "injured", "drones"]
        let subcategories = ["Shahed", "artillery", "glide bomb"]
        var paths: [String] = []
        for f in 0..<files {
            var lines: [String] = []
            // Each file meets the names in its own order.
            let shift = f
            func some(_ pool: [String], _ most: Int) -> [String] {
                let n = rng.next(most + 1)
                return (0..<n).map { pool[($0 + shift + rng.next(2)) % pool.count] }
            }
            for e in 0..<events {
                var w = Written()
                w.regions = some(regions, 2)
                w.sources = some(sources, 2)
                w.actors = some(actors, 3)
                w.tags = some(tags, 3)
                w.figures = some(figureNames, 3).map { ($0, Double(rng.next(500))) }
                w.subcategory = rng.next(3) == 0 ? subcategories[(rng.next(3) + shift) % 3] : nil
                let id = "f\(f)-\(e)"
                written[id] = w
                var fields = [
                    "\"id\": \"\(id)\"", "\"time\": \"2024-11-\(10 + e % 15)T0\(e % 10):00:00Z\"",
                    "\"title\": \"Event \(e) of file \(f)\"",
                ]
                func list(_ key: String, _ values: [String]) {
                    if !values.isEmpty {
                        fields.append("\"\(key)\": [" + values.map { "\"\($0)\"" }.joined(separator: ", ") + "]")
                    }
                }
                list("regions", w.regions)
                list("sources", w.sources)
                list("actors", w.actors)
                list("tags", w.tags)
                if !w.figures.isEmpty {
                    fields.append(
                        "\"figures\": {"
                            + w.figures.enumerated().map { "\"\($1.0)\($0)\": \($1.1)" }.joined(separator: ", ") + "}")
                    w.figures = w.figures.enumerated().map { ("\($1.0)\($0)", $1.1) }
                    written[id] = w
                }
                if let sub = w.subcategory { fields.append("\"subcategory\": \"\(sub)\"") }
                lines.append("{" + fields.joined(separator: ", ") + "}")
            }
            paths.append(dir.write("feed-\(f).jsonl", lines.joined(separator: "\n") + "\n"))
        }
        let store = load(paths) { $0.splitThreshold = 64 << 10 }
        #expect(store.count == files * events)
        #expect(store.diagnostics.isEmpty, "\(store.messages.prefix(3))")
        for p in 0..<store.count {
            let id = store.id(at: p)
            let w = try #require(written[id])
            let canonical = w.regions.map { store.gazetteer.canonicalName($0) }
            // A name listed twice is kept once, where it first came.
            #expect(store.regions(at: p) == distinct(canonical), "\(id) regions")
            #expect(store.sources(at: p) == distinct(w.sources), "\(id) sources")
            #expect(store.actors(at: p) == distinct(w.actors), "\(id) actors")
            #expect(store.tags(at: p) == distinct(w.tags), "\(id) tags")
            #expect(
                store.figures(at: p).map(\.name) == w.figures.map(\.0)
                    && store.figures(at: p).map(\.value) == w.figures.map(\.1), "\(id) figures")
            #expect(store.subcategory(at: p) == w.subcategory, "\(id) subcategory")
        }
        // The index and queries read the same lists.
        func matches(_ text: String) throws -> Int {
            QueryMatcher(store: store, query: try QueryParser(now: 0).parse(text)).positions().count
        }
        #expect(try matches("sub:shahed") == written.values.filter { $0.subcategory == "Shahed" }.count)
        #expect(try matches("tag:night") == written.values.filter { $0.tags.contains("night") }.count)
        #expect(try matches("actor:wagner") == written.values.filter { $0.actors.contains("Wagner") }.count)
        #expect(try matches("has:figures") == written.values.filter { !$0.figures.isEmpty }.count)
        let isw = try matches("source:isw")
        #expect(isw == written.values.filter { $0.sources.contains("ISW") }.count)
        // A source listed twice counts once, as the counting lane counts it.
        let counted = store.counts(by: .source).first { $0.key == "ISW" }?.count
        #expect(counted == isw)
        var options = LoadOptions()
        options.countingBy = .source
        let lane = EventLibrary(sources: paths.map(EventSource.file), options: options).countAll().counts.first {
            $0.key == "ISW"
        }?.count
        #expect(lane == isw)
    }
}
