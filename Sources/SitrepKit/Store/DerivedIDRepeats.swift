/// The derived ids a file has given so far, for numbering repeats: two records that say exactly
/// the same thing get the same derived id; the second becomes `~hash-2`, the third `~hash-3`, in
/// file order, so each event keeps an id of its own.
///
/// Every hash is kept once in one sorted array (8 bytes an event) and counted only where it
/// repeats, which is rare: a dictionary of a million hashes was 40 MB of a 215 MB dashboard.
struct DerivedIDRepeats: Sendable {
    private var sorted: [UInt64] = []
    /// How many times each hash seen more than once has been seen.
    private var repeats: [UInt64: Int] = [:]

    /// Takes the hashes of one read (after every read before), and returns which of them number
    /// beyond 1: `number(of:)` then gives each its number, in file order.
    mutating func add(_ hashes: [UInt64]) -> Set<UInt64> {
        add(sorted: hashes.sorted())
    }

    /// The same, for hashes already sorted (by the loading thread).
    mutating func add(sorted new: [UInt64]) -> Set<UInt64> {
        var candidates = Set<UInt64>()
        for k in new.indices where (k > 0 && new[k] == new[k - 1]) || contains(new[k]) { candidates.insert(new[k]) }
        for c in candidates where repeats[c] == nil { repeats[c] = contains(c) ? 1 : 0 }
        merge(new)
        return candidates
    }

    /// The next number of a hash `add` named a candidate: call once per occurrence, in file order.
    mutating func number(of hash: UInt64) -> Int {
        let n = repeats[hash, default: 0] + 1
        repeats[hash] = n
        return n
    }

    private func contains(_ h: UInt64) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < h { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == h
    }

    /// Merges a sorted array in, from the back, in place: no third array.
    private mutating func merge(_ new: [UInt64]) {
        guard !new.isEmpty else { return }
        var i = sorted.count - 1, j = new.count - 1
        sorted.append(contentsOf: repeatElement(0, count: new.count))
        var k = sorted.count - 1
        while j >= 0 {
            if i >= 0, sorted[i] > new[j] { sorted[k] = sorted[i]; i -= 1 } else { sorted[k] = new[j]; j -= 1 }
            k -= 1
        }
    }
}
