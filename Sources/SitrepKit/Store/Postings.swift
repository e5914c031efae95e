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
            for p in more.run { append(p) }
        }
        if rest.isEmpty, !more.rest.isEmpty { rest.reserveCapacity(more.rest.count) }
        for p in more.rest { append(p) }
    }
}
