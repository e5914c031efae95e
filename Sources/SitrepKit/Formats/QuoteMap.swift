/// Where the quotes of a JSON line are, one bit a byte, found in the same pass that checks the line
/// is plain (ASCII, no NUL, no backslash).
///
/// Why: in a plain line every string ends at the next quote, so with the quotes marked the reader
/// finds each string's end from the map instead of searching the bytes again. Reading a line was
/// three passes over its bytes (the plain check, then a search per string, a long body's by
/// `memchr`); now it is one, sixteen bytes at a time. Swift's `SIMD16` comparisons are vector
/// instructions here when their masks are used as bytes (bit-cast, not reduced with `any`), and the
/// quote bits of each eight bytes are gathered with one multiplication.
///
/// One map per loading thread: it is reused for every line and is valid until the next `scan`.
final class QuoteMap {
    private var words: UnsafeMutablePointer<UInt64>
    private var capacity: Int
    /// The last bytes of a line, padded with spaces to a whole block (a space is none of the bytes
    /// looked for).
    private let tail = UnsafeMutableRawPointer.allocate(byteCount: 64, alignment: 16)

    init() {
        capacity = 32
        words = .allocate(capacity: capacity)
    }

    deinit {
        words.deallocate()
        tail.deallocate()
    }

    /// The quote marks of the last line scanned: bit `i % 64` of word `i / 64` is set when byte `i`
    /// is a quote; bits past the line's end are clear.
    var quotes: UnsafePointer<UInt64> { UnsafePointer(words) }

    /// Marks the quotes of `bytes`; returns whether every byte is ASCII, none is NUL and none is a
    /// backslash. The marks are only meant for a plain line (a backslash can escape a quote).
    func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = bytes.count
        let needed = (n + 63) / 64
        if needed > capacity {
            words.deallocate()
            capacity = max(needed, capacity * 2)
            words = .allocate(capacity: capacity)
        }
        guard let base = bytes.baseAddress, n > 0 else { return true }
        var seen = SIMD16<UInt8>(repeating: 0)
        var i = 0
        while i + 64 <= n {
            words[i >> 6] = Self.block(UnsafeRawPointer(base) + i, seen: &seen)
            i += 64
        }
        if i < n {
            tail.initializeMemory(as: UInt8.self, repeating: 0x20, count: 64)
            tail.copyMemory(from: base + i, byteCount: n - i)
            words[i >> 6] = Self.block(UnsafeRawPointer(tail), seen: &seen)
        }
        let lanes = unsafeBitCast(seen, to: SIMD2<UInt64>.self)
        return (lanes[0] | lanes[1]) & 0x8080_8080_8080_8080 == 0
    }

    /// The quote bits of 64 bytes; `seen` collects, in each byte's high bit, a byte that is not
    /// plain.
    @inline(__always)
    private static func block(_ p: UnsafeRawPointer, seen: inout SIMD16<UInt8>) -> UInt64 {
        let quote = SIMD16<UInt8>(repeating: 0x22), backslash = SIMD16<UInt8>(repeating: 0x5C),
            zero = SIMD16<UInt8>(repeating: 0)
        var word: UInt64 = 0
        for k in 0..<4 {
            let v = p.loadUnaligned(fromByteOffset: 16 * k, as: SIMD16<UInt8>.self)
            // Each comparison is 0xFF where it holds: high bits for a backslash or a NUL, and the
            // byte's own high bit for a non-ASCII one.
            seen |=
                v | unsafeBitCast(v .== backslash, to: SIMD16<UInt8>.self)
                | unsafeBitCast(v .== zero, to: SIMD16<UInt8>.self)
            let halves = unsafeBitCast(unsafeBitCast(v .== quote, to: SIMD16<UInt8>.self), to: SIMD2<UInt64>.self)
            word |= (gather(halves[0]) | gather(halves[1]) << 8) << UInt64(16 * k)
        }
        return word
    }

    /// The high bits of eight 0x00/0xFF bytes as eight bits, lowest byte first: the multiplication
    /// shifts each byte's bit to its place in the top byte without carries.
    @inline(__always)
    private static func gather(_ x: UInt64) -> UInt64 {
        ((x & 0x8080_8080_8080_8080) &* 0x0002_0408_1020_4081) >> 56
    }

    /// The first quote at or after `start` in a line of `count` bytes, from the marks.
    @inline(__always)
    static func nextQuote(in quotes: UnsafePointer<UInt64>, from start: Int, count: Int) -> Int? {
        guard start < count else { return nil }
        var w = start >> 6
        let last = (count - 1) >> 6
        var bits = quotes[w] & (~UInt64(0) << UInt64(start & 63))
        while bits == 0 {
            w += 1
            guard w <= last else { return nil }
            bits = quotes[w]
        }
        return w << 6 | bits.trailingZeroBitCount
    }
}
