/// Puts the rows of all segments in time order. Equal times keep the order of the files, then of
/// the lines: the order `(time, file, offset)` is total, so no two rows tie.
enum Timeline {
    @inline(__always)
    static func before(_ a: EventRow, _ b: EventRow) -> Bool {
        if a.time != b.time { return a.time < b.time }
        if a.file != b.file { return a.file < b.file }
        return a.offset < b.offset
    }

    /// Feeds are mostly in time order already: each segment that is becomes one sorted run, and
    /// the runs are merged pairwise (n log k for k runs); a segment out of order is sorted first.
    static func order(of segments: [Segment]) -> [RowRef] {
        var runs: [[RowRef]] = segments.indices.map { s in
            let rows = segments[s].rows
            var run = rows.indices.map { RowRef(segment: UInt32(s), index: UInt32($0)) }
            let sorted = rows.indices.dropFirst().allSatisfy { !before(rows[$0], rows[$0 - 1]) }
            if !sorted { run.sort { before(rows[Int($0.index)], rows[Int($1.index)]) } }
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

    private static func merge(_ a: [RowRef], _ b: [RowRef], _ segments: [Segment]) -> [RowRef] {
        func row(_ r: RowRef) -> EventRow { segments[Int(r.segment)].rows[Int(r.index)] }
        // Runs that do not overlap in time join end to end.
        if let lastA = a.last, let firstB = b.first, !before(row(firstB), row(lastA)) { return a + b }
        var out: [RowRef] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if before(row(b[j]), row(a[i])) { out.append(b[j]); j += 1 } else { out.append(a[i]); i += 1 }
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
