import Foundation

/// Word search over a whole store: what makes a word filter at a million events take a fraction of
/// a second rather than many seconds.
///
/// Actors, sources and the titles kept in memory are checked first. Bodies, locations and most
/// titles stay in the files (that is what keeps the store small), so the records still in question
/// are read back in large blocks, in file order, segment by segment on every core; each record's raw
/// bytes are scanned for the word before any JSON is read, and only records that might hold it are
/// parsed.
extension QueryMatcher {
    /// Records read back in one go at most this far apart; sparse candidates are read in smaller
    /// blocks rather than reading the gaps between them.
    static let blockBytes = 4 << 20
    static let largestGap = 64 << 10
    /// Rows per unit of parallel work.
    static let unitRows = 16_384

    /// The candidates (ascending positions) whose title, actors, sources, body or location contain
    /// a folded word. Returns what it has when cancelled; the caller discards it.
    func textPositions(_ word: String, among candidates: [Int]) -> [Int] {
        let needle = FoldedNeedle(word)
        // Each source and actor name is tested once, not once per event that names it.
        let names = foldedStrings().map { $0.contains(word) }
        // Per segment, the position of the candidate at each row (-1: not a candidate), so that
        // each segment is read in its own (file) order and the result comes back in timeline order.
        var slots = store.segments.map { [Int32](repeating: -1, count: $0.rows.count) }
        for p in candidates {
            let ref = store.order[p]
            slots[Int(ref.segment)][Int(ref.index)] = Int32(p)
        }
        var units: [(segment: Int, rows: Range<Int>)] = []
        for (s, segment) in store.segments.enumerated() {
            for start in stride(from: 0, to: segment.rows.count, by: Self.unitRows) {
                units.append((s, start..<min(segment.rows.count, start + Self.unitRows)))
            }
        }
        var hits = [Bool](repeating: false, count: store.count)
        let (work, rowSlots) = (units, slots)
        hits.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            let scanner = UnitScanner(
                store: store, needle: needle, names: names, csv: store.files.map { $0.csv != nil },
                cancellation: cancellation,
                unreadable: unreadable)
            // Every position belongs to one row of one unit, so units write to disjoint places.
            DispatchQueue.concurrentPerform(iterations: units.count) { u in
                scanner.scan(work[u].segment, work[u].rows, rowSlots[work[u].segment], out)
            }
        }
        return candidates.filter { hits[$0] }
    }

    /// Every interned string folded once, for the workers to read.
    func foldedStrings() -> [String] {
        if let all = foldedAll { return all }
        let all = store.strings.map(TextFold.fold)
        foldedAll = all
        return all
    }
}

/// One worker's view of a word search: everything it reads is immutable.
private struct UnitScanner: @unchecked Sendable {
    let store: EventStore
    let needle: FoldedNeedle
    /// Per interned string: whether it holds the word.
    let names: [Bool]
    /// Per file: read through a CSV profile.
    let csv: [Bool]
    let cancellation: Cancellation?
    let unreadable: UnreadableFiles

    func scan(_ s: Int, _ rows: Range<Int>, _ slots: [Int32], _ out: UnsafeMutableBufferPointer<Bool>) {
        guard cancellation?.isCancelled != true else { return }
        let segment = store.segments[s]
        var readers: [Int: ByteReader] = [:]
        var details: DetailReader?
        defer { readers.values.forEach { $0.close() } }
        var pending: [Int] = []
        var block = (file: -1, start: 0, end: 0)

        func flush() {
            defer { pending.removeAll(keepingCapacity: true) }
            guard !pending.isEmpty, cancellation?.isCancelled != true else { return }
            let held = store.files[block.file].held?.reader
            if held == nil, readers[block.file] == nil {
                readers[block.file] = try? store.files[block.file].source.open()
            }
            guard let reader = held ?? readers[block.file],
                let bytes = try? reader.bytes(at: block.start, count: block.end - block.start),
                bytes.count == block.end - block.start
            else {
                unreadable.note(store.files[block.file].path)
                return
            }
            bytes.withUnsafeBufferPointer { all in
                for r in pending {
                    let row = segment.rows[r]
                    let from = Int(row.offset) - block.start
                    guard from + Int(row.length) <= all.count else { continue }
                    var record = UnsafeBufferPointer(rebasing: all[from..<from + Int(row.length)])
                    if row.offset == 0, record.starts(with: [0xEF, 0xBB, 0xBF]) {
                        record = UnsafeBufferPointer(rebasing: record[3...])
                    }
                    if fileTextContains(record) { out[Int(slots[r])] = true }
                }
            }
        }

        for r in rows where slots[r] >= 0 {
            let row = segment.rows[r]
            if inMemoryFieldsContain(row, segment) {
                out[Int(slots[r])] = true
                continue
            }
            guard !EventFlags(rawValue: row.flags).isDisjoint(with: [.body, .location, .titleInFile]) else { continue }
            let file = Int(segment.file)
            guard !csv[file] else {
                // CSV records are read one by one through their profile (CSV files are small next to feeds).
                if details == nil { details = DetailReader(store: store) }
                let e = details!.event(at: Int(slots[r])).event
                if [e.body, e.location].contains(where: { $0.map { TextFold.fold($0).contains(needle.text) } ?? false })
                {
                    out[Int(slots[r])] = true
                }
                continue
            }
            let start = Int(row.offset), end = start + Int(row.length)
            if block.file != file || start < block.start || end - block.start > QueryMatcher.blockBytes
                || start > block.end + QueryMatcher.largestGap
            {
                flush()
                block = (file, start, end)
            }
            block.end = max(block.end, end)
            pending.append(r)
        }
        flush()
    }

