/// Reads sitrep's native format: one JSON object a line (docs/formats.md lists the fields).
struct JSONLinesReader: Sendable {
    let path: String
    let zone: DisplayZone
    /// Also decode the parts the store does not keep (body, url, location, coordinates, extra fields).
    let detail: Bool

    /// The event of one line, or nil for a blank or bad line (bad lines add an error to `log`).
    func read(_ raw: UnsafeBufferPointer<UInt8>, line: Int, log: inout DiagnosticLog) -> ReadRecord? {
        var length = raw.count
        while length > 0, raw[length - 1] == 0x0D || raw[length - 1] == 0x20 || raw[length - 1] == 0x09 { length -= 1 }
        let bytes = UnsafeBufferPointer(rebasing: raw[0..<length])
        var start = 0
        while start < length, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        if start == length { return nil }
        let plain = TextPosition.isPlainASCII(bytes)
        if !plain, let nul = TextPosition.firstNUL(bytes) {
            log.add(
                .error(
                    path, line, TextPosition.column(bytes, nul), "binary data (NUL byte) in a JSON line; line skipped"))
            return nil
        }
        var flags: EventFlags = []
        if !plain, let bad = TextPosition.firstInvalidUTF8(bytes) {
            log.add(
                .warning(
                    path, line, TextPosition.column(bytes, bad), "invalid UTF-8; the bad bytes are shown as U+FFFD"))
            flags.insert(.replacedBytes)
        }
        do throws(JSONSyntaxError) {
            var record = try parseObject(bytes, line: line, plainTitle: !detail && !flags.contains(.replacedBytes))
            record.flags.formUnion(flags)
            if let problem = record.problem {
                log.add(
                    .error(path, line, TextPosition.column(bytes, problem.offset), problem.message + "; line skipped"))
                return nil
            }
            for w in record.warnings { log.add(.warning(path, line, TextPosition.column(bytes, w.offset), w.message)) }
            return record.record
        } catch {
            log.add(
                .error(
                    path, line, TextPosition.column(bytes, error.offset), "invalid JSON: \(error.message); line skipped"
                ))
            return nil
        }
    }

    /// A record being read: the event so far, and what was wrong with it.
    /// The record is built in place and handed on whole: an `Event` has many strings and lists,
    /// and copying one out of another struct costs a retain and a release for each of them.
    private struct Partial {
        var record: ReadRecord
        var hasTime = false
        var problem: JSONSyntaxError?
        var warnings: [JSONSyntaxError] = []

        var event: Event {
            _read { yield record.event }
            _modify { yield &record.event }
        }
        var hasID: Bool {
            get { record.hasID }
            set { record.hasID = newValue }
        }
        var flags: EventFlags {
            get { record.flags }
            _modify { yield &record.flags }
        }
        var titleRange: Range<Int>? {
            get { record.titleRange }
            set { record.titleRange = newValue }
        }
    }

