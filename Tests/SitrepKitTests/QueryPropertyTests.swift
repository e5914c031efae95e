import Testing
@testable import SitrepKit
import SitrepTestSupport

/// Properties that hold for any query, checked on many generated queries (a fixed seed, so every run
/// checks the same ones): `q` and `-(q)` split the events in two, and adding a term never adds events.
@Suite("Query properties")
struct QueryPropertyTests {
    let store = Loader.load(DemoEvents.sources)
    let now: Int64 = 1_732_665_600

    static let atoms = [
        "kursk", "drones", "\"air defence\"", "region:khark", "region:kursk,sumy", "region:UA-14", "cat:air",
        "cat:legal",
        "sub:inter", "source:reuters", "source:tass", "actor:putin", "tag:nato", "tag:end-estimated", "since:7d",
        "since:2024-11-15",
        "until:2024-11-10", "on:2024-11-26", "fig:duration_min>=60", "fig:drones_launched>0", "has:figures", "has:body",
        "has:coordinates", "id:demo-2024-11-20-lavrov", "region:\"(none)\"",
    ]

    func query(_ r: inout Random, depth: Int = 0) -> String {
        switch depth > 2 ? 0 : r.next(5) {
        case 0, 1: return Self.atoms[r.next(Self.atoms.count)]
        case 2: return "-" + query(&r, depth: depth + 1)
        case 3: return "(" + query(&r, depth: depth + 1) + " or " + query(&r, depth: depth + 1) + ")"
        default: return query(&r, depth: depth + 1) + " " + query(&r, depth: depth + 1)
        }
    }

    func matching(_ text: String) throws -> Set<Int> {
        Set(QueryMatcher(store: store, query: try QueryParser(now: now).parse(text)).positions())
    }

    @Test func aQueryAndItsNegationSplitTheEvents() throws {
        var r = Random(state: 42)
        let all = Set(0..<store.count)
        for _ in 0..<150 {
            let q = query(&r)
            let yes = try matching(q), no = try matching("-(\(q))")
            #expect(yes.isDisjoint(with: no), "\(q)")
            #expect(yes.union(no) == all, "\(q)")
        }
    }

    @Test func addingATermNeverAddsEvents() throws {
        var r = Random(state: 7)
        for _ in 0..<150 {
            let q = query(&r), extra = query(&r)
            #expect(try matching("(\(q)) \(extra)").isSubset(of: try matching(q)), "\(q) + \(extra)")
        }
    }

    @Test func theIndexAnswersAsEventByEventMatchingDoes() throws {
        var r = Random(state: 99)
        for _ in 0..<150 {
            let text = query(&r)
            let matcher = QueryMatcher(store: store, query: try QueryParser(now: now).parse(text))
            let oneByOne = (0..<store.count).filter { matcher.matches($0) }
            #expect(matcher.positions() == oneByOne, "\(text)")
            let within = Array(stride(from: 0, to: store.count, by: 3))
            #expect(matcher.positions(among: within) == within.filter { matcher.matches($0) }, "\(text)")
        }
    }
}