    private func inMemoryFieldsContain(_ row: EventRow, _ segment: Segment) -> Bool {
        if row.hasDerivedTitle {
            var made = store.derivedTitle(of: row, in: segment)
            if made.withUTF8({ needle.isIn($0) }) { return true }
        }
        let title = segment.arena.withUnsafeBufferPointer { arena in
            let start = row.text + Int(row.idLength)
            return needle.isIn(UnsafeBufferPointer(rebasing: arena[start..<start + row.titleBytesInArena]))
        }
        if title { return true }
        let first = Int(row.lists) + Int(row.regionCount)
        return segment.lists[first..<first + Int(row.sourceCount) + segment.extras(of: row).actorCount].contains {
            names[Int($0)]
        }
    }

    /// Whether the title, body or location of one JSON record holds the word: the raw bytes are
    /// scanned first, and the record is parsed only when they might.
    private func fileTextContains(_ record: UnsafeBufferPointer<UInt8>) -> Bool {
        if needle.scan(record) == .absent { return false }
        if let base = record.baseAddress, memchr(base, Int32(UInt8(ascii: "\\")), record.count) == nil {
            return Self.plainFileTextContains(record, needle)
        }
        var c = JSONCursor(bytes: record)
        c.skipSpace()
        guard c.peek == UInt8(ascii: "{") else { return false }
        c.index += 1
        var found = false
        do throws(JSONSyntaxError) {
            try c.memberBytes {
                (c: inout JSONCursor, key: UnsafeBufferPointer<UInt8>, _: Int) throws(JSONSyntaxError) in
                let field = NativeField(key)
                if !found, field == .title || field == .body || field == .location, c.peek == UInt8(ascii: "\"") {
                    found = try c.withStringBytes { needle.isIn($0) }
                } else {
                    _ = try c.skipValue()
                }
            }
        } catch {
            return found
        }
        return found
    }

    /// The same answer for a record without a backslash, found by walking its structure instead of
    /// tokenising it: with no escapes every quote opens or closes a string, so strings are found with
    /// `memchr`, and only the top-level `title`, `body` and `location` values are searched. The record
    /// was valid JSON when it was loaded; what this does with broken JSON does not matter.
    static func plainFileTextContains(_ record: UnsafeBufferPointer<UInt8>, _ needle: FoldedNeedle) -> Bool {
        guard let base = record.baseAddress else { return false }
        let n = record.count
        var i = 0, depth = 0
        var key: Range<Int>?
        var expectValue = false
        while i < n {
            switch record[i] {
            case UInt8(ascii: "\""):
                guard let q = memchr(base + i + 1, Int32(UInt8(ascii: "\"")), n - i - 1) else { return false }
                let close = base.distance(to: q.assumingMemoryBound(to: UInt8.self))
                if depth == 1 {
                    if expectValue {
                        if let key,
                            [.title, .body, .location].contains(
                                NativeField(UnsafeBufferPointer(rebasing: record[key]))),
                            needle.isIn(UnsafeBufferPointer(rebasing: record[i + 1..<close]))
                        {
                            return true
                        }
                        expectValue = false
                    } else {
                        key = i + 1..<close
                    }
                }
                i = close + 1
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                expectValue = false
                i += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                i += 1
            case UInt8(ascii: ":"):
                if depth == 1 { expectValue = true }
                i += 1
            case UInt8(ascii: ","):
                if depth == 1 { expectValue = false }
                i += 1
            default:
                i += 1
            }
        }
        return false
    }
}
