/// The region and figure names of the loaded files, for the query parser to check a `region:` or
/// `fig:` term against: a name that selects nothing is an error with the closest names, as an
/// unknown field is, instead of a filter that silently matches nothing.
public struct LoadedNames: Sendable {
    /// Whether a `region:` value selects some region (a prefix of a gazetteer spelling or code, or
    /// of a region name in the files).
    let knowsRegion: @Sendable (String) -> Bool
    /// The region names nearest a value that selects none.
    let closestRegions: @Sendable (String) -> [String]
    let figureNames: @Sendable () -> [String]
    /// The loaded files' paths as given, which a `file:` value must name.
    let filePaths: @Sendable () -> [String]
    /// False for `.any`: nothing is checked.
    let checks: Bool

    public init(
        knowsRegion: @escaping @Sendable (String) -> Bool, closestRegions: @escaping @Sendable (String) -> [String],
        figureNames: @escaping @Sendable () -> [String], filePaths: @escaping @Sendable () -> [String] = { [] }
    ) {
        self.knowsRegion = knowsRegion
        self.closestRegions = closestRegions
        self.figureNames = figureNames
        self.filePaths = filePaths
        checks = true
    }

    private init() {
        (knowsRegion, closestRegions, figureNames, filePaths, checks) = (
            { _ in true }, { _ in [] }, { [] }, { [] }, false
        )
    }

    /// No files to check against (a saved view, `--filter` before loading): every name may exist.
    public static let any = LoadedNames()
}

extension EventStore {
    /// The names this snapshot's files use, as the query parser checks them.
    public var loadedNames: LoadedNames {
        LoadedNames(
            knowsRegion: { [self] value in
                let prefix = Gazetteer.key(value)
                guard !prefix.isEmpty else { return true }
                if value == EventStore.noneKey || !gazetteer.regionNames(withSpellingStartingWith: [prefix]).isEmpty {
                    return true
                }
                return regionPostings().contains { Gazetteer.key($0.0).hasPrefix(prefix) }
            },
            closestRegions: { [self] value in
                var out: [String] = []
                if let region = gazetteer.closest(to: value) { out.append(region.name) }
                let key = Gazetteer.key(value)
                // Names in the files the gazetteer does not know, a few letters away.
                for (name, _) in regionPostings() where out.count < 3 && !out.contains(name) {
                    let other = Gazetteer.key(name)
                    guard abs(other.count - key.count) <= 2, other.count <= 64, key.count <= 64 else { continue }
                    if Gazetteer.editDistance(Array(key), Array(other), limit: 2) <= 2 { out.append(name) }
                }
                return out
            }, figureNames: { [self] in figureNames }, filePaths: { [self] in files.map(\.path) })
    }
}
