import Foundation
import Testing
@testable import SitrepKit
import SitrepTestSupport

@Suite("Repeated ids")
struct DuplicateIDTests {
    /// The radix sort orders as the standard sort does: values that differ only in the low or the
    /// high half, repeats, the extremes and an empty list.
    @Test func radixSortIsTheStandardSort() {
        var r = Random(state: 17)
        for size in [0, 1, 2, 3, 100, 5_000] {
            for spread in [4, 70_000, Int(UInt32.max)] {
                let values =
                    (0..<size).map { _ in UInt32(truncatingIfNeeded: r.next(spread) &* (spread == 4 ? 65_536 : 1)) }
                    + (size > 2 ? [0, .max, .max] : [])
                var sorted = values
                RadixSort.sort(&sorted)
                #expect(sorted == values.sorted(), "\(size) \(spread)")
            }
        }
    }

    /// Each position's half-hash is the one `idHash` gives, in timeline order, and exactly the
    /// events with an id of their own have one: a JSON Lines file with ids, one without (derived) and an alert log,
    /// in one timeline of three files.
    @Test func halvesAreTheIDHashesOfExplicitIDs() {
        let dir = TempDir()
        let a = dir.write(
            "a.jsonl",
            (0..<300).map { i in
                i % 3 == 0
                    ? #"{"time": "2024-11-\#(10 + i % 9)T0\#(i % 10):00:00Z", "title": "no id \#(i)"}"#
                    : #"{"id": "e\#(i % 120)", "time": "2024-11-\#(10 + i % 9)T0\#(i % 10):00:00Z", "title": "t\#(i)"}"#
            }.joined(separator: "\n") + "\n")
        let b = dir.write(
            "alerts.csv",
            "oblast,started_at,finished_at,naive\n"
                + (0..<50).map { i in
                    "Kyiv Oblast,2024-11-1\(i % 9) 0\(i % 10):00:00+00:00,2024-11-1\(i % 9) 0\(i % 10):30:00+00:00,False"
                }.joined(separator: "\n") + "\n")
        let store = load([a, b])
        var explicit = [Bool](repeating: false, count: store.count)
        var previous = -1
        store.forEachExplicitIDHalf { p, half in
            #expect(p > previous)
            previous = p
            explicit[p] = true
            #expect(half == UInt32(truncatingIfNeeded: store.idHash(at: p)))
        }
        #expect(explicit.filter { $0 }.count == 200)
        for p in 0..<store.count { #expect(explicit[p] == !store.flags(at: p).contains(.derivedID)) }
        // 200 ids over 80 names (e1, e2, e4, ...: 120 is a multiple of 3): 120 repeats.
        #expect(store.duplicateIDs.count == 120)
    }
}