    private func parseObject(_ bytes: UnsafeBufferPointer<UInt8>, line: Int, plainTitle: Bool) throws(JSONSyntaxError)
        -> Partial
    {
        var c = JSONCursor(bytes: bytes)
        c.skipSpace()
        guard c.peek == UInt8(ascii: "{") else {
            throw c.fail("expected '{' at the start of the line (one JSON object a line)")
        }
        c.index += 1
        // The store knows each event's file: a path in every event read would be one string whose
        // count every loading thread changes (a contended count), for nothing.
        var p = Partial(
            record: ReadRecord(
                event: Event(
                    id: "", time: EventTime(milliseconds: 0, precision: .day), title: "",
                    origin: Origin(path: detail ? path : "", line: line)),
                hasID: false, flags: []))
        var titleSeen = false
        try c.memberBytes {
            (c: inout JSONCursor, key: UnsafeBufferPointer<UInt8>, keyOffset: Int) throws(JSONSyntaxError) in
            try readField(NativeField(key), key, &c, &p, &titleSeen, plainTitle: plainTitle)
        }
        c.skipSpace()
        guard c.atEnd else { throw c.fail("unexpected text after the closing '}'") }
        if p.problem == nil, !p.hasTime {
            p.problem = JSONSyntaxError(message: "missing required field 'time'", offset: 0)
        }
        if p.problem == nil, !titleSeen {
            p.problem = JSONSyntaxError(message: "missing required field 'title'", offset: 0)
        }
        if p.problem == nil,
            p.titleRange.map({ Self.isBlank(UnsafeBufferPointer(rebasing: bytes[$0])) })
                ?? p.event.title.trimmingASCIISpaces.isEmpty
        {
            p.problem = JSONSyntaxError(message: "field 'title' is empty", offset: 0)
        }
        return p
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private func readField(
        _ field: NativeField, _ keyBytes: UnsafeBufferPointer<UInt8>, _ c: inout JSONCursor, _ p: inout Partial,
        _ titleSeen: inout Bool,
        plainTitle: Bool
    ) throws(JSONSyntaxError) {
        let valueOffset = c.index
        if c.peek == UInt8(ascii: "n"), field != .figures, field != .other {
            _ = try c.literal() // null: the field is absent
            return
        }
        let key = field.name
        switch field {
        case .id:
            if c.peek == UInt8(ascii: "\"") {
                p.event.id = try c.string()
            } else {
                p.event.id = try numberText(&c, key)
            }
            p.hasID = !p.event.id.isEmpty
        case .time:
            guard c.peek == UInt8(ascii: "\"") else { throw c.fail("field '\(key)' must be a string") }
            let zone = zone
            // Parsed from the bytes: a time is longer than a String can hold without allocating.
            let (parsed, text) = try c.withStringBytes { b in
                let r = TimeParser.parse(b, zone: zone)
                if case .success = r { return (r, "") }
                return (r, String(decoding: b, as: UTF8.self))
            }
            switch parsed {
            case .success(let time):
                p.event.time = time
                p.hasTime = true
            case .failure(let e):
                p.problem =
                    p.problem
                    ?? JSONSyntaxError(
                        message: "bad time \(JSONText.quoted(text)): \(e.message)", offset: valueOffset + 1 + e.offset)
            }
        case .title:
            if plainTitle, c.peek == UInt8(ascii: "\""), let range = try c.plainString() {
                p.titleRange = range
                p.event.title = ""
            } else {
                p.event.title = try stringField(&c, key)
                p.titleRange = nil
            }
            titleSeen = true
        case .regions:
            let plain = plainTitle ? try plainValue(&c, trimmed: true) : nil
            p.record.plain.region = plain.flatMap { $0.isEmpty ? nil : $0 }
            p.event.regions = plain == nil ? try stringList(&c, key) : []
        case .sources:
            let plain = plainTitle ? try plainValue(&c, trimmed: true) : nil
            p.record.plain.source = plain.flatMap { $0.isEmpty ? nil : $0 }
            p.event.sources = plain == nil ? try stringList(&c, key) : []
        case .actors: p.event.actors = try stringList(&c, key)
        case .tags: p.event.tags = try stringList(&c, key)
        case .category:
            // Trimmed as the general reading trims it: " strike " and "strike" are one category.
            let plain = plainTitle ? try plainValue(&c, trimmed: true) : nil
            p.record.plain.category = plain.flatMap { $0.isEmpty ? nil : $0 }
            p.event.category = plain == nil ? nonEmpty(try stringField(&c, key)) : nil
        case .subcategory: p.event.subcategory = nonEmpty(try stringField(&c, key))
        case .figures: p.event.figures = try figures(&c, &p)
        case .body: try optionalText(&c, key, .body, &p) { $0.body = $1 }
        case .url: try optionalText(&c, key, .url, &p) { $0.url = $1 }
        case .location: try optionalText(&c, key, .location, &p) { $0.location = $1 }
        case .latitude: try coordinate(&c, key, limit: 90, &p) { $0.latitude = $1 }
        case .longitude: try coordinate(&c, key, limit: 180, &p) { $0.longitude = $1 }
        case .other:
            let range = try c.skipValue()
            p.flags.insert(.extra)
            if detail {
                let json = String(decoding: UnsafeBufferPointer(rebasing: c.bytes[range]), as: UTF8.self)
                p.event.extra.append(ExtraField(name: String(decoding: keyBytes, as: UTF8.self), json: json))
            }
        }
    }

    static func isBlank(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        b.allSatisfy(JSONCursor.isSpace)
    }

    private func nonEmpty(_ s: String) -> String? {
        let t = s.trimmingASCIISpaces
        return t.isEmpty ? nil : t
    }

    /// A string value without escapes, as a range of the line (spaces trimmed, for names; empty when
    /// nothing is left); nil leaves the cursor where it was, for the general reading.
    private func plainValue(_ c: inout JSONCursor, trimmed: Bool) throws(JSONSyntaxError) -> Range<Int>? {
        guard c.peek == UInt8(ascii: "\""), let range = try c.plainString() else { return nil }
        return trimmed ? Self.trimmedName(range, in: c.bytes) : range
    }

    /// A name's range with the spaces around it left out (empty when nothing is left).
    static func trimmedName(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var r = range
        while let first = r.first, JSONCursor.isSpace(bytes[first]) { r = r.dropFirst() }
        while let last = r.last, JSONCursor.isSpace(bytes[last]) { r = r.dropLast() }
        return r
    }

    private func stringField(_ c: inout JSONCursor, _ key: String) throws(JSONSyntaxError) -> String {
        guard c.peek == UInt8(ascii: "\"") else { throw c.fail("field '\(key)' must be a string") }
        return try c.string()
    }

    private func numberText(_ c: inout JSONCursor, _ key: String) throws(JSONSyntaxError) -> String {
        guard let p = c.peek, p == UInt8(ascii: "-") || (p >= 48 && p <= 57) else {
            throw c.fail("field '\(key)' must be a string")
        }
        return Figure.text(try c.number())
    }

    /// A string, or a list of strings: `"region": "Kharkiv"` and `"regions": ["Kharkiv", "Sumy"]`.
    private func stringList(_ c: inout JSONCursor, _ key: String) throws(JSONSyntaxError) -> [String] {
        if c.peek == UInt8(ascii: "\"") {
            let s = try c.string().trimmingASCIISpaces
            return s.isEmpty ? [] : [s]
        }
        guard c.peek == UInt8(ascii: "[") else { throw c.fail("field '\(key)' must be a string or a list of strings") }
        c.index += 1
        var out: [String] = []
        try c.elements { (c: inout JSONCursor) throws(JSONSyntaxError) in
            c.skipSpace()
            guard c.peek == UInt8(ascii: "\"") else { throw c.fail("field '\(key)' must be a list of strings") }
            let s = try c.string().trimmingASCIISpaces
            if !s.isEmpty { out.append(s) }
        }
        return out
    }

    private func optionalText(
        _ c: inout JSONCursor, _ key: String, _ flag: EventFlags, _ p: inout Partial,
        _ set: (inout Event, String) -> Void
    ) throws(JSONSyntaxError) {
        guard c.peek == UInt8(ascii: "\"") else { throw c.fail("field '\(key)' must be a string") }
        if detail {
            let s = try c.string()
            if !s.isEmpty { set(&p.event, s); p.flags.insert(flag) }
        } else {
            let start = c.index
            try c.skipString()
            if c.index - start > 2 { p.flags.insert(flag) }
        }
    }

    private func coordinate(
        _ c: inout JSONCursor, _ key: String, limit: Double, _ p: inout Partial, _ set: (inout Event, Double) -> Void
    ) throws(JSONSyntaxError) {
        let offset = c.index
        let value: Double?
        if c.peek == UInt8(ascii: "\"") {
            value = Double(try c.string().trimmingASCIISpaces)
        } else {
            value = try c.number()
        }
        guard let v = value, abs(v) <= limit else {
            p.warnings.append(
                JSONSyntaxError(
                    message: "field '\(key)' is not a coordinate between -\(Int(limit)) and \(Int(limit)); ignored",
                    offset: offset))
            return
        }
        set(&p.event, v)
        p.flags.insert(.coordinates)
    }

    /// `"figures": {"drones_launched": 188, "drones_shot_down": 76}`; a value that is not a number is
    /// a warning and that figure is left out.
    private func figures(_ c: inout JSONCursor, _ p: inout Partial) throws(JSONSyntaxError) -> [Figure] {
        if c.peek == UInt8(ascii: "n") { _ = try c.literal(); return [] }
        guard c.peek == UInt8(ascii: "{") else {
            throw c.fail("field 'figures' must be an object of names and numbers")
        }
        c.index += 1
        var out: [Figure] = []
        var warnings: [JSONSyntaxError] = []
        try c.members { (c: inout JSONCursor, name: String, _: Int) throws(JSONSyntaxError) in
            let at = c.index
            if let b = c.peek, b == UInt8(ascii: "-") || (b >= 48 && b <= 57) {
                let value = try c.number()
                if value.isFinite {
                    out.append(Figure(name: name, value: value))
                } else {
                    warnings.append(
                        JSONSyntaxError(
                            message:
                                "figure '\(name)' is beyond the largest number sitrep keeps (about 1.8e308); left out",
                            offset: at))
                }
            } else if c.peek == UInt8(ascii: "\""), let v = Double(try c.string().trimmingASCIISpaces), v.isFinite {
                out.append(Figure(name: name, value: v))
            } else {
                c.index = at
                _ = try c.skipValue()
                warnings.append(JSONSyntaxError(message: "figure '\(name)' is not a number; left out", offset: at))
            }
        }
        p.warnings += warnings
        return out
    }
}
