/// A point of an outline: longitude and latitude in degrees.
public struct MapPoint: Sendable, Equatable {
    public var lon: Float
    public var lat: Float

    public init(lon: Float, lat: Float) {
        self.lon = lon
        self.lat = lat
    }
}

/// A region's outline for the map: every ring of its polygons (holes included; the map fills by
/// the even-odd rule), joined to the gazetteer by its ISO 3166-2 code.
public struct RegionShape: Sendable {
    public let code: String
    public let rings: [[MapPoint]]
    /// Longitude and latitude bounds.
    public let west: Float, south: Float, east: Float, north: Float

    init(code: String, rings: [[MapPoint]]) {
        self.code = code
        self.rings = rings
        let all = rings.joined()
        west = all.map(\.lon).min() ?? 0
        east = all.map(\.lon).max() ?? 0
        south = all.map(\.lat).min() ?? 0
        north = all.map(\.lat).max() ?? 0
    }

    /// Whether the region is Ukraine's (drawn last: its borders win where the sources differ).
    public var isUkrainian: Bool { code.hasPrefix("UA-") }
}

/// The outlines built into the binary (`Resources/map-shapes.txt`, made from geoBoundaries and
/// Natural Earth by `make-map-shapes.py`): Ukraine's 27 regions and the regions around it. Read on
/// first use, so a run without the map never pays for them.
public enum RegionShapes {
    public static let builtIn: [RegionShape] = parse(String(decoding: PackageResources.map_shapes_txt, as: UTF8.self))

    /// One ring a line: `CODE<tab>lon,lat lon,lat ...`; lines starting with `#` are comments.
    static func parse(_ text: String) -> [RegionShape] {
        var rings: [String: [[MapPoint]]] = [:]
        var order: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let code = String(parts[0])
            let points = parts[1].split(separator: " ").compactMap { pair -> MapPoint? in
                let xy = pair.split(separator: ",")
                guard xy.count == 2, let lon = Float(xy[0]), let lat = Float(xy[1]) else { return nil }
                return MapPoint(lon: lon, lat: lat)
            }
            guard points.count >= 3 else { continue }
            if rings[code] == nil { order.append(code) }
            rings[code, default: []].append(points)
        }
        // Neighbours first, Ukraine last.
        return order.map { RegionShape(code: $0, rings: rings[$0] ?? []) }.sorted { !$0.isUkrainian && $1.isUkrainian }
    }
}
