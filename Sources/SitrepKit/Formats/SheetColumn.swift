/// What the first rows of a sheet show about one column: enough to tell a time from a region, a
/// title from a category, a figure from an id.
struct SheetColumn {
    let index: Int
    let name: String
    /// The column's cells that are not empty, trimmed, in row order.
    let values: [String]
    let rows: Int
    let distinct: Int
    /// Characters per value, on average.
    let meanLength: Double
    /// Every value is a finite number written with a point (`1.5`, `-3`): a figure a user would sum.
    let numeric: Bool
    /// The share of values the gazetteer knows as a region, or as a place in one region.
    let known: Double
    let dates: SheetDates?
    /// Every value is a time of day (`14:05`): joined to a date column.
    let clock: Bool
    /// Most values are web addresses.
    let links: Bool

    init(index: Int, name: String, cells: [String], gazetteer: Gazetteer) {
        self.index = index
        self.name = name
        rows = cells.count
        let values = cells.map(\.trimmingASCIISpaces).filter { !$0.isEmpty }
        self.values = values
        distinct = Set(values).count
        meanLength = values.isEmpty ? 0 : Double(values.reduce(0) { $0 + $1.count }) / Double(values.count)
        numeric = !values.isEmpty && values.allSatisfy { TimePattern.isDecimal($0) && Double($0)?.isFinite == true }
        // Distinct names are looked up once each: a region column repeats a few dozen names.
        var knownNames: [String: Bool] = [:]
        // No region or town is named in more than 64 characters: notes are not looked up.
        let knownCount = values.filter { v in
            guard v.utf8.count <= 64 else { return false }
            if let k = knownNames[v] { return k }
            var k = gazetteer.region(named: v) != nil
            if !k, case .one = gazetteer.places.match(v) { k = true }
            knownNames[v] = k
            return k
        }.count
        known = values.isEmpty ? 0 : Double(knownCount) / Double(values.count)
        let sample = Array(values.prefix(500))
        let named = SheetWords.names(name, .time)
        // Every date layout starts with a digit: a column of words is not tried against them.
        let digitFirst = sample.filter { $0.utf8.first.map { $0 >= 48 && $0 <= 57 } ?? false }.count
        dates =
            (numeric && !named) || Double(digitFirst) < SheetDates.enough * Double(sample.count)
            ? nil : SheetDates.guess(sample, named: named)
        clock = !sample.isEmpty && sample.allSatisfy(SheetDates.isClock)
        links =
            !values.isEmpty
            && Double(values.filter { $0.hasPrefix("http://") || $0.hasPrefix("https://") }.count)
                >= 0.9 * Double(values.count)
    }

    var filledShare: Double { rows == 0 ? 0 : Double(values.count) / Double(rows) }

    func names(_ role: SheetWords.Role) -> Bool { SheetWords.names(name, role) }

    /// A text column with few distinct values: a category (event types, weapon types).
    var looksCategorical: Bool {
        !numeric && values.count >= 10 && distinct <= 20 && distinct * 3 <= values.count && meanLength <= 40
    }
}
