/// How the bytes of a CSV file become text (`--encoding`, or `encoding = "..."` in a profile).
///
/// Spreadsheets saved by Excel on Windows, and many exports made from them (UCDP's among them),
/// are Windows-1252; older Unix exports are Latin-1. Both map each byte to one character, so a
/// file in either reads completely; in UTF-8 a byte sequence that is not UTF-8 is shown as U+FFFD
/// and reported.
public enum TextEncoding: String, Sendable, Equatable, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"
    case latin1 = "latin-1"

    /// Accepts the common spellings: `utf8`, `cp1252`, `iso-8859-1`, any case.
    public init?(name: String) {
        let key = name.lowercased().filter { $0 != "-" && $0 != "_" }
        switch key {
        case "utf8": self = .utf8
        case "windows1252", "cp1252", "win1252": self = .windows1252
        case "latin1", "iso88591", "l1": self = .latin1
        default: return nil
        }
    }

    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    func decode(_ bytes: [UInt8]) -> (text: String, invalid: Bool) {
        bytes.withUnsafeBufferPointer { decode($0) }
    }

    /// The text of a cell, and whether bytes had to be replaced (only in UTF-8).
    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> (text: String, invalid: Bool) {
        switch self {
        case .utf8:
            if let text = String(validating: bytes, as: UTF8.self) { return (text, false) }
            return (String(decoding: bytes, as: UTF8.self), true)
        case .latin1:
            if !bytes.contains(where: { $0 >= 0x80 }) { return (String(decoding: bytes, as: UTF8.self), false) }
            return (String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })), false)
        case .windows1252:
            if !bytes.contains(where: { $0 >= 0x80 }) { return (String(decoding: bytes, as: UTF8.self), false) }
            return (String(String.UnicodeScalarView(bytes.map(Self.windows1252Scalar))), false)
        }
    }

    /// Windows-1252 is Latin-1 except for 0x80-0x9F, where it has typographic quotes, dashes, the
    /// euro sign and a few letters. The five bytes it leaves undefined keep their Latin-1 (control)
    /// meaning, which the screen shows as a replacement like any other control.
    static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        guard (0x80...0x9F).contains(byte) else { return Unicode.Scalar(byte) }
        let value = windows1252High[Int(byte) - 0x80]
        return Unicode.Scalar(value) ?? Unicode.Scalar(byte)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
        0x017E, 0x0178,
    ]
}
