/// A JSON line read without making an `Event`: its time, and where its id, title, region, source
/// and category are in the line. Most lines of a feed are like this (every value a string without
/// escapes, one region), and building, copying and releasing an `Event` of a dozen strings and
/// lists for each was a third of reading a million of them.
struct PlainLine {
    var time = EventTime(milliseconds: 0, precision: .day)
    /// Nil: no id (or an empty one), derived from the content.
    var id: Range<Int>?
    var title: Range<Int> = 0..<0
    var plain = PlainValues()
    var flags: EventFlags = []
}

extension JSONLinesReader {
    /// Thrown to leave the lane: the line is read the general way, which says what is wrong, if
    /// anything.
    private static let notPlain = JSONSyntaxError(message: "", offset: 0)

    /// The line as a `PlainLine` when the general reader would read it without a message and every
    /// value the store keeps is a string written plainly (no escapes, no lists, no figures, tags,
    /// actors, subcategory or coordinates); nil sends it the general way, with nothing logged.
    /// `quotes` is the loading thread's map, reused for each line.
    func readPlain(_ raw: UnsafeBufferPointer<UInt8>, quotes: QuoteMap) -> PlainLine? {
        guard !detail else { return nil }
        var length = raw.count
        while length > 0, raw[length - 1] == 0x0D || raw[length - 1] == 0x20 || raw[length - 1] == 0x09 { length -= 1 }
        let bytes = UnsafeBufferPointer(rebasing: raw[0..<length])
        if quotes.scan(bytes) { return walkPlain(bytes, quotes: quotes.quotes) }
        if !TextPosition.isPlainASCII(bytes),
            TextPosition.firstNUL(bytes) != nil || TextPosition.firstInvalidUTF8(bytes) != nil
        {
            return nil
        }
        // Non-ASCII text or a backslash: the general cursor, which looks for escapes.
        var c = JSONCursor(bytes: bytes)
        c.skipSpace()
        guard c.peek == UInt8(ascii: "{") else { return nil }
        c.index += 1
        var p = PlainLine()
        var hasTime = false, hasTitle = false
        do throws(JSONSyntaxError) {
            try c.memberBytes {
                (c: inout JSONCursor, key: UnsafeBufferPointer<UInt8>, _: Int) throws(JSONSyntaxError) in
                let field = NativeField(key)
                if c.peek == UInt8(ascii: "n"), field != .figures, field != .other {
                    _ = try c.literal()
                    return
                }
                if field == .other {
                    _ = try c.skipValue()
                    p.flags.insert(.extra)
                    return
                }
                guard c.peek == UInt8(ascii: "\"") else { throw Self.notPlain }
                let r: Range<Int>
                if field == .body || field == .url || field == .location {
                    // Texts the store does not keep may have escapes: only whether one is empty counts.
                    let start = c.index
                    try c.skipString()
                    r = start + 1..<c.index - 1
                } else {
                    r = try Self.plainString(&c)
                }
                guard take(field, r, in: bytes, into: &p, hasTime: &hasTime, hasTitle: &hasTitle) else {
                    throw Self.notPlain
                }
            }
        } catch {
            return nil
        }
        c.skipSpace()
        guard c.atEnd, hasTime, hasTitle, !Self.isBlank(UnsafeBufferPointer(rebasing: bytes[p.title])) else {
            return nil
        }
        return p
    }

    /// A string value without escapes, as a range of the line.
    private static func plainString(_ c: inout JSONCursor) throws(JSONSyntaxError) -> Range<Int> {
        guard c.peek == UInt8(ascii: "\""), let r = try c.plainString() else { throw notPlain }
        return r
    }
}
