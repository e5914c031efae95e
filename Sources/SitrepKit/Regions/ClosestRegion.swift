/// The region a spelling the gazetteer does not know most likely means: a typo in a real sheet
/// (`Donestk`, `Charkov`, `Zaporizja`) is close to a known spelling. Only suggested, never merged:
/// two real places can be that close too.
extension Gazetteer {
    /// The known region with the spelling nearest to this one, if it is near enough: at most one edit
    /// for names of up to five letters, two up to ten, three beyond (an edit is a letter added,
    /// removed, changed, or two neighbours swapped), compared without the words oblast, region, ...
    public func closest(to spelling: String) -> Region? {
        let key = Array(Self.key(spelling))
        guard !key.isEmpty, key.count <= 64 else { return nil }
        let allowed = key.count <= 5 ? 1 : key.count <= 10 ? 2 : 3
        var best: (distance: Int, index: Int)?
        for (candidate, index) in spellingKeys {
            let c = Array(candidate)
            guard abs(c.count - key.count) <= allowed else { continue }
            let d = Self.editDistance(key, c, limit: allowed)
            if d <= allowed, d < best?.distance ?? Int.max { best = (d, index) }
        }
        return best.map { regions[$0.index] }
    }

    /// Edits between two spellings (optimal string alignment), or more than `limit` once it is clear
    /// the answer exceeds it.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowBest = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = min(d, before[j - 2] + 1) }
                current[j] = d
                rowBest = min(rowBest, d)
            }
            if rowBest > limit { return limit + 1 }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}

/// A region name in the loaded files that the gazetteer does not know, how many events carry it,
/// and the known region it is closest to.
public struct UnresolvedRegion: Sendable, Equatable {
    public var name: String
    public var count: Int
    public var closest: Region?

    /// Every unresolved name in counts per region (as `EventStore.counts(by: .region)` gives them),
    /// most events first.
    public static func find(in counts: [FacetCount], gazetteer: Gazetteer) -> [UnresolvedRegion] {
        counts.filter { $0.key != EventStore.noneKey && gazetteer.region(named: $0.key) == nil }
            .map { UnresolvedRegion(name: $0.key, count: $0.count, closest: gazetteer.closest(to: $0.key)) }
    }
}
