/// Puts the rows of all segments in time order. Equal times keep the order of the files, then of
/// the lines: the order `(time, file, offset)` is total, so no two rows tie.
enum Timeline {
    /// Whether row `a` of file `fileA` comes before row `b` of file `fileB`.
    @inline(__always)
    static func before(_ a: EventRow, _ fileA: UInt32, _ b: EventRow, _ fileB: UInt32) -> Bool {
        if a.time != b.time { return a.time < b.time }
        if fileA != fileB { return fileA < fileB }
        return a.offset < b.offset
    }

    @inline(__always)
    static func before(_ x: RowRef, _ y: RowRef, in segments: [Segment]) -> Bool {
        before(
            segments[Int(x.segment)].rows[Int(x.index)], segments[Int(x.segment)].file,
            segments[Int(y.segment)].rows[Int(y.index)], segments[Int(y.segment)].file)
    }

    /// Feeds are mostly in time order already: each segment that is becomes one sorted run, and
    /// the runs are merged pairwise (n log k for k runs); a segment out of order is sorted first.
    static func order(of segments: [Segment]) -> [RowRef] {
        isInOrder(segments) ? joined(segments) : merged(segments)
    }

    /// The rows of segments not all in order: each segment a sorted run, the runs merged.
    static func merged(_ segments: [Segment]) -> [RowRef] {
        var runs: [[RowRef]] = segments.indices.map { s in
            let rows = segments[s].rows, file = segments[s].file
            var run = rows.indices.map { RowRef(segment: UInt32(s), index: UInt32($0)) }
            let sorted = rows.indices.dropFirst().allSatisfy { !before(rows[$0], file, rows[$0 - 1], file) }
            if !sorted { run.sort { before(rows[Int($0.index)], file, rows[Int($1.index)], file) } }
            return run
        }
        runs.removeAll { $0.isEmpty }
        while runs.count > 1 {
            var next: [[RowRef]] = []
            var k = 0
            while k < runs.count {
                if k + 1 < runs.count {
                    next.append(merge(runs[k], runs[k + 1], segments))
                    runs[k] = []
                    runs[k + 1] = []
                } else {
                    next.append(runs[k])
                }
                k += 2
            }
            runs = next
        }
        return runs.first ?? []
    }

    /// The common case, a feed in time order read in parts: the rows already are the timeline,
    /// written straight into one array (runs joined end to end held the runs and their join in
    /// memory at once).
    private static func joined(_ segments: [Segment]) -> [RowRef] {
        var out: [RowRef] = []
        out.reserveCapacity(segments.reduce(0) { $0 + $1.rows.count })
        for s in segments.indices {
            for j in segments[s].rows.indices { out.append(RowRef(segment: UInt32(s), index: UInt32(j))) }
        }
        return out
    }

    /// Whether no row comes before the one it follows, through all the segments.
    static func isInOrder(_ segments: [Segment]) -> Bool {
        var last: RowRef?
        for s in segments.indices where !segments[s].rows.isEmpty {
            let rows = segments[s].rows, file = segments[s].file
            if let last, before(RowRef(segment: UInt32(s), index: 0), last, in: segments) { return false }
            for j in rows.indices.dropFirst() where before(rows[j], file, rows[j - 1], file) { return false }
            last = RowRef(segment: UInt32(s), index: UInt32(rows.count - 1))
        }
        return true
    }

    private static func merge(_ a: [RowRef], _ b: [RowRef], _ segments: [Segment]) -> [RowRef] {
        func comesBefore(_ x: RowRef, _ y: RowRef) -> Bool { before(x, y, in: segments) }
        // Runs that do not overlap in time join end to end.
        if let lastA = a.last, let firstB = b.first, !comesBefore(firstB, lastA) { return a + b }
        var out: [RowRef] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if comesBefore(b[j], a[i]) { out.append(b[j]); j += 1 } else { out.append(a[i]); i += 1 }
        }
        out += a[i...]
        out += b[j...]
        return out
    }
}

/// The timeline order of a snapshot: a large part shared with the snapshots before it and a short
/// tail of appended events. An append copies only the tail, where copying the whole order (8 bytes
/// an event) at every appended line would hold two copies of it in memory at once.
///
/// When the segments' rows already are in time order (a feed written as things happen, read in
/// parts), the large part is no array at all: position `i` is found among the segments' starts.
struct TimelineOrder: RandomAccessCollection, Sendable {
    /// The large part as references, unless `starts` stands for it.
    private var base: [RowRef]
    /// In order: where each segment's rows start in the timeline, and the end (one more entry).
    private var starts: [Int] = []
    private var tail: [RowRef] = []
    private let baseCount: Int
    /// A cut order's length (`cut(to:)`): the shared parts are kept whole, not copied.
    private var limit: Int?

    init(_ refs: [RowRef]) {
        base = refs
        baseCount = refs.count
    }

    /// The rows of segments of these sizes, one segment after the other.
    init(inOrderSegmentSizes sizes: [Int]) {
        base = []
        starts = [0]
        for n in sizes { starts.append(starts[starts.count - 1] + n) }
        baseCount = starts[starts.count - 1]
    }

    /// The order of a snapshot's segments: kept as their starts when they already are in time order.
    static func of(_ segments: [Segment]) -> TimelineOrder {
        if Timeline.isInOrder(segments) { return TimelineOrder(inOrderSegmentSizes: segments.map(\.rows.count)) }
        return TimelineOrder(Timeline.merged(segments))
    }

    var startIndex: Int { 0 }
    var endIndex: Int { limit ?? baseCount + tail.count }

    /// The first `count` positions, sharing this order's storage.
    func cut(to count: Int) -> TimelineOrder {
        var cut = self
        cut.limit = Swift.min(count, endIndex)
        return cut
    }

    @inline(__always)
    subscript(i: Int) -> RowRef {
        guard i < baseCount else { return tail[i - baseCount] }
        guard !starts.isEmpty else { return base[i] }
        // The segment with starts[low] <= i < starts[low + 1]: an empty segment, whose start is
        // the next one's, never holds that.
        var low = 0, high = starts.count - 1
        while high - low > 1 {
            let mid = (low + high) / 2
            if starts[mid] <= i { low = mid } else { high = mid }
        }
        return RowRef(segment: UInt32(low), index: UInt32(i - starts[low]))
    }

    /// This order with newer events after it. The tail joins the shared part once it is a sixteenth
    /// of it: appends stay cheap, and the copy that joining makes is rare.
    func appending(_ added: [RowRef]) -> TimelineOrder {
        var next = self
        precondition(limit == nil, "a cut order is not appended to")
        if tail.count + added.count > Swift.max(1 << 16, baseCount / 16) {
            next = TimelineOrder(Array(self) + added)
        } else {
            next.tail = tail + added
        }
        return next
    }
}
