import Foundation

/// Where a large CSV file can be cut into parts that threads read side by side: only at the start
/// of a record, never inside a quoted cell whose line breaks belong to the cell.
///
/// One pass over the bytes with the parser's own rules for quotes (a quote opens a quoted cell only
/// at the start of a cell; inside one, `""` is a quote and `"` closes it), so a cut is exactly where
/// the sequential reader would start the next record; counting quotes alone would be misled by a
/// stray quote in an unquoted cell (`12" screen`). The pass reads about a gigabyte a second, a small
/// part of what parsing the records costs.
enum CSVSplit {
    /// The record starts nearest after each of `targets` (ascending file offsets), from `start` on.
    static func recordStarts(after targets: [Int], from start: Int, in reader: ByteReader, delimiter: UInt8) throws(SourceError) -> [Int] {
        var cuts: [Int] = []
        var state = QuoteState()
        var position = start
        let chunk = 1 << 20
        let scratch = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { scratch.deallocate() }
        var next = 0
        while next < targets.count, position < reader.size {
            let n = try reader.read(at: position, count: chunk, into: scratch)
            if n == 0 { break }
            let bytes = UnsafeBufferPointer(start: scratch.assumingMemoryBound(to: UInt8.self), count: n)
            // A byte order mark is not part of the first cell, as the reader sees it.
            var first = position == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            // Outside quotes, a stretch without a quote byte changes nothing but where the last
            // record started: the stretch is skipped to its last line feed before the next target.
            if !state.inQuotes, let skip = Self.quoteFreeStretch(bytes, from: first, before: next < targets.count ? targets[next] - position : n) {
                state.atCellStart = skip.atCellStart
                first = skip.end
            }
            for k in first..<n where state.step(bytes[k], delimiter: delimiter) {
                // A record starts right after this line feed.
                let recordStart = position + k + 1
                while next < targets.count, recordStart > targets[next] {
                    if cuts.last.map({ recordStart > $0 }) ?? true { cuts.append(recordStart) }
                    next += 1
                }
                if next >= targets.count { break }
            }
            position += n
        }
        return cuts.filter { $0 < reader.size }
    }

    /// Where stepping must resume after skipping bytes from `start` that hold no quote: just after
    /// the last line feed that comes before `limit` (a target, so no cut is missed), with whether
    /// a cell starts there. Nil when there is nothing to skip.
    static func quoteFreeStretch(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int) -> (end: Int, atCellStart: Bool)? {
        let end = min(limit, bytes.count)
        guard end > start, let base = bytes.baseAddress else { return nil }
        let quoteAt = memchr(base + start, Int32(UInt8(ascii: "\"")), end - start).map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? end
        // The last line feed before the first quote (and before the limit).
        var k = quoteAt - 1
        while k >= start, bytes[k] != 0x0A { k -= 1 }
        guard k >= start else { return nil }
        return (k + 1, true)
    }

    /// The parser's view of quotes, a byte at a time.
    struct QuoteState {
        var inQuotes = false
        /// A quote seen inside a quoted cell: a second one makes it a literal quote, anything else closes.
        var quotePending = false
        var atCellStart = true

        /// Takes one byte; true when it is a line feed that ends a record.
        @inline(__always)
        mutating func step(_ b: UInt8, delimiter: UInt8) -> Bool {
            let quote = UInt8(ascii: "\"")
            if inQuotes {
                if quotePending {
                    quotePending = false
                    if b == quote { return false }
                    inQuotes = false
                    // The byte after the closing quote is read as outside the cell's quotes.
                } else {
                    if b == quote { quotePending = true }
                    return false
                }
            }
            if b == 0x0A { atCellStart = true; return true }
            if b == delimiter { atCellStart = true; return false }
            if b == quote, atCellStart { inQuotes = true; atCellStart = false; return false }
            atCellStart = false
            return false
        }
    }
}
