import Foundation

/// A first-level region: an oblast, a city with oblast status, a krai.
public struct Region: Sendable, Equatable {
    /// ISO 3166-2 code (`UA-63`), empty for regions a user added.
    public var code: String
    /// The name events are shown and counted under (`Kharkiv Oblast`).
    public var name: String
    public var localName: String
    public var country: String
    public var latitude: Double?
    public var longitude: Double?
    /// Every other spelling that selects this region.
    public var aliases: [String]
}

/// The regions sitrep knows, and every spelling the public datasets use for them.
///
/// Each region is shown under one English name, whichever dataset an event came from: VIINA's
/// `Donets'k`, ACLED's `Donetsk`, the alert log's `Donetska oblast` and `Донецька область` are all
/// `Donetsk Oblast`. A name the gazetteer does not know is kept as written.
public final class Gazetteer: Sendable {
    public let regions: [Region]
    /// Every spelling of the table exactly as written, and in lower case: most files use one of them,
    /// and a hash lookup of the cell is all such a row costs (folding a spelling is far dearer).
    private let verbatim: [String: Int]
    /// Spellings as written (case, apostrophes and spacing aside): `Moscow Oblast` and `Moscow` differ.
    private let exact: [String: Int]
    /// Spellings without the words that only say what kind of region it is (oblast, region, м.):
    /// `Kharkov region` finds `Kharkov`. Asked only when the spelling as written is not known.
    private let lookup: [String: Int]
    /// Spellings that two regions claim; the first row keeps them (reported by `sitrep check`).
    public let conflicts: [String]
    /// Every shortened spelling, as it is and folded for transliterations, with its region: what
    /// `closest(to:)` compares. Made on the first suggestion: most runs never ask for one.
    private let suggestionKeys = SuggestionKeys()

    var spellingKeys: [(key: [Character], index: Int)] { suggestionKeys.keys(of: self).plain }

    /// The regions one of whose spellings (name, code, local name, any alias), shortened as lookups
    /// shorten them, starts with one of the prefixes: what `region:khark` selects. The shortened
    /// spellings are made once per gazetteer, not once per query.
    public func regionNames(withSpellingStartingWith prefixes: [String]) -> [String] {
        let keys = suggestionKeys.queryKeys(of: self)
        return regions.indices.filter { i in keys[i].contains { key in prefixes.contains { key.hasPrefix($0) } } }.map {
            regions[$0].name
        }
    }
    var foldedSpellingKeys: [(key: [Character], index: Int)] { suggestionKeys.keys(of: self).folded }

    /// The gazetteer built into sitrep (`Sources/SitrepKit/Resources/regions.csv`).
    public static let builtIn = Gazetteer(csv: builtInCSV)

    /// The gazetteer file built into sitrep, as text.
    static let builtInCSV = String(decoding: PackageResources.regions_csv, as: UTF8.self)

    public init(csv: String, userAliases: [(alias: String, region: String)] = []) {
        var regions: [Region] = []
        for r in CSVParser.records(of: csv).dropFirst() where r.fields.count >= 7 {
            let f = r.fields.map(\.text)
            regions.append(
                Region(
                    code: f[0], name: f[1], localName: f[2], country: f[3],
                    latitude: Double(f[4]), longitude: Double(f[5]),
                    aliases: f[6].split(separator: "|").map(String.init)))
        }
        var lookup: [String: Int] = [:]
        var exact: [String: Int] = [:]
        var conflicts: [String] = []
        func claim(_ spelling: String, _ index: Int) {
            let written = Self.writtenKey(spelling)
            guard !written.isEmpty else { return }
            if let other = exact[written], other != index { conflicts.append(spelling) } else { exact[written] = index }
            // Two regions may share a shortened key (`Moscow Oblast` and `Moscow` are both "moscow"):
            // the first row keeps it, and each stays reachable by its full name.
            let key = Self.key(spelling)
            if !key.isEmpty, lookup[key] == nil { lookup[key] = index }
        }
        for (i, region) in regions.enumerated() {
            for spelling in [region.name, region.code, region.localName] + region.aliases { claim(spelling, i) }
        }
        for (alias, target) in userAliases {
            if let index = exact[Self.writtenKey(target)] ?? lookup[Self.key(target)] {
                regions[index].aliases.append(alias)
                exact[Self.writtenKey(alias)] = index
                lookup[Self.key(alias)] = index
            } else {
                regions.append(Region(code: "", name: target, localName: "", country: "", aliases: [alias]))
                for spelling in [target, alias] {
                    exact[Self.writtenKey(spelling)] = regions.count - 1
                    lookup[Self.key(spelling)] = regions.count - 1
                }
            }
        }
        self.regions = regions
        self.exact = exact
        self.lookup = lookup
        var verbatim: [String: Int] = [:]
        for (i, region) in regions.enumerated() {
            for spelling in [region.name, region.code, region.localName] + region.aliases {
                // Only where the folded lookup gives the same answer (the spelling as written won its
                // key): a verbatim hit must never differ. A spelling and its lower case share that key.
                guard exact[Self.writtenKey(spelling)] == i else { continue }
                for form in [spelling, spelling.lowercased()] where verbatim[form] == nil { verbatim[form] = i }
            }
        }
        self.verbatim = verbatim
        self.conflicts = conflicts
    }

