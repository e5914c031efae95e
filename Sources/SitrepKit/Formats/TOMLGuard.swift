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
/// key nor a quoted one (`[$a]`, `[[$a]]`, `[.]`, `[é]`). Found by fuzzing the theme parser; a
/// user's config.toml, CSV profile or theme file must get a message, not a crash.
public enum TOMLGuard {
    /// The first such header, as a 1-based line and column and a message; nil when there is none.
    public static func problem(in text: String) -> (line: Int, column: Int, message: String)? {
        var inMultilineBasic = false, inMultilineLiteral = false
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let wasInside = inMultilineBasic || inMultilineLiteral
            // Multi-line strings may hold any text, `[` at the start of a line included.
            if line.components(separatedBy: "\"\"\"").count % 2 == 0 { inMultilineBasic.toggle() }
            if line.components(separatedBy: "'''").count % 2 == 0 { inMultilineLiteral.toggle() }
            guard !wasInside else { continue }
            let chars = Array(line)
            var k = 0
            while k < chars.count, chars[k] == " " || chars[k] == "\t" { k += 1 }
            guard k < chars.count, chars[k] == "[" else { continue }
            k += 1
            if k < chars.count, chars[k] == "[" { k += 1 }
            while k < chars.count, chars[k] == " " || chars[k] == "\t" { k += 1 }
            guard k < chars.count else { continue }
            let c = chars[k]
            // What may follow `[` in a header or in a nested array written on its own line.
            if c.isASCII && (c.isLetter || c.isNumber || "_-\"'[]{+#\r".contains(c)) { continue }
            return (i + 1, k + 1, "a table name must start with a letter, digit, '_' or '-', or be in quotes")
        }
        return nil
    }
}
