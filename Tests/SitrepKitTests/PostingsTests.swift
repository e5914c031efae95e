import Testing
@testable import SitrepKit
import SitrepTestSupport

@Suite("Postings")
struct PostingsTests {
    /// Ascending positions with runs and gaps, some starting past 0, appended one at a time and in
    /// pieces (as the index is extended at an append): the same positions as an array of them.
    @Test(arguments: [UInt64(1), 2, 3, 4])
    func holdWhatWasAppendedInOrder(seed: UInt64) {
        var rng = SeededRandom(seed: seed)
        for _ in 0..<200 {
            var all: [UInt32] = []
            var p = UInt32(rng.next() % 3)
            for _ in 0..<Int(rng.next() % 60) {
                all.append(p)
                p += rng.next() % 4 == 0 ? UInt32(2 + rng.next() % 5) : 1
            }
            var one = Postings()
            for q in all { one.append(q) }
            #expect(Array(one) == all)
            var pieced = Postings()
            var rest = all[...]
            while !rest.isEmpty {
                var piece = Postings()
                for q in rest.prefix(Int(1 + rng.next() % 9)) { piece.append(q) }
                rest = rest.dropFirst(piece.count)
                pieced.append(contentsOf: piece)
            }
            #expect(Array(pieced) == all && pieced.count == all.count)
            #expect(pieced == one, "one way of keeping the same positions")
        }
    }

    @Test func everyPositionIsOneRange() {
        var p = Postings()
        for q in UInt32(0)..<1000 { p.append(q) }
        var more = Postings()
        for q in UInt32(1000)..<1500 { more.append(q) }
        p.append(contentsOf: more)
        #expect(p.count == 1500 && p.first == 0 && p.last == 1499 && p[700] == 700)
    }
}
