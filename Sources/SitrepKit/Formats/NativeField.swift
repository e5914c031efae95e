/// The fields of sitrep's JSON Lines format, recognised from the bytes of a field name without
/// building a String: a million lines have seven names each.
enum NativeField: Equatable {
    case id, time, title, regions, sources, actors, tags, category, subcategory, figures, body, url, location
    case latitude, longitude, other

    /// Every accepted spelling: singular and plural lists, short and long coordinates.
    private static let spellings: [(String, NativeField)] = [
        ("id", .id), ("time", .time), ("title", .title), ("region", .regions), ("regions", .regions),
        ("source", .sources), ("sources", .sources), ("actor", .actors), ("actors", .actors), ("tag", .tags),
        ("tags", .tags), ("category", .category), ("subcategory", .subcategory), ("figures", .figures),
        ("body", .body), ("url", .url), ("location", .location), ("lat", .latitude), ("latitude", .latitude),
        ("lon", .longitude), ("lng", .longitude), ("longitude", .longitude),
    ]
    private static let names: [(bytes: [UInt8], field: NativeField)] = spellings.map { (Array($0.0.utf8), $0.1) }

    init(_ key: UnsafeBufferPointer<UInt8>) {
        for entry in Self.names where entry.bytes.count == key.count && entry.bytes.elementsEqual(key) {
            self = entry.field
            return
        }
        self = .other
    }

    /// The name used in messages.
    var name: String {
        switch self {
        case .id: "id"
        case .time: "time"
        case .title: "title"
        case .regions: "regions"
        case .sources: "sources"
        case .actors: "actors"
        case .tags: "tags"
        case .category: "category"
        case .subcategory: "subcategory"
        case .figures: "figures"
        case .body: "body"
        case .url: "url"
        case .location: "location"
        case .latitude: "lat"
        case .longitude: "lon"
        case .other: "field"
        }
    }
}