    /// The built-in gazetteer plus the user's aliases file, if there is one. A bad file is reported
    /// through `problems` and the built-in gazetteer is used alone.
    public static func withUserAliases(from path: String?, problems: inout [Diagnostic]) -> Gazetteer {
        guard let path, FileManager.default.fileExists(atPath: path) else { return builtIn }
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.append(.error(path, 0, 0, "cannot read the region aliases file"))
            return builtIn
        }
        var pairs: [(String, String)] = []
        for r in CSVParser.records(of: String(decoding: data, as: UTF8.self)) {
            guard r.fields.count >= 2 else {
                problems.append(.error(path, r.line, 1, "expected 'alias,region'"))
                continue
            }
            let alias = r.fields[0].text.trimmingASCIISpaces, region = r.fields[1].text.trimmingASCIISpaces
            if alias.lowercased() == "alias" && region.lowercased() == "region" { continue }
            guard !alias.isEmpty, !region.isEmpty else {
                problems.append(.error(path, r.line, 1, "alias and region must not be empty"))
                continue
            }
            pairs.append((alias, region))
        }
        return Gazetteer(csv: builtInCSV, userAliases: pairs)
    }

    /// The places below the regions (raions, hromadas, cities, towns), for names no region has.
    public var places: Places { Places.builtIn }

    /// The region a spelling names, if the gazetteer knows it.
    public func region(named spelling: String) -> Region? {
        // No place name is this long: a hostile name of megabytes is not folded to find out.
        guard spelling.utf8.count <= Self.longestSpelling else { return nil }
        if let index = verbatim[spelling] { return regions[index] }
        // The words are found once for both keys: a file of 100,000 names no gazetteer knows asks this
        // 100,000 times.
        let words = Self.words(spelling)
        if let index = exact[words.joined(separator: " ")] { return regions[index] }
        return lookup[words.filter { !Self.ignored.contains($0) }.joined(separator: " ")].map { regions[$0] }
    }

    /// The spelling without its bracketed notes (`Kyiv oblast (south)` is `Kyiv oblast`); nil when
    /// it has none, nothing is left or a bracket is not closed. Not part of `region(named:)`: in
    /// most files `Kyiv (city)` is not the oblast its first word names.
    static func withoutBrackets(_ spelling: String) -> String? {
        guard let open = spelling.firstIndex(of: "(") else { return nil }
        var out = String(spelling[..<open])
        var depth = 0
        for c in spelling[open...] {
            if c == "(" {
                depth += 1
            } else if c == ")" {
                guard depth > 0 else { return nil }
                depth -= 1
            } else if depth == 0 {
                out.append(c)
            }
        }
        let trimmed = trimmed(out)
        return depth == 0 && !trimmed.isEmpty ? trimmed : nil
    }

    static let longestSpelling = 512

    /// The name to show and count a region under: the gazetteer's, or the spelling trimmed.
    public func canonicalName(_ spelling: String) -> String {
        region(named: spelling)?.name ?? Self.trimmed(spelling)
    }

    /// White space, line breaks and list punctuation (`,`, `;`) off both ends, looking at the ends
    /// only (Foundation's `trimmingCharacters` copies the whole text through UTF-16 first): a cell
    /// `Zashcheb'e,` names the place `Zashcheb'e`, not a second one.
    static func trimmed(_ s: String) -> String {
        let scalars = s.unicodeScalars
        let space = CharacterSet.whitespacesAndNewlines
        func loose(_ u: Unicode.Scalar) -> Bool { u == "," || u == ";" || space.contains(u) }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, loose(scalars[start]) { start = scalars.index(after: start) }
        while end > start, loose(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return start == scalars.startIndex && end == scalars.endIndex ? s : String(scalars[start..<end])
    }

    /// The matching key of a spelling: case, apostrophes and the words that only say what kind of
    /// region it is (oblast, region, krai, Ukrainian м. and Russian г. for a city, a trailing country)
    /// do not count. Built once per spelling: a file with 100,000 distinct region names asks for 100,000 keys.
    static let ignored: Set<Substring> = [
        "oblast", "oblasts", "obl", "obl.", "region", "krai", "kray", "kraj", "область", "обл.", "обл", "край",
        "вобласць",
        "obwód", "republic", "respublika", "республика", "республіка", "of", "the",
        "м.", "г.", "місто", "город", "ukraine", "україна", "украина", "russia", "россия", "росія", "belarus",
    ]

    public static func key(_ spelling: String) -> String {
        words(spelling).filter { !ignored.contains($0) }.joined(separator: " ")
    }

    /// The spelling as written, folded only in case, apostrophes, `ё` and spacing.
    static func writtenKey(_ spelling: String) -> String { words(spelling).joined(separator: " ") }

    /// Lower case, apostrophes dropped, `ё` as `е`, every dash as `-`, split at spaces, commas and
    /// parentheses. Done on Unicode scalars: characters (grapheme clusters) cost several times more.
    static func words(_ spelling: String) -> [Substring] {
        // Most spellings are ASCII: folded byte by byte, the same as below (every built-in command
        // folds the gazetteer's thousand spellings before reading a file, and `lowercased()` was most of it).
        if spelling.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(spelling.utf8.count)
            for b in spelling.utf8 {
                switch b {
                case 0x27, 0x60: continue
                case 0x41...0x5A: bytes.append(b + 0x20)
                case 0x09, 0x2C, 0x28, 0x29: bytes.append(0x20)
                default: bytes.append(b)
                }
            }
            return String(decoding: bytes, as: UTF8.self).split(separator: " ")
        }
        return scalarWords(spelling)
    }

    /// `words` for any text, scalar by scalar.
    static func scalarWords(_ spelling: String) -> [Substring] {
        var cleaned = String.UnicodeScalarView()
        for s in spelling.lowercased().unicodeScalars {
            switch s.value {
            case 0x27, 0x2019, 0x2BC, 0x60, 0xB4, 0x2018: continue
            case 0x451: cleaned.append("е")
            case 0x2013, 0x2014, 0x2010, 0x2011, 0x2212: cleaned.append("-")
            case 0x20, 0x09, 0xA0, 0x2C, 0x28, 0x29: cleaned.append(" ")
            default: cleaned.append(s)
            }
        }
        return String(cleaned).split(separator: " ")
    }
}

/// The spellings `closest(to:)` compares, made once, on first use.
final class SuggestionKeys: @unchecked Sendable {
    typealias Keys = (plain: [(key: [Character], index: Int)], folded: [(key: [Character], index: Int)])
    private let lock = NSLock()
    private var made: Keys?
    private var query: [[String]]?

    func queryKeys(of gazetteer: Gazetteer) -> [[String]] {
        lock.lock()
        defer { lock.unlock() }
        if let query { return query }
        let made = gazetteer.regions.map { r in ([r.name, r.code, r.localName] + r.aliases).map(Gazetteer.key) }
        query = made
        return made
    }

    func keys(of gazetteer: Gazetteer) -> Keys {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        var keys: Keys = ([], [])
        for (i, region) in gazetteer.regions.enumerated() {
            let spellings = Set(([region.name, region.localName] + region.aliases).map(Gazetteer.key)).filter {
                !$0.isEmpty
            }.sorted()
            keys.plain += spellings.map { (Array($0), i) }
            keys.folded += Set(spellings.map(Gazetteer.transliterationFold)).sorted().map { (Array($0), i) }
        }
        made = keys
        return keys
    }
}
