extension JSONLinesReader {
    /// `readPlain` for a line that `QuoteMap.scan` found plain (ASCII, no NUL, no backslash): its
    /// strings run from one marked quote to the next, so the walk goes from name to value to the
    /// next name by the marks, with a byte test for the punctuation between them.
    ///
    /// Why a walk of its own: the general cursor checks, at every step, for escapes, the end of the
    /// line and errors to report, and reaches the fields through a closure; for a line that takes
    /// the plain lane none of that can happen, and it was the largest part of reading one. What
    /// the lane accepts is exactly what `readPlain`'s general walk accepts (the plain-line tests
    /// compare both with the general reader); anything else is nil, for the general reading.
    func walkPlain(_ bytes: UnsafeBufferPointer<UInt8>, quotes: UnsafePointer<UInt64>) -> PlainLine? {
        guard let base = bytes.baseAddress else { return nil }
        let n = bytes.count
        var i = 0
        @inline(__always) func skipSpace() { while i < n, JSONCursor.isSpace(base[i]) { i += 1 } }
        /// The string that starts at `i` (its opening quote), and `i` past it.
        @inline(__always) func string() -> Range<Int>? {
            guard i < n, base[i] == UInt8(ascii: "\""), let end = QuoteMap.nextQuote(in: quotes, from: i + 1, count: n)
            else { return nil }
            defer { i = end + 1 }
            return i + 1..<end
        }
        skipSpace()
        guard i < n, base[i] == UInt8(ascii: "{") else { return nil }
        i += 1
        var p = PlainLine()
        var hasTime = false, hasTitle = false
        skipSpace()
        if i < n, base[i] == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                skipSpace()
                guard let name = string() else { return nil }
                skipSpace()
                guard i < n, base[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                skipSpace()
                guard i < n else { return nil }
                let field = NativeField(UnsafeBufferPointer(rebasing: bytes[name]))
                if base[i] == UInt8(ascii: "\"") {
                    guard let r = string(), take(field, r, in: bytes, into: &p, hasTime: &hasTime, hasTitle: &hasTitle)
                    else { return nil }
                } else {
                    // Not a string: null (the field is absent), or any value of a field sitrep
                    // does not know. Anything else is the general reading's to report.
                    guard field == .other || (base[i] == UInt8(ascii: "n") && field != .figures) else { return nil }
                    var c = JSONCursor(bytes: bytes)
                    c.quotes = quotes
                    c.index = i
                    do throws(JSONSyntaxError) {
                        if field == .other { _ = try c.skipValue() } else { _ = try c.literal() }
                    } catch {
                        return nil
                    }
                    i = c.index
                    if field == .other { p.flags.insert(.extra) }
                }
                skipSpace()
                guard i < n else { return nil }
                let b = base[i]
                i += 1
                if b == UInt8(ascii: "}") { break }
                guard b == UInt8(ascii: ",") else { return nil }
            }
        }
        skipSpace()
        guard i == n, hasTime, hasTitle, !Self.isBlank(UnsafeBufferPointer(rebasing: bytes[p.title])) else {
            return nil
        }
        return p
    }

    /// Takes a string value `r` of `field` into `p` (both walks of the plain lane do); false when
    /// the line is not for the lane.
    @inline(__always)
    func take(
        _ field: NativeField, _ r: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, into p: inout PlainLine,
        hasTime: inout Bool, hasTitle: inout Bool
    ) -> Bool {
        func name() -> Range<Int>? {
            let t = Self.trimmedName(r, in: bytes)
            return t.isEmpty ? nil : t
        }
        switch field {
        case .id:
            guard r.count <= StoreBuilder.maximumIDLength else { return false }
            p.id = r.isEmpty ? nil : r
        case .time:
            guard case .success(let t) = TimeParser.parse(UnsafeBufferPointer(rebasing: bytes[r]), zone: zone) else {
                return false
            }
            p.time = t
            hasTime = true
        case .title:
            p.title = r
            hasTitle = true
        case .regions: p.plain.region = name()
        case .sources: p.plain.source = name()
        case .category: p.plain.category = name()
        case .body: if !r.isEmpty { p.flags.insert(.body) }
        case .url: if !r.isEmpty { p.flags.insert(.url) }
        case .location: if !r.isEmpty { p.flags.insert(.location) }
        case .other: p.flags.insert(.extra)
        case .subcategory, .actors, .tags, .figures, .latitude, .longitude: return false
        }
        return true
    }
}
