import Testing
@testable import SitrepKit
import SitrepTestSupport

@Suite("Derived id repeats")
struct DerivedIDRepeatsTests {
    /// The numbers one read after another give, as `TrackedFile` asks for them.
    static func numbers(_ seen: inout DerivedIDRepeats, _ hashes: [UInt64]) -> [[Int]] {
        let candidates = seen.add(hashes)
        var out: [[Int]] = []
        for (i, h) in hashes.enumerated() where candidates.contains(h) {
            let n = seen.number(of: h)
            if n > 1 { out.append([i, n]) }
        }
        return out
    }

    @Test func repeatsAreNumberedInFileOrderAcrossReads() {
        var seen = DerivedIDRepeats()
        // 7 twice, 9 three times within one read; 5 once.
        #expect(Self.numbers(&seen, [7, 9, 5, 9, 7, 9]) == [[3, 2], [4, 2], [5, 3]])
        // An append: 9 a fourth time, 5 a second, 11 new, 11 again.
        #expect(Self.numbers(&seen, [11, 9, 5, 11]) == [[1, 4], [2, 2], [3, 2]])
        #expect(Self.numbers(&seen, []).isEmpty)
        #expect(Self.numbers(&seen, [12]).isEmpty)
    }

    /// Against a plain count of every hash, over reads of generated hashes with many repeats.
    @Test func matchesACountOfEveryHash() {
        var seen = DerivedIDRepeats()
        var counts: [UInt64: Int] = [:]
        var r = Random(state: 15)
        for _ in 0..<30 {
            let batch = (0..<r.next(201)).map { _ in UInt64(r.next(151)) }
            var expected: [[Int]] = []
            for (i, h) in batch.enumerated() {
                counts[h, default: 0] += 1
                if counts[h]! > 1 { expected.append([i, counts[h]!]) }
            }
            #expect(Self.numbers(&seen, batch) == expected)
        }
    }
}
