/// Where each key of a TOML text is first set, read in one pass over its lines: TOMLKit gives no
/// positions, and messages about a file with ten thousand views must not read the text once per view.
public struct KeyPositions: Sendable {
    private var first: [Substring: (line: Int, column: Int)] = [:]

    public init(_ text: String) {
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let column = line.count - trimmed.count + 1
            for name in Self.names(set: trimmed) where first[name] == nil { first[name] = (i + 1, column) }
        }
    }

    /// The line and column where `key` (bare, or in either kind of quotes) is first set; (1, 1)
    /// when the text never sets it.
    public func position(of key: String) -> (Int, Int) {
        let found = [key, "\"\(key)\"", "'\(key)'"].compactMap { first[Substring($0)] }.min { $0.line < $1.line }
        return found.map { ($0.line, $0.column) } ?? (1, 1)
    }

    /// What a line sets: `name` of `name = value`; for a table header `[a."b.c"]`, the header
    /// and each ending of it after a dot (`"b.c"`, `c"`), as a key is looked for at its end.
    private static func names(set line: Substring) -> [Substring] {
        if line.hasPrefix("["), let close = line.firstIndex(of: "]") {
            let header = Substring(
                line[line.index(after: line.startIndex)..<close].trimmingCharacters(in: .whitespaces))
            var out = [header]
            for dot in header.indices where header[dot] == "." { out.append(header[header.index(after: dot)...]) }
            return out
        }
        guard let equals = line.firstIndex(of: "=") else { return [] }
        var name = line[..<equals]
        while name.last == " " { name = name.dropLast() }
        return name.isEmpty ? [] : [name]
    }
}
