/// The region a spelling the gazetteer does not know most likely means: a typo in a real sheet
/// (`Donestk`, `Charkov`, `Zaporizja`, `Kharkiv Obalst`) is close to a known spelling. Only
/// suggested, never merged: two real places can be that close too.
extension Gazetteer {
    /// The known region with the spelling nearest to this one, if it is near enough. Both are compared
    /// without the words oblast, region, ... (and words a letter or two from "oblast"), with the
    /// letter pairs transliterations disagree on folded (`zh`/`z`, `kh`/`h`, `ts`/`c`, `j`/`y`/`i`) or
    /// not, whichever is nearer; near enough is one edit for names of up to six letters, two up to
    /// eleven, three beyond (an edit is a letter added, removed, changed, or two neighbours swapped).
    public func closest(to spelling: String) -> Region? { nearest(to: spelling)?.region }

    /// The nearest region and how many edits away it is.
    func nearest(to spelling: String) -> (region: Region, distance: Int)? {
        // No place name is this long: a name of megabytes is not folded to find out.
        guard spelling.utf8.count <= Self.longestSpelling else { return nil }
        let words = Self.key(spelling).split(separator: " ").filter { !Self.isMisspeltDesignator($0) }
        let plain = words.joined(separator: " ")
        guard !plain.isEmpty, plain.count <= 64 else { return nil }
        var best: (distance: Int, index: Int)?
        for (key, candidates) in [
            (Array(plain), spellingKeys), (Array(Self.transliterationFold(plain)), foldedSpellingKeys),
        ] {
            let allowed = key.count <= 6 ? 1 : key.count <= 11 ? 2 : 3
            for (candidate, index) in candidates where abs(candidate.count - key.count) <= allowed {
                let d = Self.editDistance(key, candidate, limit: allowed)
                if d <= allowed, d < best?.distance ?? Int.max { best = (d, index) }
            }
        }
        return best.map { (regions[$0.index], $0.distance) }
    }

    /// `obalst`, `oblas`, `olast`: a word one or two letters from "oblast" says only what kind of
    /// region it is, like "oblast" itself.
    static func isMisspeltDesignator(_ word: Substring) -> Bool {
        word.count >= 4 && editDistance(Array(word), Array("oblast"), limit: 2) <= 2
    }

    /// Letter pairs that transliterations of one name disagree on, folded to one letter.
    static func transliterationFold(_ text: String) -> String {
        var s = text
        for (from, to) in [
            ("zh", "z"), ("kh", "h"), ("ch", "c"), ("sh", "s"), ("ts", "c"), ("tz", "c"), ("oe", "u"),
            ("j", "i"), ("y", "i"), ("w", "v"), ("ck", "k"), ("ss", "s"),
        ] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        return s
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
    /// The place below a region the name is nearest to, when it is nearer than any region's
    /// spelling (`Ivankov` is Ivankiv, a town in Kyiv Oblast, not Ivanovo Oblast); `closest` is then its region.
    public var closestPlace: Place?

    /// Every unresolved name in counts per region (as `EventStore.counts(by: .region)` gives them),
    /// most events first. Only the first `suggesting` get a suggestion: a file of 100,000 invented
    /// names would otherwise compare each with every known spelling.
    public static func find(in counts: [FacetCount], gazetteer: Gazetteer, suggesting: Int = 1_000)
        -> [UnresolvedRegion]
    {
        counts.filter { $0.key != EventStore.noneKey && gazetteer.region(named: $0.key) == nil }.enumerated()
            .map { i, c in
                var name = UnresolvedRegion(name: c.key, count: c.count, closest: nil)
                guard i < suggesting else { return name }
                let region = gazetteer.nearest(to: c.key)
                let place = gazetteer.places.nearest(to: c.key)
                if let place, place.distance < region?.distance ?? Int.max,
                    let its = gazetteer.region(named: place.place.region)
                {
                    (name.closest, name.closestPlace) = (its, place.place)
                } else {
                    name.closest = region?.region
                }
                return name
            }
    }
}
