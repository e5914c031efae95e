/// One cell of a CSV record, with where it starts (for `path:line:column` messages).
struct CSVField: Sendable, Equatable {
    var text: String
    var line: Int
    var column: Int
    /// The cell's bytes were not valid in the file's encoding (UTF-8): some are shown as U+FFFD.
    var invalidText = false
}

/// One record: its cells, and the bytes it spans in the file.
struct CSVRecord: Sendable {
    var fields: [CSVField]
    var line: Int
    var offset: Int
    var length: Int
}

/// What reading the next record gave.
enum CSVStep {
    case record(CSVRecord, next: Int)
    /// The buffer ends inside a record: give more bytes, or call with `final` at the end of the file.
    case needMore
    case end
    /// A quoted cell that never closes: the rest of the file cannot be split into records.
    case unterminated(line: Int, column: Int)
}

/// An RFC 4180 reader over bytes: quoted cells with commas, doubled quotes and line breaks inside,
/// CRLF or LF line ends, a UTF-8 byte order mark, and `;` or tab as the delimiter when the file uses them.
///
/// Hand-written rather than CSV.swift or SwiftCSV because every message needs the line and column
/// where a record and each cell start, and the detail view needs each record's byte span in the file
/// to read it again; neither library reports either (see ARCHITECTURE.md).
struct CSVParser {
    var delimiter: UInt8 = UInt8(ascii: ",")
    var encoding: TextEncoding = .utf8
    /// Line number of the byte at the start of the buffer given to `next`.
    var line = 1

    /// Reads the record starting at `start` in `bytes` (whose byte 0 is at file offset `base`).
    mutating func next(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, base: Int, final: Bool) -> CSVStep {
        var i = start
        let n = bytes.count
        if i >= n { return .end }
        var fields: [CSVField] = []
        var currentLine = line
        var column = 1
        let recordLine = line
        while true {
            let fieldLine = currentLine
            let fieldColumn = column
            var text: [UInt8] = []
            if i < n, bytes[i] == UInt8(ascii: "\"") {
                i += 1
                column += 1
                var closed = false
                while i < n {
                    let b = bytes[i]
                    if b == UInt8(ascii: "\"") {
                        if i + 1 < n, bytes[i + 1] == UInt8(ascii: "\"") {
                            text.append(b)
                            i += 2
                            column += 2
                            continue
                        }
                        if i + 1 >= n, !final { return .needMore }
                        i += 1
                        column += 1
                        closed = true
                        break
                    }
                    if b == 0x0A { currentLine += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
                    text.append(b)
                    i += 1
                }
                if !closed { return final ? .unterminated(line: fieldLine, column: fieldColumn) : .needMore }
            }
            // Unquoted text, or stray text after a closing quote, runs to the delimiter or line end.
            while i < n, bytes[i] != delimiter, bytes[i] != 0x0A {
                if !(bytes[i] == 0x0D && (i + 1 >= n || bytes[i + 1] == 0x0A)) { text.append(bytes[i]) }
                if bytes[i] & 0xC0 != 0x80 { column += 1 }
                i += 1
            }
            let decoded = encoding.decode(text)
            fields.append(CSVField(text: decoded.text, line: fieldLine, column: fieldColumn, invalidText: decoded.invalid))
            if i >= n {
                if !final { return .needMore }
                line = currentLine
                return .record(CSVRecord(fields: fields, line: recordLine, offset: base + start, length: i - start), next: i)
            }
            if bytes[i] == delimiter {
                i += 1
                column += 1
                continue
            }
            // Line feed: the record ends.
            line = currentLine + 1
            return .record(CSVRecord(fields: fields, line: recordLine, offset: base + start, length: i - start), next: i + 1)
        }
    }

    /// The delimiter a header line uses: `,` unless the line has none and has `;` or tabs.
    static func delimiter(ofHeader bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let end = bytes.firstIndex(of: 0x0A) ?? bytes.count
        let header = bytes[0..<end]
        let commas = header.filter { $0 == UInt8(ascii: ",") }.count
        let semicolons = header.filter { $0 == UInt8(ascii: ";") }.count
        let tabs = header.filter { $0 == 0x09 }.count
        if commas == 0 && tabs > semicolons { return 0x09 }
        if commas == 0 && semicolons > 0 { return UInt8(ascii: ";") }
        return UInt8(ascii: ",")
    }

    /// Every record of a small in-memory text (the gazetteer, alias files), skipping `#` comment lines.
    static func records(of text: String) -> [CSVRecord] {
        var copy = text
        return copy.withUTF8 { bytes in
            var parser = CSVParser()
            var out: [CSVRecord] = []
            var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            while case .record(let r, let next) = parser.next(bytes, from: i, base: 0, final: true) {
                if !(r.fields.first?.text.hasPrefix("#") ?? false), !(r.fields.count == 1 && r.fields[0].text.isEmpty) {
                    out.append(r)
                }
                i = next
            }
            return out
        }
    }
}
