import Foundation

/// Writes events in sitrep's native formats: JSON Lines (which reads back to the same events) and
/// CSV (which the built-in `sitrep` profile reads back).
public enum EventWriter {
    /// One JSON object, without the newline.
    public static func jsonLine(_ e: Event) -> String {
        var parts = ["\"id\": " + JSONText.quoted(e.id), "\"time\": " + JSONText.quoted(e.time.isoText)]
        func add(_ key: String, _ value: String?) {
            if let value { parts.append("\(JSONText.quoted(key)): \(JSONText.quoted(value))") }
        }
        func addList(_ key: String, _ values: [String]) {
            if !values.isEmpty {
                parts.append("\(JSONText.quoted(key)): [" + values.map(JSONText.quoted).joined(separator: ", ") + "]")
            }
        }
        addList("regions", e.regions)
        add("location", e.location)
        add("category", e.category)
        add("subcategory", e.subcategory)
        add("title", e.title)
        add("body", e.body)
        addList("sources", e.sources)
        add("url", e.url)
        addList("actors", e.actors)
        if !e.figures.isEmpty {
            parts.append(
                "\"figures\": {"
                    + e.figures.map { JSONText.quoted($0.name) + ": " + JSONText.number($0.value) }.joined(
                        separator: ", ") + "}")
        }
        addList("tags", e.tags)
        if let lat = e.latitude { parts.append("\"lat\": " + JSONText.number(lat)) }
        if let lon = e.longitude { parts.append("\"lon\": " + JSONText.number(lon)) }
        let known: Set<String> = [
            "id", "time", "regions", "region", "location", "category", "subcategory", "title", "body",
            "sources", "source", "url", "actors", "actor", "figures", "tags", "tag", "lat", "lon",
            "latitude", "longitude", "lng",
        ]
        for x in e.extra {
            // A CSV column named like a native field would read back as that field: keep it apart.
            let name = known.contains(x.name) ? "extra_" + x.name : x.name
            parts.append(JSONText.quoted(name) + ": " + x.json)
        }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    public static let csvHeader =
        "id,time,title,regions,category,subcategory,location,sources,url,actors,tags,figures,lat,lon,body,extra"

    /// One CSV record (RFC 4180), without the line end.
    public static func csvLine(_ e: Event) -> String {
        let figures = e.figures.map { "\($0.name)=\($0.valueText)" }.joined(separator: ";")
        let extra =
            e.extra.isEmpty
            ? "" : "{" + e.extra.map { JSONText.quoted($0.name) + ": " + $0.json }.joined(separator: ", ") + "}"
        let cells = [
            e.id, e.time.isoText, e.title, e.regions.joined(separator: ";"), e.category ?? "", e.subcategory ?? "",
            e.location ?? "", e.sources.joined(separator: ";"), e.url ?? "", e.actors.joined(separator: ";"),
            e.tags.joined(separator: ";"), figures, e.latitude.map(JSONText.number) ?? "",
            e.longitude.map(JSONText.number) ?? "", e.body ?? "", extra,
        ]
        return cells.map(csvCell).joined(separator: ",")
    }

    public static func csvCell(_ text: String) -> String {
        guard
            text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || text.hasPrefix(" ")
                || text.hasSuffix(" ")
        else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
