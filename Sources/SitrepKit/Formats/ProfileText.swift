/// A profile written as the TOML file `ProfileFile` reads: what `sitrep profile FILE` prints, so a
/// sheet read without a profile can be kept, edited and named.
public enum ProfileText {
    public static func toml(_ p: CSVProfile, comments: [String] = []) -> String {
        var lines = comments.map { "# " + $0 }
        func put(_ key: String, _ value: String?) {
            if let value { lines.append("\(key) = \(quoted(value))") }
        }
        func put(_ key: String, _ values: [String]) {
            if values.count == 1 {
                put(key, values[0])
            } else if !values.isEmpty {
                lines.append("\(key) = [\(values.map(quoted).joined(separator: ", "))]")
            }
        }
        put("name", p.name)
        put("description", p.summary)
        put("detect", p.detect)
        if let d = p.delimiter, d != UInt8(ascii: ",") { put("delimiter", String(Character(Unicode.Scalar(d)))) }
        put("time", p.time)
        put("time_format", p.timeFormats.map(\.description))
        put("time_fallback", p.timeFallback)
        put("time_zone", p.timeZone)
        put("title", p.title)
        put("title_from", p.titleFrom)
        put("title_template", p.titleTemplate)
        put("title_separator", p.titleSeparator)
        put("body", p.body)
        put("region", p.region)
        if !p.regionSeparators.isEmpty { put("region_separator", p.regionSeparators) }
        if p.regionKnownOnly { lines.append("region_known_only = true") }
        put("location", p.location)
        put("category", p.category)
        put("category_value", p.fixedCategory)
        put("subcategory", p.subcategory)
        put("id", p.id)
        put("sources", p.sources)
        put("url", p.url)
        put("actors", p.actors)
        put("tags", p.tags)
        put("separator", p.separator)
        put("latitude", p.latitude)
        put("longitude", p.longitude)
        if p.dayPrecisionOnly { lines.append("day_precision = true") }
        put("encoding", p.encoding?.rawValue)
        if !p.aliases.isEmpty {
            lines.append("")
            lines.append("[aliases]")
            for (spelling, region) in p.aliases.sorted(by: { $0.key < $1.key }) {
                lines.append("\(quoted(spelling)) = \(quoted(region))")
            }
        }
        if !p.figures.isEmpty {
            lines.append("")
            lines.append("[figures]")
            for f in p.figures { lines.append("\(quoted(f.figure)) = \(quoted(f.column))") }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A TOML basic string. TOML's escapes are JSON's (`\"`, `\\`, `\n`, `\uXXXX`), so the JSON
    /// writer's quoting is TOML's too.
    static func quoted(_ s: String) -> String { JSONText.quoted(s) }
}
