import Foundation

/// Where a large CSV file can be cut into parts that threads read side by side: only at the start
/// of a record, never inside a quoted cell whose line breaks belong to the cell.
///
/// One pass over the bytes with the parser's own rules for quotes (a quote opens a quoted cell only
/// at the start of a cell; inside one, `""` is a quote and `"` closes it), so a cut is exactly where
/// the sequential reader would start the next record; counting quotes alone would be misled by a
/// stray quote in an unquoted cell (`12" screen`). The pass runs before the threads start, so it
/// jumps (`memchr`) from quote to quote and, outside quotes, to line feeds past a target: stepping
/// through every byte of half an ACLED export was a tenth of counting it.
enum CSVSplit {
    /// The record starts nearest after each of `targets` (ascending file offsets), from `start` on.
    /// `chunk` is how much is read at a time (small in tests, to cut quotes and line ends apart).
    static func recordStarts(
        after targets: [Int], from start: Int, in reader: ByteReader, delimiter: UInt8,
        chunk: Int = 1 << 20
    ) throws(SourceError) -> [Int] {
        var cuts: [Int] = []
        var state = QuoteState()
        var position = start
        let scratch = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { scratch.deallocate() }
        var next = 0
        /// A record starts at `recordStart` (just after a line feed): the cut for every target before it.
        func found(_ recordStart: Int) {
            while next < targets.count, recordStart > targets[next] {
                if cuts.last.map({ recordStart > $0 }) ?? true { cuts.append(recordStart) }
                next += 1
            }
        }
        while next < targets.count, position < reader.size {
            let n = try reader.read(at: position, count: chunk, into: scratch)
            if n == 0 { break }
            let base = scratch.assumingMemoryBound(to: UInt8.self)
            func find(_ byte: UInt8, _ from: Int, _ to: Int) -> Int? {
                guard from < to, let hit = memchr(base + from, Int32(byte), to - from) else { return nil }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            // A byte order mark is not part of the first cell, as the reader sees it.
            var k =
                position == 0 && UnsafeBufferPointer(start: base, count: n).starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            while k < n, next < targets.count {
                if state.inQuotes {
                    // A quote seen: the byte after it says whether it closes the cell.
                    if state.quotePending {
                        if state.step(base[k], delimiter: delimiter) { found(position + k + 1) }
                        k += 1
                        continue
                    }
                    // Inside a quoted cell only a quote matters.
                    guard let q = find(UInt8(ascii: "\""), k, n) else { break }
                    state.quotePending = true
                    k = q + 1
                    continue
                }
                // Outside quotes, up to the next quote only line feeds (record starts) and
                // delimiters (cell starts) matter, and line feeds only past the next target.
                let q = find(UInt8(ascii: "\""), k, n) ?? n
                var from = max(k, targets[next] - position)
                while from < q, let lf = find(0x0A, from, q) {
                    found(position + lf + 1)
                    guard next < targets.count else { break }
                    from = max(lf + 1, targets[next] - position)
                }
                if q > k { state.atCellStart = base[q - 1] == 0x0A || base[q - 1] == delimiter }
                guard q < n else { break }
                // A quote at a cell's start opens a quoted cell; elsewhere it is text.
                _ = state.step(base[q], delimiter: delimiter)
                k = q + 1
            }
            position += n
        }
        return cuts.filter { $0 < reader.size }
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
