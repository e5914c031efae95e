/// What events are grouped by in a summary: a facet of theirs or the period their day falls in.
public enum TableKey: Sendable, Equatable {
    case region, category, source
    case period(Period)

    /// `region`, `category`, `source`, `day`, `week`, `month`.
    public init?(_ text: String) {
        switch text.lowercased() {
        case "region": self = .region
        case "category": self = .category
        case "source": self = .source
        default:
            guard let period = Period(rawValue: text.lowercased()) else { return nil }
            self = .period(period)
        }
    }

    public var name: String {
        switch self {
        case .region: "region"
        case .category: "category"
        case .source: "source"
        case .period(let p): p.rawValue
        }
    }
}

/// Counts and figure sums of events grouped by one key (rows) or two (rows × columns). Facets come
/// largest first, periods in time order with every period between the first and the last present,
/// empty ones as zero. An event with several regions (or sources) counts once in each.
public struct Tabulation: Sendable {
    public struct Cell: Sendable, Equatable {
        public var count = 0
        /// One total per summed figure, in the order asked for.
        public var sums: [Double]
    }

    public let keys: [TableKey]
    public let figures: [String]
    public let rows: [String]
    /// The rows' key values: interned numbers, or for periods their numbers (`Period.key`).
    public let rowKeys: [Int64]
    /// Empty for one key.
    public let columns: [String]
    /// `cells[row][column]` (one column for one key).
    public let cells: [[Cell]]
    /// Per row, all its columns together.
    public let rowTotals: [Cell]
    /// The events counted.
    public let events: Int
    /// Empty periods not listed: between events too far apart to list every day, week or month
    /// between them (`maximumGap`), only the periods that have events are rows.
    public var periodsLeftOut: Int64 = 0

    /// The most empty periods listed between the first and the last: about 27 years of days. Events
    /// dated 0001-01-01 and 9999-12-31 would otherwise make 3.6 million rows.
    public static let maximumGap: Int64 = 10_000
}

extension EventStore {
    /// Every figure name some event has, sorted.
    public var figureNames: [String] {
        var seen = Set<UInt32>()
        if segments.reduce(0, { $0 + $1.rows.count }) == count {
            for segment in segments { for f in segment.figures { seen.insert(f.name) } }
        } else {
            // A store cut at a moment (`upTo`): only the figures of the events it holds.
            for i in 0..<count {
                let segment = segments[Int(order[i].segment)]
                for f in segment.figures[extras(at: i).figures] { seen.insert(f.name) }
            }
        }
        return seen.map { strings[Int($0)] }.sorted()
    }

    /// Groups events (all, or the given positions) by one or two keys, counting them and summing the
    /// named figures; days are calendar days in `zone` (`CalendarDay`).
    public func tabulate(
        by keys: [TableKey], sums names: [String] = [], positions: [Int]? = nil, zone: DisplayZone = .utc
    ) -> Tabulation {
        let nameIDs = names.map { name in strings.firstIndex(of: name).map { UInt32($0) } }
        let twoKeys = keys.count > 1
        // Cells are places in arrays: row slot -> [count, sums...] per column slot.
        let stride = 1 + names.count
        var rowSlots = KeySlots(), columnSlots = KeySlots()
        var cells: [[Double]] = []
        var first: [Int64] = [], second: [Int64] = [0]
        var sums = [Double](repeating: 0, count: names.count)
        func add(_ i: Int) {
            values(keys[0], i, zone, into: &first)
            if twoKeys { values(keys[1], i, zone, into: &second) }
            for k in sums.indices { sums[k] = 0 }
            if !names.isEmpty, row(i).hasExtras {
                for f in segments[Int(order[i].segment)].figures[extras(at: i).figures] {
                    for (k, id) in nameIDs.enumerated() where id == f.name { sums[k] = Figure.sum(sums[k], f.value) }
                }
            }
            for a in first {
                let ra = rowSlots.slot(a)
                if ra == cells.count { cells.append([]) }
                for b in second {
                    let at = columnSlots.slot(b) * stride
                    if cells[ra].count <= at {
                        cells[ra] += [Double](repeating: 0, count: at + stride - cells[ra].count)
                    }
                    cells[ra][at] += 1
                    for k in sums.indices where sums[k] != 0 {
                        cells[ra][at + 1 + k] = Figure.sum(cells[ra][at + 1 + k], sums[k])
                    }
                }
            }
        }
        if let positions { positions.forEach(add) } else { (0..<count).forEach(add) }
        var table: [Pair: Tabulation.Cell] = [:]
        for (ra, row) in cells.enumerated() {
            for at in Swift.stride(from: 0, to: row.count, by: stride) where row[at] > 0 {
                table[Pair(a: rowSlots.values[ra], b: columnSlots.values[at / stride])] = Tabulation.Cell(
                    count: Int(row[at]), sums: Array(row[at + 1..<at + stride]))
            }
        }
        return arrange(table, keys: keys, figures: names, events: positions?.count ?? count)
    }

