import Foundation

/// Which optional parts a record has, kept in the store so that the index can answer
/// `has:url` and the timeline can mark events without reading the file again.
public struct EventFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let body = EventFlags(rawValue: 1)
    public static let url = EventFlags(rawValue: 2)
    public static let location = EventFlags(rawValue: 4)
    public static let coordinates = EventFlags(rawValue: 8)
    public static let extra = EventFlags(rawValue: 16)
    /// The id was derived from the content because the record had none.
    public static let derivedID = EventFlags(rawValue: 32)
    /// The record held bytes that are not UTF-8; they show as U+FFFD.
    public static let replacedBytes = EventFlags(rawValue: 64)
    /// The title is read from the file when shown (`EventRow.titleOffset`), not kept in memory:
    /// titles are most of what a feed's index would otherwise hold.
    static let titleInFile = EventFlags(rawValue: 128)
}

/// What a reader made of one record, before the store interns it.
/// Region names are as written; the store maps them through the gazetteer.
struct ReadRecord {
    var event: Event
    var hasID: Bool
    var flags: EventFlags
    /// Where the title is in the line that was read, when it could be taken as it is written (no
    /// escapes, valid UTF-8); `event.title` is then left empty and the store copies the bytes.
    var titleRange: Range<Int>? = nil
    /// Where a single region, source or category is in the line, when written as one plain string:
    /// the store numbers it from the bytes (`ByteTable`) without making a String per event. The
    /// field in `event` is then left empty.
    var plain = PlainValues()
    /// The title is made when shown from what the store keeps (`AlertTitle`); `event.title` is empty.
    var derivedTitle = false

    /// A record with nothing read yet, for a reader to fill.
    static var empty: ReadRecord {
        ReadRecord(
            event: Event(
                id: "", time: EventTime(milliseconds: 0, precision: .day), title: "", origin: Origin(path: "", line: 0)),
            hasID: false, flags: [])
    }
}

/// What one loading thread remembers from record to record: which region spellings, as bytes,
/// the gazetteer knows (a year of alerts names the same 25 oblasts a million times).
struct CSVReadMemo {
    private var known = ByteTable()
    /// Counting by source: the sources of each record are needed even when only counted.
    var countsSources = false
    /// Names a profile that keeps only known regions left out, with how often (`sitrep check` lists them).
    var dropped: [String: Int] = [:]
    /// Place names found to be shared by places in several regions, warned about once per reading.
    var warnedPlaces: Set<String> = []

    mutating func isKnown(_ bytes: UnsafeBufferPointer<UInt8>, gazetteer: Gazetteer) -> Bool {
        let h = ByteTable.hash(bytes)
        if let k = known.value(bytes, hash: h) { return k == 1 }
        let k = gazetteer.region(named: String(decoding: bytes, as: UTF8.self)) != nil
        known.insert(bytes, hash: h, value: k ? 1 : 0)
        return k
    }
}

/// Byte ranges of the values the store interns, for the common form `"region": "Kharkiv"`.
struct PlainValues {
    var region: Range<Int>?
    var source: Range<Int>?
    var category: Range<Int>?

    var isEmpty: Bool { region == nil && source == nil && category == nil }
}

/// Where a record starts in its file, so that its full text can be read again for the detail view.
struct RecordSpan: Sendable, Equatable {
    var offset: Int64
    var length: Int
    var line: Int
}

enum TextPosition {
    /// The 1-based character column of a byte offset in a line (UTF-8 continuation bytes do not count).
    static func column(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Int {
        var column = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return column
    }

    /// The byte offset of the first byte that is not part of valid UTF-8, if any.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = bytes.count
        // Most lines are ASCII: check eight bytes at a time until a byte with the high bit appears.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
        }
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            if bytes[i + 1] < lower || bytes[i + 1] > upper { return i }
            for k in 2..<max(2, length) where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    /// Whether every byte is ASCII and none is NUL: one pass, eight bytes at a time, that spares
    /// most lines the separate NUL and UTF-8 checks.
    static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0
        let high: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        while i + 8 <= n {
            let v = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // A byte with its high bit set, or a zero byte (the classic test: it borrows in v - 1s).
            if v & high != 0 || (v &- ones) & ~v & high != 0 { return false }
            i += 8
        }
        while i < n {
            if bytes[i] == 0 || bytes[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    static func firstNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let hit = memchr(base, 0, bytes.count) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }
}
