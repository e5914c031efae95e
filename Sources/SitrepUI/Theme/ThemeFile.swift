import Foundation
import SitrepKit
import TOMLKit

/// Reads a theme file (TOML):
///
///     name = "dark"
///     description = "the default, for dark terminals"
///     inherits = "base"                 # optional: roles not set here come from that theme
///     [palette]
///     accent = "#5fafd7"                # names for colours used below
///     [roles]
///     "pane.border.focused" = { fg = "accent", bold = true }
///
/// Every problem is a `path:line:column` diagnostic; unknown roles, bad colours and unknown style
/// keys are errors, so a typo never silently leaves a role unstyled.
public enum ThemeFile {
    static let styleKeys = ["fg", "bg", "foreground", "background", "bold", "dim", "italic", "underline", "reverse"]

    public static func parse(_ text: String, path: String) -> (source: ThemeSource?, problems: [Diagnostic]) {
        let table: TOMLTable
        switch TOMLSource.table(text, path: path) {
        case .success(let t): table = t
        case .failure(let problem): return (nil, [problem])
        }
        var problems: [Diagnostic] = []
        func at(_ key: String) -> (Int, Int) { ProfileFile.position(of: key, in: text) }
        func error(_ key: String, _ message: String) {
            let (line, column) = at(key)
            problems.append(.error(path, line, column, message))
        }
        let fallbackName = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        var source = ThemeSource(path: path, text: text, name: table["name"]?.string ?? fallbackName)
        source.description = table["description"]?.string ?? ""
        source.inherits = table["inherits"]?.string
        for key in table.keys where !["name", "description", "inherits", "palette", "roles"].contains(key) {
            let (line, column) = at(key)
            problems.append(
                .warning(
                    path, line, column,
                    "unknown setting '\(key)' (a theme has name, description, inherits, [palette] and [roles])"))
        }
        for key in ["name", "description", "inherits"] where table[key] != nil && table[key]?.string == nil {
            error(key, "'\(key)' must be text in quotes")
        }
        var palette: [String: ThemeColor] = [:]
        if let p = table["palette"]?.table {
            for name in p.keys {
                guard let text = p[name]?.string, let color = ThemeColor.parse(text) else {
                    error(name, "bad colour for palette entry '\(name)': \(colorHelp)")
                    continue
                }
                palette[name.lowercased()] = color
            }
        }
        guard let roles = table["roles"]?.table else {
            if table["roles"] != nil { error("roles", "'roles' must be a table of role = { fg = ..., bold = true }") }
            return (source, problems)
        }
        for key in roles.keys {
            guard let role = Role(rawValue: key) else {
                error(key, "unknown role '\(key)'" + (closestRole(key).map { " (did you mean '\($0)'?)" } ?? ""))
                continue
            }
            guard let fields = roles[key]?.table else {
                error(key, "role '\(key)' must be a table such as { fg = \"red\", bold = true }")
                continue
            }
            var style = Style()
            for field in fields.keys {
                // Positions are looked up only for a message: finding them scans the text, and
                // every built-in theme is parsed at start-up.
                func place(of value: String? = nil) -> (line: Int, column: Int) {
                    let (line, _) = at(key)
                    return (line, ProfileFile.column(of: value ?? field, onLine: line, in: text))
                }
                switch field {
                case "fg", "bg", "foreground", "background":
                    let value = fields[field]?.string ?? ""
                    guard let color = palette[value.lowercased()] ?? ThemeColor.parse(value) else {
                        let (line, valueColumn) = place(of: value.isEmpty ? nil : "\"\(value)\"")
                        problems.append(
                            .error(path, line, valueColumn, "bad colour '\(value)' for \(key) \(field): \(colorHelp)"))
                        continue
                    }
                    if field.hasPrefix("f") { style.foreground = color } else { style.background = color }
                case "bold", "dim", "italic", "underline", "reverse":
                    guard let on = fields[field]?.bool else {
                        let (line, column) = place()
                        problems.append(.error(path, line, column, "\(key) \(field) must be true or false"))
                        continue
                    }
                    switch field {
                    case "bold": style.bold = on
                    case "dim": style.dim = on
                    case "italic": style.italic = on
                    case "underline": style.underline = on
                    default: style.reverse = on
                    }
                default:
                    let (line, column) = place()
                    problems.append(
                        .error(
                            path, line, column,
                            "unknown style key '\(field)' for \(key) (use \(styleKeys.joined(separator: ", ")))"))
                }
            }
            source.styles[role] = style
        }
        return (source, problems)
    }

    static let colorHelp = "use a name (red, bright-blue, default), colorN (0-255), #rrggbb or a [palette] name"

    /// The known role a misspelt one most likely meant: same words, one letter off, or a prefix.
    static func closestRole(_ key: String) -> String? {
        Role.allCases.map(\.rawValue).first {
            $0.hasPrefix(key) || key.hasPrefix($0 + ".") || editDistance($0, key) <= 2
        }
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let old = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = old
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
