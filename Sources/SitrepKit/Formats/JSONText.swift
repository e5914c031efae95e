/// Writing JSON text: the escaping sitrep uses for its native format and for extra fields.
public enum JSONText {
    /// `text` as a JSON string literal. Control characters, quotes and backslashes are escaped;
    /// everything else, Cyrillic included, is written as UTF-8.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _
            where scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
                || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// The string a JSON string literal stands for, or nil when `json` is not a string literal.
    public static func unquotedString(_ json: String) -> String? {
        guard json.hasPrefix("\"") else { return nil }
        var copy = json
        return copy.withUTF8 { bytes -> String? in
            var cursor = JSONCursor(bytes: bytes)
            return try? cursor.string()
        }
    }

    /// A number as JSON: whole numbers without a decimal point.
    public static func number(_ value: Double) -> String {
        value.isFinite ? Figure.text(value) : "null"
    }
}
