import Foundation

/// One cell of a CSV record, with where it starts (for `path:line:column` messages).
struct CSVField: Sendable, Equatable {
    var text: String
    var line: Int
    var column: Int
    /// The cell's bytes were not valid in the file's encoding (UTF-8): some are shown as U+FFFD.
    var invalidText = false
}

/// One record with its cells as text: for small texts (the gazetteer, alias files, a header).
struct CSVRecord: Sendable {
    var fields: [CSVField]
    var line: Int
    var offset: Int
    var length: Int
}

/// Where one cell is in the buffer being read: `raw` from its first byte to the delimiter or line
/// end, `content` its text when that is a plain slice of the bytes (no quotes to undo, no line-end
/// CR to drop); nil when the text has to be rebuilt (`""` inside quotes, text after a closing quote).
struct CSVCell {
    var raw: Range<Int>
    var content: Range<Int>?
}

/// One record as the parser found it, valid only while the buffer it points into is: cells are
/// byte ranges, made into text only when asked, and positions are counted only for a message.
struct CSVRow {
    let bytes: UnsafeBufferPointer<UInt8>
    let start: Int
    let end: Int
    let cells: ArraySlice<CSVCell>
    let line: Int
    let offset: Int
    let encoding: TextEncoding

    var count: Int { cells.count }
    var length: Int { end - start }

    /// The cell's bytes when they are its text as written.
    func plainBytes(_ i: Int) -> UnsafeBufferPointer<UInt8>? {
        cells[cells.startIndex + i].content.map { UnsafeBufferPointer(rebasing: bytes[$0]) }
    }

    /// Where the cell's text is in `bytes`, spaces around it left out, when it is written as it reads.
    func plainRange(_ i: Int) -> Range<Int>? {
        guard let r = cells[cells.startIndex + i].content, let base = bytes.baseAddress else { return nil }
        let trimmed = UnsafeBufferPointer(rebasing: bytes[r]).trimmingASCIISpaces
        guard let start = trimmed.baseAddress else { return r.lowerBound..<r.lowerBound }
        let lower = base.distance(to: start)
        return lower..<lower + trimmed.count
    }

    /// The cell's text, and whether bytes had to be replaced.
    func decoded(_ i: Int) -> (text: String, invalid: Bool) {
        if let plain = plainBytes(i) { return encoding.decode(plain) }
        let raw = cells[cells.startIndex + i].raw
        let endsLine = raw.upperBound >= bytes.count || bytes[raw.upperBound] == 0x0A
        return encoding.decode(CSVParser.unescape(UnsafeBufferPointer(rebasing: bytes[raw]), endsLine: endsLine))
    }

    func text(_ i: Int) -> String { decoded(i).text }

    /// Whether the cell has no bytes at all.
    func isEmpty(_ i: Int) -> Bool {
        let c = cells[cells.startIndex + i]
        if let content = c.content { return content.isEmpty }
        return text(i).isEmpty
    }

    /// Whether the cell is empty or only spaces, without making its text.
    func isBlank(_ i: Int) -> Bool {
        if let plain = plainBytes(i) { return plain.trimmingASCIISpaces.isEmpty }
        // A quoted cell with any byte other than a space or a quote has text: ACLED's notes are
        // not unescaped just to learn that.
        let raw = cells[cells.startIndex + i].raw
        for k in raw
        where !(bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == 0x0D || bytes[k] == 0x0A || bytes[k] == 0x22) {
            return false
        }
        return text(i).trimmingASCIISpaces.isEmpty
    }

