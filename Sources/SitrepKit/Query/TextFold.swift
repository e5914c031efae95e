import Foundation

/// Text made comparable for search: lower case, accents and apostrophes' variants removed, so that
/// `kharkiv` finds `Kharkiv`, `harkiv` does not, and `kyiv` finds `Kyïv`.
public enum TextFold {
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        if let bytes = foldedBytes(text.utf8) { return String(decoding: bytes, as: UTF8.self) }
        return foundationFold(text)
    }

    /// The fold as Foundation makes it: the definition the quicker ways must agree with.
    static func foundationFold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "ʼ", with: "'")
    }

    /// The first scalar and one past the last that `table` folds.
    static let tableRange: ClosedRange<UInt32> = 0x80...0x52F

    /// Each scalar from U+0080 to U+052F (Latin with accents, Cyrillic) folded on its own by
    /// Foundation; nil for those whose fold depends on what is around them: combining marks (taken
    /// away after a letter, kept at the start) and Greek (a final sigma).
    static let table: [[UInt8]?] = tableRange.map { v in
        guard !(0x370...0x3FF).contains(v), let s = Unicode.Scalar(v) else { return nil }
        let category = s.properties.generalCategory
        guard category != .nonspacingMark, category != .enclosingMark, category != .spacingMark else { return nil }
        return Array(foundationFold(String(Character(s))).utf8)
    }

    /// The folded bytes of UTF-8 text made only of ASCII and the table's scalars, a scalar at a
    /// time: a 22 MB Cyrillic title folds in tens of milliseconds instead of seconds. Nil when the
    /// text has any other scalar; then only Foundation's fold will do.
    static func foldedBytes(_ utf8: some Sequence<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.underestimatedCount)
        var decoder = UTF8()
        var iterator = utf8.makeIterator()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s):
                let v = s.value
                if v < 0x80 {
                    let b = UInt8(v)
                    out.append(b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b)
                } else if tableRange.contains(v), let folded = table[Int(v - tableRange.lowerBound)] {
                    out.append(contentsOf: folded)
                } else {
                    return nil
                }
            case .emptyInput: return out
            case .error: return nil
            }
        }
    }
}
