import Foundation

/// Walks the lines of a byte range of a file in large blocks, so that memory holds one block and the
/// line being read, never the whole file.
struct BlockScanner {
    static let blockSize = 4 << 20

    let reader: ByteReader
    let range: Range<Int>
    var progress: LoadProgress?

    /// Calls `body` with each line (without its `\n`), its 1-based number counted from the range's
    /// start, its byte offset in the file, and whether it is an unterminated last line. Such a line is
    /// passed only when `readUnterminatedTail` is set, and otherwise left unread (a writer may be
    /// half-way through it).
    /// Returns the number of lines passed and the offset where unread bytes begin.
    @discardableResult
    func forEachLine(
        readUnterminatedTail: Bool,
        _ body: (UnsafeBufferPointer<UInt8>, Int, Int, Bool) -> Void
    ) throws(SourceError) -> (lines: Int, end: Int) {
        var capacity = Self.blockSize * 2
        var buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
        defer { buffer.deallocate() }
        var filled = 0
        var bufferOffset = range.lowerBound
        var position = range.lowerBound
        var line = 0
        while position < range.upperBound {
            if capacity - filled < Self.blockSize {
                capacity = max(capacity * 2, filled + Self.blockSize)
                let bigger = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 16)
                bigger.copyMemory(from: buffer, byteCount: filled)
                buffer.deallocate()
                buffer = bigger
            }
            let n = try reader.read(
                at: position, count: min(Self.blockSize, range.upperBound - position), into: buffer + filled)
            if n == 0 { break }
            progress?.add(n)
            position += n
            filled += n
            var start = 0
            let bytes = buffer.assumingMemoryBound(to: UInt8.self)
            while start < filled, let nl = memchr(bytes + start, 0x0A, filled - start) {
                let end = bytes.distance(to: nl.assumingMemoryBound(to: UInt8.self))
                line += 1
                body(UnsafeBufferPointer(start: bytes + start, count: end - start), line, bufferOffset + start, false)
                start = end + 1
            }
            if start > 0 {
                memmove(buffer, buffer + start, filled - start)
                filled -= start
                bufferOffset += start
            }
        }
        if filled > 0, readUnterminatedTail {
            line += 1
            body(
                UnsafeBufferPointer(start: buffer.assumingMemoryBound(to: UInt8.self), count: filled), line,
                bufferOffset, true)
            return (line, bufferOffset + filled)
        }
        return (line, bufferOffset)
    }

    /// The first offset at or after `offset` that starts a line: where a second thread can begin.
    static func lineStart(after offset: Int, in reader: ByteReader) throws(SourceError) -> Int {
        var position = offset
        let chunk = 1 << 16
        let scratch = UnsafeMutableRawPointer.allocate(byteCount: chunk, alignment: 16)
        defer { scratch.deallocate() }
        while position < reader.size {
            let n = try reader.read(at: position, count: chunk, into: scratch)
            if n == 0 { break }
            if let nl = memchr(scratch, 0x0A, n) { return position + scratch.distance(to: nl) + 1 }
            position += n
        }
        return reader.size
    }
}