    /// The key values an event has for a key: interned names, or the period's number.
    private func values(_ key: TableKey, _ i: Int, _ zone: DisplayZone, into out: inout [Int64]) {
        out.removeAll(keepingCapacity: true)
        switch key {
        case .region, .source:
            for id in list(i, key == .region ? .regions : .sources) { out.append(Int64(id)) }
        case .category:
            let c = row(i).category
            if c != 0 { out.append(Int64(c)) }
        case .period(let period):
            out.append(period.key(of: CalendarDay(of: time(at: i), in: zone)))
        }
        if out.isEmpty { out.append(Tally.none) }
    }

    private func arrange(_ table: [Pair: Tabulation.Cell], keys: [TableKey], figures: [String], events: Int)
        -> Tabulation
    {
        let empty = Tabulation.Cell(sums: [Double](repeating: 0, count: figures.count))
        func totals(_ side: (Pair) -> Int64) -> [Int64: Tabulation.Cell] {
            var out: [Int64: Tabulation.Cell] = [:]
            for (pair, cell) in table {
                var t = out[side(pair)] ?? empty
                t.count += cell.count
                for k in t.sums.indices { t.sums[k] = Figure.sum(t.sums[k], cell.sums[k]) }
                out[side(pair)] = t
            }
            return out
        }
        let rowTotals = totals { $0.a }
        var leftOut: Int64 = 0
        let rowKeys = ordered(keys[0], rowTotals, leftOut: &leftOut)
        let columnKeys = keys.count > 1 ? ordered(keys[1], totals { $0.b }, leftOut: &leftOut) : [0]
        let cells = rowKeys.map { a in columnKeys.map { b in table[Pair(a: a, b: b)] ?? empty } }
        var out = Tabulation(
            keys: keys, figures: figures, rows: rowKeys.map { label(keys[0], $0) }, rowKeys: rowKeys,
            columns: keys.count > 1 ? columnKeys.map { label(keys[1], $0) } : [],
            cells: cells, rowTotals: rowKeys.map { rowTotals[$0] ?? empty }, events: events)
        out.periodsLeftOut = leftOut
        return out
    }

    /// Facet values largest first (then by name); periods from the first to the last, gaps included.
    private func ordered(_ key: TableKey, _ totals: [Int64: Tabulation.Cell], leftOut: inout Int64) -> [Int64] {
        guard case .period(let period) = key else {
            return totals.keys.sorted { a, b in
                let (ca, cb) = (totals[a]?.count ?? 0, totals[b]?.count ?? 0)
                return ca != cb ? ca > cb : label(key, a) < label(key, b)
            }
        }
        let known = totals.keys.filter { $0 != Tally.none }
        guard let low = known.min(), let high = known.max() else { return [] }
        let span = period.count(from: low, through: high)
        if span - Int64(known.count) > Tabulation.maximumGap {
            leftOut += span - Int64(known.count)
            return known.sorted()
        }
        var out: [Int64] = []
        var k = low
        while k <= high {
            out.append(k)
            k = period.next(k)
        }
        return out
    }

    private func label(_ key: TableKey, _ value: Int64) -> String {
        if value == Tally.none { return Self.noneKey }
        if case .period(let period) = key { return period.label(value) }
        return strings[Int(value)]
    }
}

/// Key values numbered densely as they are met. Consecutive events mostly share their day, week
/// or region, so the last value is checked before the table.
struct KeySlots {
    private(set) var values: [Int64] = []
    private var slots: [Int64: Int] = [:]
    private var last: (value: Int64, slot: Int) = (Int64.min + 1, -1)

    mutating func slot(_ value: Int64) -> Int {
        if value == last.value { return last.slot }
        let s: Int
        if let known = slots[value] {
            s = known
        } else {
            s = values.count
            slots[value] = s
            values.append(value)
        }
        last = (value, s)
        return s
    }
}

/// Two key values, for the table of cells.
struct Pair: Hashable {
    var a: Int64
    var b: Int64
}

extension Tabulation {
    /// A one-key table from counts made while reading (`sitrep summary` without a store).
    public init(counts: [FacetCount], key: TableKey, events: Int) {
        let cells = counts.map { Cell(count: $0.count, sums: []) }
        self.init(
            keys: [key], figures: [], rows: counts.map(\.key), rowKeys: [], columns: [], cells: cells.map { [$0] },
            rowTotals: cells, events: events)
    }
}
