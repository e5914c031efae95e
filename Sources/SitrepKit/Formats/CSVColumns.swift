/// Where each column a profile reads is in one file's header, found once when the header is read.
///
/// Looking a column up by name for every cell of every record (lowercasing the name, hashing it)
/// was a fifth of reading an alert log; with the positions found once, reading a record touches
/// only its cells.
struct CSVColumns: Sendable {
    var id: Int?
    var regions: [Int] = []
    var location: [Int] = []
    var category: Int?
    var subcategory: Int?
    var sources: [Int] = []
    var actors: [Int] = []
    var tags: [Int] = []
    var title: Int?
    var titleFrom: Int?
    var body: Int?
    var url: Int?
    var latitude: Int?
    var longitude: Int?
    var end: Int?
    var time: [Int] = []
    var timeFallback: [Int] = []
    /// Columns of the alert logs and the native layout, read by their special rules.
    var naive: Int?
    var level: Int?
    var raion: Int?
    var hromada: Int?
    var figureList: Int?
    var extra: Int?
    /// The profile's figure columns, with the figure each gives and the column's name for messages.
    var figures: [(index: Int, figure: String, column: String)] = []
    /// Per column with a value map: the map (UCDP's `type_of_violence` 1 -> "state-based conflict").
    var categoryValues: [String: String]?
    var subcategoryValues: [String: String]?
    /// Columns whose values add tags, in the order of their names.
    var valueTags: [(index: Int, tags: [String: String])] = []
    /// A title template as literal text and columns: `{model}: {launched} launched` is
    /// `[("", model), (": ", launched), (" launched", nil)]`.
    var template: [(text: String, column: Int?)]?

    /// `index` gives a column's position from its name, nil when the header lacks it.
    init(profile p: CSVProfile, index: (String) -> Int?) {
        func one(_ name: String?) -> Int? { name.flatMap(index) }
        func all(_ names: [String]) -> [Int] { names.compactMap(index) }
        id = one(p.id)
        regions = all(p.region)
        location = all(p.location)
        category = one(p.category)
        subcategory = one(p.subcategory)
        sources = all(p.sources)
        actors = all(p.actors)
        tags = all(p.tags)
        title = one(p.title)
        titleFrom = one(p.titleFrom)
        body = one(p.body)
        url = one(p.url)
        latitude = one(p.latitude)
        longitude = one(p.longitude)
        end = one(p.end)
        // A time column missing from the header stops the reader before this is used.
        time = all(p.time)
        timeFallback = all(p.timeFallback)
        naive = index("naive")
        level = index("level")
        raion = index("raion")
        hromada = index("hromada")
        figureList = index("figures")
        extra = index("extra")
        figures = p.figures.compactMap { f in index(f.column).map { ($0, f.figure, f.column) } }
        categoryValues = p.category.flatMap { p.values[$0] }
        subcategoryValues = p.subcategory.flatMap { p.values[$0] }
        valueTags = p.valueTags.sorted { $0.key < $1.key }.compactMap { column, tags in index(column).map { ($0, tags) }
        }
        template = p.titleTemplate.map { Self.parts(of: $0, index: index) }
    }

    /// A template cut at its `{column}` references.
    static func parts(of template: String, index: (String) -> Int?) -> [(text: String, column: Int?)] {
        var out: [(text: String, column: Int?)] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out.append((String(rest[..<open]), index(String(rest[rest.index(after: open)..<close])) ?? -1))
            rest = rest[rest.index(after: close)...]
        }
        out.append((String(rest), nil))
        return out
    }
}
