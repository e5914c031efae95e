extension QueryMatcher {
    /// The positions a query selects, in timeline order, answered from the index where it can be:
    /// region, category and source terms are unions of postings, time terms are binary searches
    /// (the timeline is in time order), and/or/not are operations on sorted positions. Only the
    /// other terms (actors, tags, ids, figures, has:) look at events one by one, words with a scan
    /// of the files (`textPositions`), and inside an `and` only at the events the indexed terms left.
    func evaluate(_ q: Query, within: [Int]? = nil) -> [Int] {
        switch q {
        case .all:
            return within ?? Array(0..<store.count)
        case .since(let b):
            // Past the later of the instant and its day every event is inside; between the two
            // (under a day wide) day events and timed events are told apart one by one.
            let low = firstPosition { $0 >= b.range.low }, high = firstPosition { $0 >= b.range.high }
            let edge = (low..<high).filter { b.isAfterStart(store.time(at: $0)) }
            return clip(edge + Array(high..<store.count), within)
        case .until(let b):
            let low = firstPosition { $0 > b.range.low }, high = firstPosition { $0 > b.range.high }
            let edge = (low..<high).filter { b.isBeforeEnd(store.time(at: $0)) }
            return clip(Array(0..<low) + edge, within)
        case .field(.region, let values):
            let names = regionSet(values, q)
            var lists = store.regionPostings().filter { names.contains($0.name) }.map { $0.positions.map { Int($0) } }
            if values.contains(where: { EventStore.noneKey.hasPrefix(TextFold.fold($0)) }) {
                lists.append(store.positions(region: nil))
            }
            return clip(lists.reduce([], SortedPositions.union), within)
        case .field(.category, let values):
            let lists = store.index.categories.filter { startsWord($0.key, values) }.map { $0.value.map { Int($0) } }
            return clip(lists.reduce([], SortedPositions.union), within)
        case .field(.source, let values):
            let lists = store.index.sources.filter { startsWord($0.key, values) }.map { $0.value.map { Int($0) } }
            return clip(lists.reduce([], SortedPositions.union), within)
        case .and(let parts):
            var result = within
            // Terms the index answers first, so that the others look at as few events as possible.
            for part in parts.sorted(by: { Self.indexed($0) && !Self.indexed($1) }) {
                result = evaluate(part, within: result)
                if result?.isEmpty == true { break }
            }
            return result ?? Array(0..<store.count)
        case .text(let word):
            return textPositions(word, among: within ?? Array(0..<store.count))
        case .or(let parts):
            return parts.map { evaluate($0, within: within) }.reduce([], SortedPositions.union)
        case .not(let inner):
            let all = within ?? Array(0..<store.count)
            return SortedPositions.subtract(all, evaluate(inner, within: within))
        default:
            return (within ?? Array(0..<store.count)).filter { matches(q, $0) }
        }
    }

    /// Whether a query looks for words, which may mean reading bodies back from the files.
    public static func readsFiles(_ q: Query) -> Bool {
        switch q {
        case .text, .extra: true
        case .and(let parts), .or(let parts): parts.contains(where: readsFiles)
        case .not(let inner): readsFiles(inner)
        default: false
        }
    }

    /// Whether a term is answered from the index alone.
    static func indexed(_ q: Query) -> Bool {
        switch q {
        case .all, .since, .until, .field(.region, _), .field(.category, _), .field(.source, _): true
        case .and(let parts), .or(let parts): parts.allSatisfy(indexed)
        case .not(let inner): indexed(inner)
        default: false
        }
    }

    private func clip(_ positions: [Int], _ within: [Int]?) -> [Int] {
        within.map { SortedPositions.intersect($0, positions) } ?? positions
    }

    /// The first position whose time (in seconds) satisfies a condition that, once true, stays true.
    private func firstPosition(_ condition: (Int64) -> Bool) -> Int {
        var low = 0, high = store.count
        while low < high {
            let mid = (low + high) / 2
            if condition(store.time(at: mid).seconds) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

/// Set operations on ascending arrays of positions.
enum SortedPositions {
    static func intersect(_ a: [Int], _ b: [Int]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(min(a.count, b.count))
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { out.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return out
    }

    static func union(_ a: [Int], _ b: [Int]) -> [Int] {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        var out: [Int] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j >= b.count || (i < a.count && a[i] < b[j]) {
                out.append(a[i]); i += 1
            } else if i >= a.count || b[j] < a[i] {
                out.append(b[j]); j += 1
            } else {
                out.append(a[i]); i += 1; j += 1
            }
        }
        return out
    }

    static func subtract(_ a: [Int], _ b: [Int]) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(a.count)
        var j = 0
        for x in a {
            while j < b.count && b[j] < x { j += 1 }
            if j >= b.count || b[j] != x { out.append(x) }
        }
        return out
    }
}
