/// The timeline positions of one region's, category's or source's events, ascending. Positions
/// that follow one another from the first are kept as a range: an alert log's one category, or
/// its events without a source, are every position, and a million of them in an array were 4 MB
/// each of the dashboard's memory.
public struct Postings: Sendable, RandomAccessCollection, Equatable {
    /// The first positions, consecutive.
    private var run: Range<UInt32> = 0..<0
    /// The positions after the run.
    private var rest: [UInt32] = []

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { run.count + rest.count }

    public subscript(i: Int) -> UInt32 {
        i < run.count ? run.lowerBound + UInt32(i) : rest[i - run.count]
    }

    /// Adds a position after every one held.
    mutating func append(_ p: UInt32) {
        if !rest.isEmpty {
            rest.append(p)
        } else if run.isEmpty {
            run = p..<p + 1
        } else if p == run.upperBound {
            run = run.lowerBound..<p + 1
        } else {
            rest.append(p)
        }
    }

    /// Adds positions that all come after every one held.
    mutating func append(contentsOf more: Postings) {
        if rest.isEmpty, !more.run.isEmpty, run.isEmpty || more.run.lowerBound == run.upperBound {
            run = (run.isEmpty ? more.run.lowerBound : run.lowerBound)..<more.run.upperBound
        } else {
            var next = more.run.lowerBound
            while rest.isEmpty, next < more.run.upperBound {
                append(next)
                next += 1
            }
            if next < more.run.upperBound { rest.append(contentsOf: next..<more.run.upperBound) }
        }
        // Once `rest` has a position, the others are copied whole; before, one may extend the run.
        var i = 0
        while rest.isEmpty, i < more.rest.count {
            append(more.rest[i])
            i += 1
        }
        if i < more.rest.count { rest.append(contentsOf: more.rest[i...]) }
    }

    /// The positions below `limit`: a binary search, and the run and array shortened.
    func prefix(below limit: UInt32) -> Postings {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid] < limit { low = mid + 1 } else { high = mid }
        }
        var cut = Postings()
        cut.run = low <= run.count ? run.lowerBound..<run.lowerBound + UInt32(low) : run
        cut.rest = low <= run.count ? [] : Array(rest[..<(low - run.count)])
        return cut
    }
}
