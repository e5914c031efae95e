/// Finds the events a query selects. Regions, categories, sources, actors and tags are compared
/// as interned numbers (each distinct string is folded and tested once); body and location are read
/// from the files only for events whose other fields did not already match a word.
public final class QueryMatcher {
    let store: EventStore
    let query: Query
    private var folded: [String?]
    private var regionNames: [Query: Set<String>] = [:]
    /// For each `file:` term, whether each file is one it names: worked out once per term.
    private var namedFiles: [[String]: [Bool]] = [:]
    private let details: DetailReader
    var foldedAll: [String]?
    /// Set to abandon a running search (the dashboard does when the next key arrives).
    public var cancellation: Cancellation?
    /// Files a word search could not read back; their events count as not matching.
    public let unreadable = UnreadableFiles()

    public init(store: EventStore, query: Query) {
        self.store = store
        self.query = query
        folded = Array(repeating: nil, count: store.strings.count)
        details = DetailReader(store: store)
    }

    /// The positions (in timeline order) of the events that match, among `candidates` if given.
    /// Candidates must be in timeline (ascending) order.
    public func positions(among candidates: [Int]? = nil) -> [Int] {
        evaluate(query, within: candidates)
    }

    public func matches(_ i: Int) -> Bool { matches(query, i) }

    func matches(_ q: Query, _ i: Int) -> Bool {
        switch q {
        case .all: return true
        case .and(let qs): return qs.allSatisfy { matches($0, i) }
        case .or(let qs): return qs.contains { matches($0, i) }
        case .not(let inner): return !matches(inner, i)
        case .text(let word): return text(word, i)
        case .field(let field, let values): return self.field(field, values, q, i)
        case .since(let b): return b.isAfterStart(store.time(at: i))
        case .until(let b): return b.isBeforeEnd(store.time(at: i))
        case .figure(let name, let cmp, let value):
            return store.figures(at: i).contains { $0.name == name && cmp.holds($0.value, value) }
        case .has(let part): return has(part, i)
        case .extra(let name, let values): return extra(name, values, i)
        }
    }

    private func extra(_ name: String, _ values: [String], _ i: Int) -> Bool {
        guard store.flags(at: i).contains(.extra) else { return false }
        let wanted = name.lowercased()
        return details.event(at: i).event.extra.contains { field in
            guard field.name.lowercased() == wanted else { return false }
            let text = TextFold.fold(field.displayText)
            return values.contains { text.hasPrefix($0) || text.contains(" " + $0) }
        }
    }

    private func fold(_ id: UInt32) -> String {
        if let f = folded[Int(id)] { return f }
        let f = TextFold.fold(store.strings[Int(id)])
        folded[Int(id)] = f
        return f
    }

    private func text(_ word: String, _ i: Int) -> Bool {
        if TextFold.fold(store.title(at: i)).contains(word) { return true }
        if store.list(i, .sources).contains(where: { fold($0).contains(word) })
            || store.list(i, .actors).contains(where: { fold($0).contains(word) })
        {
            return true
        }
        guard !store.flags(at: i).isDisjoint(with: [.body, .location]) else { return false }
        let e = details.event(at: i).event
        return [e.body, e.location].contains { $0.map { TextFold.fold($0).contains(word) } ?? false }
    }

    private func field(_ field: Query.Field, _ values: [String], _ q: Query, _ i: Int) -> Bool {
        switch field {
        case .region:
            let names = regionSet(values, q)
            return store.list(i, .regions).contains { names.contains(store.strings[Int($0)]) }
                || (store.list(i, .regions).isEmpty
                    && values.contains { EventStore.noneKey.hasPrefix(TextFold.fold($0)) })
        case .category: return store.row(i).category != 0 && startsWord(store.row(i).category, values)
        case .subcategory:
            let sub = store.extras(at: i).subcategory
            return sub != 0 && startsWord(sub, values)
        case .source: return store.list(i, .sources).contains { startsWord($0, values) }
        case .actor: return store.list(i, .actors).contains { startsWord($0, values) }
        case .tag: return store.list(i, .tags).contains { startsWord($0, values) }
        case .id: return values.contains(store.id(at: i))
        case .file:
            if namedFiles[values] == nil {
                namedFiles[values] = store.files.indices.map { store.fileMatches($0, values) }
            }
            return namedFiles[values]![store.file(at: i)]
        }
    }

    /// Whether a value starts with one of the given texts, or has a word that does:
    /// `actor:lavrov` finds `Sergey Lavrov`, `cat:strike` finds `drone strike`.
    func startsWord(_ id: UInt32, _ values: [String]) -> Bool {
        let text = fold(id)
        return values.contains { text.hasPrefix($0) || text.contains(" " + $0) }
    }

    /// The region names a `region:` term selects: a prefix of any spelling in the gazetteer
    /// (`khark`, `UA-63`, `Харків`), or of a name in the files the gazetteer does not know.
    func regionSet(_ values: [String], _ q: Query) -> Set<String> {
        if let known = regionNames[q] { return known }
        let prefixes = values.map { Gazetteer.key($0) }.filter { !$0.isEmpty }
        var names = Set(store.gazetteer.regionNames(withSpellingStartingWith: prefixes))
        for (name, _) in store.regionPostings() where prefixes.contains(where: { Gazetteer.key(name).hasPrefix($0) }) {
            names.insert(name)
        }
        regionNames[q] = names
        return names
    }

    private func has(_ part: Query.Part, _ i: Int) -> Bool {
        let flags = store.flags(at: i)
        switch part {
        case .figures: return !store.figures(at: i).isEmpty
        case .url: return flags.contains(.url)
        case .body: return flags.contains(.body)
        case .location: return flags.contains(.location)
        case .coordinates: return flags.contains(.coordinates)
        case .sources: return !store.list(i, .sources).isEmpty
        case .actors: return !store.list(i, .actors).isEmpty
        case .tags: return !store.list(i, .tags).isEmpty
        case .regions: return !store.list(i, .regions).isEmpty
        }
    }
}
