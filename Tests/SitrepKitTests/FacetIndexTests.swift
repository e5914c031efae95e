import Foundation
import Testing
@testable import SitrepKit
import SitrepTestSupport

@Suite("Facet index")
struct FacetIndexTests {
    /// Every region, source and category (and "none" of each) has exactly the positions a scan of
    /// the events finds, in order; lists of two regions or sources, missing names and
    /// out-of-order lines included.
    @Test func indexHoldsWhatAScanFinds() {
        let dir = TempDir()
        var r = Random(state: 23)
        let regions = ["Kharkiv", "Sumy", "Odesa", "Kyiv City"], sources = ["ISW", "Ukrinform", "Air Force"]
        let count = 20_001
        var lines: [String] = []
        for i in 0..<count {
            var fields = [#""time": "2024-11-\#(10 + r.next(9))T\#(10 + r.next(10)):00:00Z""#, #""title": "e\#(i)""#]
            switch r.next(4) {
            case 0: break
            case 1: fields.append(#""regions": ["\#(regions[r.next(4)])", "\#(regions[r.next(4)])"]"#)
            default: fields.append(#""region": "\#(regions[r.next(4)])""#)
            }
            if r.next(3) > 0 { fields.append(#""sources": ["\#(sources[r.next(3)])", "\#(sources[r.next(3)])"]"#) }
            if r.next(5) > 0 { fields.append(#""category": "c\#(r.next(3))""#) }
            lines.append("{" + fields.joined(separator: ", ") + "}")
        }
        let store = load([dir.write("events.jsonl", lines.joined(separator: "\n") + "\n")])
        #expect(store.count == count)
        func scan(_ names: (Int) -> [String]) -> [String: [Int]] {
            var out: [String: [Int]] = [:]
            for p in 0..<store.count {
                let found = names(p)
                if found.isEmpty { out["", default: []].append(p) }
                for name in found { out[name, default: []].append(p) }
            }
            return out
        }
        func indexed(_ table: [UInt32: Postings], none: Postings) -> [String: [Int]] {
            var out: [String: [Int]] = [:]
            for (id, positions) in table { out[store.strings[Int(id)]] = positions.map { Int($0) } }
            if !none.isEmpty { out[""] = none.map { Int($0) } }
            return out
        }
        #expect(indexed(store.index.regions, none: store.index.withoutRegion) == scan(store.regions(at:)))
        #expect(indexed(store.index.sources, none: store.index.withoutSource) == scan(store.sources(at:)))
        #expect(
            indexed(store.index.categories, none: store.index.withoutCategory)
                == scan { store.category(at: $0).map { [$0] } ?? [] })
    }
}
