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
        before(segments[Int(x.segment)].rows[Int(x.index)], segments[Int(x.segment)].file,
               segments[Int(y.segment)].rows[Int(y.index)], segments[Int(y.segment)].file)
    }

    /// Feeds are mostly in time order already: each segment that is becomes one sorted run, and
    /// the runs are merged pairwise (n log k for k runs); a segment out of order is sorted first.
    static func order(of segments: [Segment]) -> [RowRef] {
        if let joined = joinedInOrder(segments) { return joined }
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
    /// memory at once). Nil when some row comes before the one it follows.
    private static func joinedInOrder(_ segments: [Segment]) -> [RowRef]? {
        var last: RowRef?
        var total = 0
        for s in segments.indices where !segments[s].rows.isEmpty {
            let rows = segments[s].rows, file = segments[s].file
            if let last, before(RowRef(segment: UInt32(s), index: 0), last, in: segments) { return nil }
            for j in rows.indices.dropFirst() where before(rows[j], file, rows[j - 1], file) { return nil }
            last = RowRef(segment: UInt32(s), index: UInt32(rows.count - 1))
            total += rows.count
        }
        var out: [RowRef] = []
        out.reserveCapacity(total)
        for s in segments.indices {
            for j in segments[s].rows.indices { out.append(RowRef(segment: UInt32(s), index: UInt32(j))) }
        }
        return out
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
struct TimelineOrder: RandomAccessCollection, Sendable {
    private(set) var base: [RowRef]
    private(set) var tail: [RowRef] = []

    init(_ refs: [RowRef]) { base = refs }

    var startIndex: Int { 0 }
    var endIndex: Int { base.count + tail.count }

    @inline(__always)
    subscript(i: Int) -> RowRef { i < base.count ? base[i] : tail[i - base.count] }

    /// This order with newer events after it. The tail joins the shared part once it is a sixteenth
    /// of it: appends stay cheap, and the copy that joining makes is rare.
    func appending(_ added: [RowRef]) -> TimelineOrder {
        var next = self
        if tail.count + added.count > Swift.max(1 << 16, base.count / 16) {
            next.base = base + tail + added
            next.tail = []
        } else {
            next.tail = tail + added
        }
        return next
    }
}
