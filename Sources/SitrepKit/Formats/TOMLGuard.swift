import TOMLKit

/// Parses a TOML file's text for sitrep's own files (config, CSV profiles, themes): the guard
/// below first, then TOMLKit, with any problem as one `path:line:column` diagnostic.
public enum TOMLSource {
    public static func table(_ text: String, path: String) -> Result<TOMLTable, Diagnostic> {
        if let bad = TOMLGuard.problem(in: text) { return .failure(.error(path, bad.line, bad.column, bad.message)) }
        do {
            return .success(try TOMLTable(string: text))
        } catch let e as TOMLParseError {
            return .failure(.error(path, e.source.begin.line, e.source.begin.column, e.description))
        } catch {
            return .failure(.error(path, 1, 1, "\(error)"))
        }
    }
}

/// Checks TOML text for what the parser inside TOMLKit (toml++ 3) does not report but aborts the
/// process on: a table header whose name starts with a character that can neither start a bare
/// key nor a quoted one (`[$a]`, `[[$a]]`, `[.]`, `[é]`, `[` at the end of a line). Found by
/// fuzzing the theme parser; a user's config.toml, CSV profile or theme file must get a message,
/// not a crash. The second found the same way: a `}` where a list's element should be (`x = [ }`).
///
/// Which `[` opens a header depends on context — the same `[` on a line of its own is a nested
/// array inside a multi-line array value — so the text is walked as TOML is read: strings (all four
/// kinds), comments, keys, and values with their bracket depth. Only a `[` first on a line outside
/// any value is a header, as toml++ reads it.
public enum TOMLGuard {
    /// The first such header, as a 1-based line and column and a message; nil when there is none.
    public static func problem(in text: String) -> (line: Int, column: Int, message: String)? {
        var walk = Walk(Array(text.utf8))
        return walk.firstProblem()
    }

    private enum Mode { case lineStart, key, header, value }

    private struct Walk {
        let b: [UInt8]
        var i = 0, line = 1, lineStart = 0
        var mode = Mode.lineStart
        /// Open `[` and `{` of the value being read, innermost last; a newline ends the value only
        /// when none is open.
        var open: [UInt8] = []

        init(_ bytes: [UInt8]) { b = bytes }

        mutating func firstProblem() -> (line: Int, column: Int, message: String)? {
            while i < b.count {
                let c = b[i]
                switch c {
                case UInt8(ascii: "\n"):
                    i += 1; line += 1; lineStart = i
                    if mode != .value || open.isEmpty { mode = .lineStart; open = [] }
                case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                    i += 1
                case UInt8(ascii: "#"):
                    while i < b.count, b[i] != UInt8(ascii: "\n") { i += 1 }
                case UInt8(ascii: "\""), UInt8(ascii: "'"):
                    if mode == .lineStart { mode = .key }
                    skipString()
                case UInt8(ascii: "["):
                    if mode == .lineStart {
                        if let bad = checkHeader() { return bad }
                        mode = .header
                    } else {
                        if mode == .value { open.append(c) }
                        i += 1
                    }
                case UInt8(ascii: "{"):
                    if mode == .value { open.append(c) }
                    i += 1
                case UInt8(ascii: "]"), UInt8(ascii: "}"):
                    // toml++ aborts on a `}` where a list's element should be; a closing bracket of
                    // the other kind is never valid TOML, so it is reported here.
                    if mode == .value, let innermost = open.last {
                        let matches = innermost == UInt8(ascii: "[") ? c == UInt8(ascii: "]") : c == UInt8(ascii: "}")
                        guard matches else {
                            let column = String(decoding: b[lineStart..<i], as: UTF8.self).count + 1
                            let message =
                                innermost == UInt8(ascii: "[")
                                ? "a list opened with '[' must end with ']'"
                                : "a table opened with '{' must end with '}'"
                            return (line, column, message)
                        }
                        open.removeLast()
                    }
                    i += 1
                case UInt8(ascii: "="):
                    if mode == .key || mode == .lineStart { mode = .value; open = [] }
                    i += 1
                default:
                    if mode == .lineStart { mode = .key }
                    i += 1
                }
            }
            return nil
        }

        /// At a header's `[`: what follows it (after blanks, and after a second `[` for an array of
        /// tables) must start a key, close the brackets, or end the text — toml++ reports those itself.
        mutating func checkHeader() -> (line: Int, column: Int, message: String)? {
            i += 1
            skipBlanks()
            if i < b.count, b[i] == UInt8(ascii: "[") { i += 1; skipBlanks() }
            guard i < b.count else { return nil }
            let c = b[i]
            let startsKey =
                (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
                || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
                || c == UInt8(ascii: "_") || c == UInt8(ascii: "-") || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'")
                || c == UInt8(ascii: "]")
            if startsKey { return nil }
            let column = String(decoding: b[lineStart..<i], as: UTF8.self).count + 1
            return (line, column, "a table name must start with a letter, digit, '_' or '-', or be in quotes")
        }

        mutating func skipBlanks() {
            while i < b.count, b[i] == UInt8(ascii: " ") || b[i] == UInt8(ascii: "\t") { i += 1 }
        }

        /// Skips a string of any of the four kinds; an unclosed one runs to the end of its line
        /// (one-line kinds) or of the text (multi-line kinds), where toml++ stops with an error too.
        mutating func skipString() {
            let q = b[i]
            let multi = i + 2 < b.count && b[i + 1] == q && b[i + 2] == q
            let escapes = q == UInt8(ascii: "\"")
            i += multi ? 3 : 1
            while i < b.count {
                let c = b[i]
                if escapes && c == UInt8(ascii: "\\") {
                    // The escaped character is skipped too, except a newline (a line-ending backslash).
                    i += 1
                    if i < b.count, b[i] != UInt8(ascii: "\n") { i += 1 }
                    continue
                }
                if c == UInt8(ascii: "\n") {
                    guard multi else { return }
                    i += 1; line += 1; lineStart = i
                    continue
                }
                if c == q {
                    if !multi { i += 1; return }
                    if i + 2 < b.count, b[i + 1] == q, b[i + 2] == q {
                        // Up to two quotes may sit just inside the closing delimiter.
                        i += 3
                        while i < b.count, b[i] == q { i += 1 }
                        return
                    }
                }
                i += 1
            }
        }
    }
}