    /// Line and column (characters, 1-based) where the cell starts, counted from the record's start.
    func position(_ i: Int) -> (line: Int, column: Int) {
        let target = i < cells.count ? cells[cells.startIndex + i].raw.lowerBound : end
        var line = self.line, column = 1
        var k = start
        while k < target {
            let b = bytes[k]
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return (line, column)
    }

    subscript(_ i: Int) -> CSVCellRef { CSVCellRef(row: self, index: i) }

    /// Whether the record holds a NUL byte (binary data).
    var containsNUL: Bool {
        guard end > start, let base = bytes.baseAddress else { return false }
        return memchr(base + start, 0, end - start) != nil
    }

    /// The first cell holding bytes that are not UTF-8 (in a UTF-8 file): one check of the whole
    /// record, eight bytes at a time while they are ASCII.
    var firstInvalidCell: Int? {
        guard encoding == .utf8,
            let bad = TextPosition.firstInvalidUTF8(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        else { return nil }
        let at = start + bad
        guard let i = cells.firstIndex(where: { $0.raw.contains(at) }) else { return nil }
        let k = i - cells.startIndex
        return decoded(k).invalid ? k : nil
    }

    /// The record with every cell as text.
    var record: CSVRecord {
        let fields = (0..<count).map { i -> CSVField in
            let (text, invalid) = decoded(i)
            let (line, column) = position(i)
            return CSVField(text: text, line: line, column: column, invalidText: invalid)
        }
        return CSVRecord(fields: fields, line: line, offset: offset, length: length)
    }
}

/// One cell of a row, made into text or a position only when asked.
struct CSVCellRef {
    let row: CSVRow
    let index: Int
    var text: String { row.text(index) }
    var line: Int { row.position(index).line }
    var column: Int { row.position(index).column }
}

/// What reading the next record gave.
enum CSVStep {
    /// A record: its cells are `cells[cellRange]` of the parser, `next` where the following one starts.
    case record(line: Int, start: Int, end: Int, next: Int)
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
/// to read it again; neither library reports either (see ARCHITECTURE.md). A record's cells are byte
/// ranges into the buffer (`CSVRow`), so reading one makes no string for a cell nobody asks for.
struct CSVParser {
    var delimiter: UInt8 = UInt8(ascii: ",")
    var encoding: TextEncoding = .utf8
    /// Line number of the byte at the start of the buffer given to `next`.
    var line = 1
    /// The cells of the last record found (reused from record to record).
    private(set) var cells: [CSVCell] = []

    /// Finds the record starting at `start` in `bytes`.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, final: Bool) -> CSVStep {
        var i = start
        let n = bytes.count
        if i >= n { return .end }
        cells.removeAll(keepingCapacity: true)
        var currentLine = line
        let recordLine = line
        let quote = UInt8(ascii: "\""), newline: UInt8 = 0x0A, cr: UInt8 = 0x0D
        while true {
            let cellStart = i
            var content: Range<Int>?
            if i < n, bytes[i] == quote {
                i += 1
                var doubled = false
                var closed = false
                while i < n {
                    let b = bytes[i]
                    if b == quote {
                        if i + 1 < n, bytes[i + 1] == quote { doubled = true; i += 2; continue }
                        if i + 1 >= n, !final { return .needMore }
                        closed = true
                        break
                    }
                    if b == newline { currentLine += 1 }
                    i += 1
                }
                if !closed {
                    if !final { return .needMore }
                    let opening = [CSVCell(raw: cellStart..<cellStart, content: nil)]
                    let at = CSVRow(
                        bytes: bytes, start: start, end: cellStart, cells: opening[...], line: recordLine, offset: 0,
                        encoding: encoding
                    ).position(0)
                    return .unterminated(line: at.line, column: at.column)
                }
                let inner = cellStart + 1..<i
                i += 1
                // Text after the closing quote is kept too (as readers do), but then the cell is rebuilt.
                let after = i
                while i < n, bytes[i] != delimiter, bytes[i] != newline { i += 1 }
                let trailing = i - after
                let onlyCR = trailing == 1 && bytes[after] == cr && (i >= n || bytes[i] == newline)
                content = doubled || (trailing > 0 && !onlyCR) ? nil : inner
            } else {
                while i < n, bytes[i] != delimiter, bytes[i] != newline { i += 1 }
                // A CR before the line end (or the end of the text) is not part of the cell.
                let cutCR = i > cellStart && bytes[i - 1] == cr && (i >= n || bytes[i] == newline)
                content = cellStart..<(cutCR ? i - 1 : i)
            }
            cells.append(CSVCell(raw: cellStart..<i, content: content))
            if i >= n {
                if !final { return .needMore }
                line = currentLine
                return .record(line: recordLine, start: start, end: i, next: i)
            }
            if bytes[i] == delimiter {
                i += 1
                continue
            }
            line = currentLine + 1
            return .record(line: recordLine, start: start, end: i, next: i + 1)
        }
    }

    /// The record starting at `start`, as a view of `bytes` (whose byte 0 is at file offset `base`).
    mutating func nextRow(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, base: Int, final: Bool) -> (
        CSVStep, CSVRow?
    ) {
        let step = scan(bytes, from: start, final: final)
        guard case .record(let recordLine, let s, let e, _) = step else { return (step, nil) }
        return (
            step,
            CSVRow(
                bytes: bytes, start: s, end: e, cells: cells[...], line: recordLine, offset: base + s,
                encoding: encoding)
        )
    }

    /// A cell's text with its quotes undone: `"say ""hi"""` is `say "hi"`; text after a closing quote
    /// is kept; a CR before the line end (`endsLine`: the cell is the last of its line) is dropped
    /// outside quotes, one before a delimiter kept.
    static func unescape(_ raw: UnsafeBufferPointer<UInt8>, endsLine: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var i = 0
        let quote = UInt8(ascii: "\"")
        if i < raw.count, raw[i] == quote {
            i += 1
            while i < raw.count {
                if raw[i] == quote {
                    if i + 1 < raw.count, raw[i + 1] == quote { out.append(quote); i += 2; continue }
                    i += 1
                    break
                }
                out.append(raw[i])
                i += 1
            }
        }
        while i < raw.count {
            if !(raw[i] == 0x0D && i + 1 == raw.count && endsLine) { out.append(raw[i]) }
            i += 1
        }
        return out
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
            while true {
                let (step, row) = parser.nextRow(bytes, from: i, base: 0, final: true)
                guard case .record(_, _, _, let next) = step, let row else { break }
                let r = row.record
                if !(r.fields.first?.text.hasPrefix("#") ?? false), !(r.fields.count == 1 && r.fields[0].text.isEmpty) {
                    out.append(r)
                }
                i = next
            }
            return out
        }
    }
}
