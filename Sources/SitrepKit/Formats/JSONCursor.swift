import Foundation

/// A syntax error in one JSON line, at a byte offset within the line.
struct JSONSyntaxError: Error {
    var message: String
    var offset: Int
}

/// A hand-written reader over the bytes of one JSON value.
///
/// Why not Foundation's `JSONSerialization`: it builds a dictionary per line (the store must not keep
/// one per event, and building it is most of the cost), and its errors carry no column. The benchmark
/// (`sitrep-bench --compare-foundation`) measures both; ARCHITECTURE.md quotes the figures.
struct JSONCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0
    /// The quotes of a plain line (no backslash), marked by `QuoteMap.scan`: a string ends at its
    /// next quote, looked up, not searched for, and no escapes are looked for.
    var quotes: UnsafePointer<UInt64>?
    /// Nesting deeper than this is an error, not a stack overflow.
    static let maximumDepth = 256

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var atEnd: Bool { index >= bytes.count }
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    func fail(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(message: message, offset: offset ?? index)
    }

    mutating func skipSpace() {
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
    }

    /// JSON's white space: space, tab, carriage return, line feed.
    @inline(__always)
    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }

    mutating func expect(_ byte: UInt8, _ what: String) throws(JSONSyntaxError) {
        skipSpace()
        guard peek == byte else { throw fail(atEnd ? "unexpected end of line, expected \(what)" : "expected \(what)") }
        index += 1
    }

    // MARK: - Strings

    /// Reads a string literal and returns its text; invalid UTF-8 inside becomes U+FFFD.
    mutating func string() throws(JSONSyntaxError) -> String {
        let start = try openString()
        if let end = plainEnd(from: start) {
            index = end + 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        var scratch: [UInt8] = []
        try decodeEscaped(into: &scratch)
        return String(decoding: scratch, as: UTF8.self)
    }

    /// Reads a string literal and passes its bytes to `body`, without building a String when the
    /// literal has no escapes (field names, mostly).
    mutating func withStringBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) -> T) throws(JSONSyntaxError) -> T {
        let start = try openString()
        if let end = plainEnd(from: start) {
            index = end + 1
            return body(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
        var scratch: [UInt8] = []
        try decodeEscaped(into: &scratch)
        return scratch.withUnsafeBufferPointer(body)
    }

    /// The range of a string literal's text when it has no escapes, moving past it; nil (and not
    /// moving) when it has some. Lets the loader copy a title straight from the line into the store.
    mutating func plainString() throws(JSONSyntaxError) -> Range<Int>? {
        let quote = index
        let start = try openString()
        guard let end = plainEnd(from: start) else { index = quote; return nil }
        index = end + 1
        return start..<end
    }

    /// Checks a string literal without building it: for fields the index does not keep.
    mutating func skipString() throws(JSONSyntaxError) {
        let start = try openString()
        if let end = plainEnd(from: start) {
            index = end + 1
            return
        }
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") { index += 1; return }
            if b == UInt8(ascii: "\\") {
                var sink: [UInt8] = []
                try decodeEscape(into: &sink)
            } else {
                index += 1
            }
        }
        throw fail("unterminated string")
    }

    /// The offset of the closing quote when the literal from `start` has no backslash before it.
    /// A plain line's quotes are marked (`quotes`). Otherwise: field names, times and names are
    /// short, and their quote is found eight bytes at a time here;
    /// a long body's with `memchr`, which reads many bytes at a time (a call per short string
    /// showed in profiles).
    private func plainEnd(from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress else { return nil }
        if let quotes { return QuoteMap.nextQuote(in: quotes, from: start, count: bytes.count) }
        var end = -1
        var i = start
        let raw = UnsafeRawPointer(base)
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, quotes: UInt64 = 0x2222_2222_2222_2222
        while end < 0, i + 8 <= bytes.count, i - start < 32 {
            // Exactly the zero bytes of x (the quotes) get their high bit; little-endian order.
            let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian ^ quotes
            let zeros = ~(((x & low) &+ low) | x | low)
            if zeros != 0 { end = i + zeros.trailingZeroBitCount / 8 } else { i += 8 }
        }
        if end < 0 {
            guard let q = memchr(base + i, Int32(UInt8(ascii: "\"")), bytes.count - i) else { return nil }
            end = base.distance(to: q.assumingMemoryBound(to: UInt8.self))
        }
        if end > start, memchr(base + start, Int32(UInt8(ascii: "\\")), end - start) != nil { return nil }
        return end
    }

    private mutating func openString() throws(JSONSyntaxError) -> Int {
        skipSpace()
        guard peek == UInt8(ascii: "\"") else {
            throw fail(atEnd ? "unexpected end of line, expected a string" : "expected a string")
        }
        index += 1
        return index
    }

    private mutating func decodeEscaped(into out: inout [UInt8]) throws(JSONSyntaxError) {
        while index < bytes.count {
            let b = bytes[index]
            if b == UInt8(ascii: "\"") { index += 1; return }
            if b == UInt8(ascii: "\\") {
                try decodeEscape(into: &out)
            } else {
                out.append(b)
                index += 1
            }
        }
        throw fail("unterminated string")
    }

    private mutating func decodeEscape(into out: inout [UInt8]) throws(JSONSyntaxError) {
        let at = index
        index += 1
        guard let e = peek else { throw fail("unterminated string") }
        index += 1
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "u"):
            var scalar = try hex4(at: at)
            if (0xD800...0xDBFF).contains(scalar), index + 1 < bytes.count,
                bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
            {
                let save = index
                index += 2
                let low = try hex4(at: save)
                if (0xDC00...0xDFFF).contains(low) {
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    index = save
                }
            }
            let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(Character(s)).utf8))
        default:
            throw fail("invalid escape '\\\(Character(Unicode.Scalar(e)))' in string", at: at)
        }
    }

    private mutating func hex4(at escape: Int) throws(JSONSyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw fail("incomplete \\u escape", at: escape) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[index]
            let d: UInt32
            switch b {
            case 48...57: d = UInt32(b - 48)
            case 65...70: d = UInt32(b - 55)
            case 97...102: d = UInt32(b - 87)
            default: throw fail("invalid \\u escape", at: escape)
            }
            value = value << 4 | d
            index += 1
        }
        return value
    }

    // MARK: - Numbers and other values

    /// Reads a number following JSON's grammar.
    mutating func number() throws(JSONSyntaxError) -> Double {
        skipSpace()
        let start = index
        if peek == UInt8(ascii: "-") { index += 1 }
        guard let first = peek, first >= 48, first <= 57 else { throw fail("expected a number") }
        if first == 48 { index += 1 } else { skipDigits() }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard let d = peek, d >= 48, d <= 57 else { throw fail("expected digits after '.'") }
            skipDigits()
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard let d = peek, d >= 48, d <= 57 else { throw fail("expected digits in the exponent") }
            skipDigits()
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let value = Double(text) else { throw fail("number out of range", at: start) }
        return value
    }

    private mutating func skipDigits() {
        while let d = peek, d >= 48, d <= 57 { index += 1 }
    }

    /// `true`, `false` or `null`, given the first letter.
    mutating func literal() throws(JSONSyntaxError) -> UInt8 {
        skipSpace()
        let start = index
        for word in ["true", "false", "null"] {
            let w = Array(word.utf8)
            if index + w.count <= bytes.count, bytes[index..<index + w.count].elementsEqual(w) {
                index += w.count
                return w[0]
            }
        }
        throw fail(atEnd ? "unexpected end of line, expected a value" : "expected a value", at: start)
    }

    /// Checks any value without keeping it, and returns its byte range (for extra fields).
    mutating func skipValue(depth: Int = 0) throws(JSONSyntaxError) -> Range<Int> {
        skipSpace()
        let start = index
        guard depth < Self.maximumDepth else { throw fail("nesting deeper than \(Self.maximumDepth) levels") }
        switch peek ?? 0 {
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "{"):
            index += 1
            try members(depth: depth + 1) { (c: inout JSONCursor, _: String, _: Int) throws(JSONSyntaxError) in
                _ = try c.skipValue(depth: depth + 1)
            }
        case UInt8(ascii: "["):
            index += 1
            try elements { (c: inout JSONCursor) throws(JSONSyntaxError) in _ = try c.skipValue(depth: depth + 1) }
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try number()
        default: _ = try literal()
        }
        return start..<index
    }

    /// Walks the members of an object whose `{` was read; `body` must read the member's value.
    mutating func members(depth: Int = 0, _ body: (inout JSONCursor, String, Int) throws(JSONSyntaxError) -> Void)
        throws(JSONSyntaxError)
    {
        try memberBytes(depth: depth) {
            (c: inout JSONCursor, key: UnsafeBufferPointer<UInt8>, offset: Int) throws(JSONSyntaxError) in
            try body(&c, String(decoding: key, as: UTF8.self), offset)
        }
    }

    /// Like `members`, with each field name as bytes (valid while `body` runs).
    mutating func memberBytes(
        depth: Int = 0, _ body: (inout JSONCursor, UnsafeBufferPointer<UInt8>, Int) throws(JSONSyntaxError) -> Void
    ) throws(JSONSyntaxError) {
        skipSpace()
        if peek == UInt8(ascii: "}") { index += 1; return }
        var scratch: [UInt8] = []
        while true {
            skipSpace()
            let keyOffset = index
            let keyStart = try openString()
            var keyRange: Range<Int>
            if let end = plainEnd(from: keyStart) {
                index = end + 1
                keyRange = keyStart..<end
                scratch.removeAll(keepingCapacity: true)
            } else {
                scratch.removeAll(keepingCapacity: true)
                try decodeEscaped(into: &scratch)
                keyRange = 0..<0
            }
            try expect(UInt8(ascii: ":"), "':' after a field name")
            skipSpace()
            if keyRange.isEmpty, !scratch.isEmpty {
                let copy = scratch
                try copy.withUnsafeBufferPointer { (k: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) in
                    try body(&self, k, keyOffset)
                }
            } else {
                try body(&self, UnsafeBufferPointer(rebasing: bytes[keyRange]), keyOffset)
            }
            skipSpace()
            guard let b = peek else { throw fail("unexpected end of line, expected ',' or '}'") }
            index += 1
            if b == UInt8(ascii: "}") { return }
            guard b == UInt8(ascii: ",") else { throw fail("expected ',' or '}'", at: index - 1) }
        }
    }

    /// Walks the elements of an array whose `[` was read; `body` must read the element.
    mutating func elements(_ body: (inout JSONCursor) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
        skipSpace()
        if peek == UInt8(ascii: "]") { index += 1; return }
        while true {
            try body(&self)
            skipSpace()
            guard let b = peek else { throw fail("unexpected end of line, expected ',' or ']'") }
            index += 1
            if b == UInt8(ascii: "]") { return }
            guard b == UInt8(ascii: ",") else { throw fail("expected ',' or ']'", at: index - 1) }
        }
    }
}
