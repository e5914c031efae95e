import Foundation

/// The fields of sitrep's JSON Lines format, recognised from the bytes of a field name without
/// building a String: a million lines have seven names each.
enum NativeField: Equatable {
    case id, time, title, regions, sources, actors, tags, category, subcategory, figures, body, url, location
    case latitude, longitude, other

    /// Every accepted spelling: singular and plural lists, short and long coordinates. Matched by
    /// first byte, then compared with `memcmp` against static text: this runs for every field of
    /// every line, and a loop over an array of names showed in profiles of loading and search.
    init(_ key: UnsafeBufferPointer<UInt8>) {
        guard let first = key.first, let base = key.baseAddress else {
            self = .other
            return
        }
        func isKey(_ s: StaticString) -> Bool {
            s.utf8CodeUnitCount == key.count && memcmp(base, s.utf8Start, key.count) == 0
        }
        switch first {
        case UInt8(ascii: "i"): self = isKey("id") ? .id : .other
        case UInt8(ascii: "t"):
            self = isKey("time") ? .time : isKey("title") ? .title : isKey("tag") || isKey("tags") ? .tags : .other
        case UInt8(ascii: "r"): self = isKey("region") || isKey("regions") ? .regions : .other
        case UInt8(ascii: "s"):
            self = isKey("source") || isKey("sources") ? .sources : isKey("subcategory") ? .subcategory : .other
        case UInt8(ascii: "a"): self = isKey("actor") || isKey("actors") ? .actors : .other
        case UInt8(ascii: "c"): self = isKey("category") ? .category : .other
        case UInt8(ascii: "f"): self = isKey("figures") ? .figures : .other
        case UInt8(ascii: "b"): self = isKey("body") ? .body : .other
        case UInt8(ascii: "u"): self = isKey("url") ? .url : .other
        case UInt8(ascii: "l"):
            if isKey("location") {
                self = .location
            } else if isKey("lat") || isKey("latitude") {
                self = .latitude
            } else if isKey("lon") || isKey("lng") || isKey("longitude") {
                self = .longitude
            } else {
                self = .other
            }
        default: self = .other
        }
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
