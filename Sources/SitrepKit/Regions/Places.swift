import Foundation

/// A place below a region: a raion, a hromada, a city or a town of Ukraine.
public struct Place: Sendable, Equatable {
    public enum Kind: String, Sendable { case raion, hromada, city, town }

    public var kind: Kind
    /// The Ukrainian name (`Кривий Ріг`).
    public var name: String
    /// The Latin spelling by the national rules (`Kryvyi Rih`).
    public var latin: String
    /// The region it is in, as the gazetteer names it (`Dnipropetrovsk Oblast`).
    public var region: String
    /// The raion it is in (`Kryvorizkyi Raion`); empty for a raion itself and a city of oblast status.
    public var raion: String

    /// `Kryvyi Rih (city, Dnipropetrovsk Oblast)`, to tell places of one name apart.
    public var described: String { "\(latin) (\(kind.rawValue), \(region))" }
}

/// What a name in a region cell says when it is not a region's.
public enum PlaceMatch: Sendable, Equatable {
    case none
    /// One place, or several in the same region: the region is known.
    case one(Place)
    /// Places in different regions share the name: which is meant is not known.
    case several([Place])
}

/// Ukraine's places below its regions (`PlacesTable.swift`, made from KATOTTG by make-places.py), found
/// by their Ukrainian or Latin names, with the words files put around them (`м. Кривий Ріг`,
/// `Kryvorizkyi raion`, `Ivankivska hromada`).
public final class Places: Sendable {
    public let places: [Place]
    private let byKey: [String: [Int]]
    /// Each city's and town's Latin name, as compared for suggestions, when no other place shares it.
    private let suggestionKeys: [(key: [Character], index: Int)]

    public static let builtIn = Places(csv: table)

    init(csv: String) {
        var places: [Place] = []
        for r in CSVParser.records(of: csv).dropFirst() where r.fields.count >= 5 {
            let f = r.fields.map(\.text)
            guard let kind = Place.Kind(rawValue: f[0]) else { continue }
            places.append(Place(kind: kind, name: f[1], latin: f[2], region: f[3], raion: f[4]))
        }
        var byKey: [String: [Int]] = [:]
        let named = Self.namedAfterTowns(places)
        for (i, p) in places.enumerated() {
            for spelling in Self.spellings(of: p) + (named[i] ?? []) {
                let key = Gazetteer.writtenKey(spelling)
                guard !key.isEmpty, byKey[key]?.last != i else { continue }
                byKey[key, default: []].append(i)
            }
        }
        self.places = places
        self.byKey = byKey
        suggestionKeys = places.indices.compactMap { i in
            let p = places[i]
            guard p.kind == .city || p.kind == .town,
                case .one = Self.match(Gazetteer.writtenKey(p.latin), byKey, places)
            else { return nil }
            return (Array(Gazetteer.writtenKey(p.latin)), i)
        }
    }

    /// The city or town whose Latin name is nearest to a spelling, when it is near enough (as
    /// `Gazetteer.closest` counts near: one edit up to six letters, two up to eleven, three beyond).
    public func nearest(to spelling: String) -> (place: Place, distance: Int)? {
        let key = Array(Gazetteer.writtenKey(spelling))
        guard !key.isEmpty, key.count <= 64 else { return nil }
        let allowed = key.count <= 6 ? 1 : key.count <= 11 ? 2 : 3
        var best: (distance: Int, index: Int)?
        for (candidate, index) in suggestionKeys where abs(candidate.count - key.count) <= allowed {
            let d = Gazetteer.editDistance(key, candidate, limit: allowed)
            if d <= allowed, d < best?.distance ?? Int.max { best = (d, index) }
        }
        return best.map { (places[$0.index], $0.distance) }
    }

    /// English-style names of raions, after the town they are named for: the Air Force table writes
    /// `Dnipro Raion` for Dniprovskyi Raion. A raion's adjective starts with its town's name there
    /// (Dnipro, Dniprovskyi; Kharkiv, Kharkivskyi); where it does not (Kryvyi Rih, Kryvorizkyi) no
    /// such name is made.
    static func namedAfterTowns(_ places: [Place]) -> [Int: [String]] {
        var towns: [String: [Place]] = [:]
        for p in places where p.kind == .city || p.kind == .town { towns[p.raion, default: []].append(p) }
        var out: [Int: [String]] = [:]
        for (i, r) in places.enumerated() where r.kind == .raion {
            let adjective = r.latin.dropLast(" Raion".count).lowercased()
            let town = towns[r.latin]?.filter { adjective.hasPrefix($0.latin.lowercased()) }.max {
                $0.latin.count < $1.latin.count
            }
            if let town { out[i] = ["\(town.latin) Raion", "\(town.latin) district", "\(town.name) район"] }
        }
        return out
    }

    /// The ways files write a place: its names, and a raion or hromada with the word for it.
    static func spellings(of p: Place) -> [String] {
        switch p.kind {
        case .city, .town:
            return [p.name, p.latin, "м. \(p.name)", "смт \(p.name)", "\(p.latin) city"]
        case .raion:
            let base = String(p.latin.dropLast(" Raion".count))
            return [p.latin, "\(base) district", "\(p.name) район", "\(p.name) р-н"]
        case .hromada:
            return [
                "\(p.latin) hromada", "\(p.name) громада", "\(p.name) територіальна громада",
                "\(p.latin) territorial community",
            ]
        }
    }

    /// The place a spelling names, if any; several when places in different regions share it.
    public func match(_ spelling: String) -> PlaceMatch {
        guard spelling.utf8.count <= Gazetteer.longestSpelling else { return .none }
        return Self.match(Gazetteer.writtenKey(spelling), byKey, places)
    }

    private static func match(_ key: String, _ byKey: [String: [Int]], _ places: [Place]) -> PlaceMatch {
        guard let found = byKey[key], let first = found.first else { return .none }
        let candidates = found.map { places[$0] }
        if candidates.allSatisfy({ $0.region == candidates[0].region }) { return .one(places[first]) }
        return .several(candidates)
    }
}
