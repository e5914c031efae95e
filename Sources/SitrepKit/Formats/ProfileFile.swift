import Foundation
import TOMLKit

/// Reads a user's CSV profile: a TOML file that says which column holds what
/// (documented, with an example, in docs/formats.md).
public enum ProfileFile {
    static let columnKeys: Set<String> = [
        "time", "title", "title_from", "body", "region", "location", "category",
        "subcategory", "id", "sources", "url", "actors", "tags", "latitude", "longitude",
    ]
    static let otherKeys: Set<String> = [
        "name", "description", "detect", "time_format", "category_value", "separator", "figures",
        "day_precision", "encoding", "region_separator", "time_fallback", "time_zone",
        "title_template", "title_separator", "region_known_only", "values", "delimiter", "aliases",
    ]

    /// The profile a file describes, or every problem with it as `path:line:column` messages.
    public static func parse(_ text: String, path: String) -> (profile: CSVProfile?, problems: [Diagnostic]) {
        let table: TOMLTable
        switch TOMLSource.table(text, path: path) {
        case .success(let t): table = t
        case .failure(let problem): return (nil, [problem])
        }
        var problems: [Diagnostic] = []
        let positions = KeyPositions(text)
        func problem(_ key: String, _ message: String) {
            let (line, column) = positions.position(of: key)
            problems.append(.error(path, line, column, message))
        }
        func strings(_ key: String) -> [String] {
            guard let value = table[key] else { return [] }
            if let s = value.string { return [s] }
            if let a = value.array, a.allSatisfy({ $0.string != nil }) { return a.compactMap(\.string) }
            problem(key, "'\(key)' must be a column name or a list of column names")
            return []
        }
        for key in table.keys where !columnKeys.contains(key) && !otherKeys.contains(key) {
            problem(
                key, "unknown key '\(key)' (known: \((columnKeys.union(otherKeys)).sorted().joined(separator: ", ")))")
        }
        let name = table["name"]?.string ?? ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let time = strings("time")
        if time.isEmpty, table["time"] == nil {
            problems.append(.error(path, 1, 1, "a profile needs 'time', the column(s) holding when the event happened"))
        }
        var detect = strings("detect")
        if detect.isEmpty { detect = time }
        var p = CSVProfile(
            name: name, summary: table["description"]?.string ?? "user profile \(path)", detect: detect, time: time)
        for format in strings("time_format") {
            do throws(TimeParseError) {
                if p.timeFormats == [.iso] { p.timeFormats = [] }
                p.timeFormats.append(try TimePattern(format))
            } catch {
                problem("time_format", error.message)
            }
        }
        if p.timeFormats.isEmpty { p.timeFormats = [.iso] }
        p.title = strings("title").first
        p.titleFrom = strings("title_from").first
        p.titleTemplate = table["title_template"]?.string
        p.titleSeparator = table["title_separator"]?.string
        if p.title == nil, p.titleFrom == nil, p.titleTemplate == nil {
            problems.append(.error(path, 1, 1, "a profile needs 'title', 'title_from' or 'title_template'"))
        }
        p.timeFallback = strings("time_fallback")
        if let zone = table["time_zone"]?.string {
            if DisplayZone(zone) != nil {
                p.timeZone = zone
            } else {
                problem(
                    "time_zone",
                    "unknown time zone '\(zone)' (use an IANA name such as Europe/Kyiv, or an offset such as +02:00)")
            }
        }
        p.regionKnownOnly = table["region_known_only"]?.bool ?? false
        p.body = strings("body").first
        p.region = strings("region")
        p.location = strings("location")
        p.category = strings("category").first
        p.fixedCategory = table["category_value"]?.string
        p.subcategory = strings("subcategory").first
        p.id = strings("id").first
        p.sources = strings("sources")
        p.url = strings("url").first
        p.actors = strings("actors")
        p.tags = strings("tags")
        p.latitude = strings("latitude").first
        p.longitude = strings("longitude").first
        p.separator = table["separator"]?.string
        if let value = table["region_separator"] {
            if let s = value.string {
                p.regionSeparators = [s]
            } else if let a = value.array, a.allSatisfy({ $0.string != nil }) {
                p.regionSeparators = a.compactMap(\.string)
            } else {
                problem("region_separator", "'region_separator' must be a string or a list of strings")
            }
        }
        p.dayPrecisionOnly = table["day_precision"]?.bool ?? false
        if let d = table["delimiter"]?.string {
            let bytes = Array(d.replacingOccurrences(of: "\\t", with: "\t").utf8)
            if bytes.count == 1, bytes[0] != UInt8(ascii: "\""), bytes[0] != 0x0A, bytes[0] != 0x0D {
                p.delimiter = bytes[0]
            } else {
                problem(
                    "delimiter", "'delimiter' must be one character, such as \",\", \";\", \"|\" or \"\\t\" (a tab)")
            }
        }
        if let name = table["encoding"]?.string {
            if let encoding = TextEncoding(name: name) {
                p.encoding = encoding
            } else {
                problem("encoding", "unknown encoding '\(name)' (known: \(TextEncoding.names))")
            }
        }
        if let values = table["values"] {
            if let fields = values.table {
                for field in fields.keys {
                    guard let map = fields[field]?.table, map.keys.allSatisfy({ map[$0]?.string != nil }) else {
                        problem(field, "'values.\(field)' must be a table of \"cell\" = \"text\"")
                        continue
                    }
                    let column = field == "category" ? p.category : field == "subcategory" ? p.subcategory : field
                    guard let column else {
                        problem(field, "'values.\(field)' maps a field the profile gives no column")
                        continue
                    }
                    p.values[column] = Dictionary(
                        uniqueKeysWithValues: map.keys.compactMap { k in map[k]?.string.map { (k, $0) } })
                }
            } else {
                problem("values", "'values' must hold tables such as [values.category]")
            }
        }
        if let aliases = table["aliases"] {
            if let t = aliases.table {
                for key in t.keys {
                    if let region = t[key]?.string {
                        p.aliases[Gazetteer.writtenKey(key)] = region
                    } else {
                        problem(key, "alias '\(key)' must name a region: \"Kyiv\" = \"Kyiv City\"")
                    }
                }
            } else {
                problem("aliases", "'aliases' must be a table of \"spelling\" = \"region\"")
            }
        }
        if let figures = table["figures"] {
            if let t = figures.table {
                for key in t.keys {
                    if let column = t[key]?.string {
                        p.figures.append(.init(column: column, figure: key))
                    } else {
                        problem(key, "figure '\(key)' must name a column")
                    }
                }
            } else {
                problem("figures", "'figures' must be a table of figure = \"column\"")
            }
        }
        return problems.isEmpty ? (p, []) : (nil, problems)
    }

    /// Every profile in a folder (`$XDG_CONFIG_HOME/sitrep/profiles`), with the problems of the rest.
    public static func loadAll(in directory: String) -> (profiles: [CSVProfile], problems: [Diagnostic]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return ([], []) }
        var profiles: [CSVProfile] = []
        var problems: [Diagnostic] = []
        for name in names.sorted() where name.hasSuffix(".toml") && !name.hasPrefix(".") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(.error(path, 0, 0, "cannot read the profile"))
                continue
            }
            let parsed = parse(String(decoding: data, as: UTF8.self), path: path)
            if let p = parsed.profile { profiles.append(p) }
            problems += parsed.problems
        }
        return (profiles, problems)
    }

    /// TOMLKit gives no positions for keys, so the first line that sets the key (`key = ...`, or a
    /// table header ending in it, `[roles."pane.border"]`) is found in the text. For many keys, make
    /// one `KeyPositions` and ask it: this reads the whole text per call.
    public static func position(of key: String, in text: String) -> (Int, Int) {
        KeyPositions(text).position(of: key)
    }

    /// Where a value's text first appears on a line (1-based column), for messages about the value.
    public static func column(of value: String, onLine line: Int, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count, let r = lines[line - 1].range(of: value) else { return 1 }
        return lines[line - 1].distance(from: lines[line - 1].startIndex, to: r.lowerBound) + 1
    }
}
