/// An immutable snapshot of every loaded event, merged from all files into one timeline sorted by
/// time (equal times keep file order, then line order). `Sendable`: the dashboard reads one snapshot
/// while a reload builds the next.
public final class EventStore: Sendable {
    public let files: [LoadedFile]
    let rows: [EventRow]
    let strings: [String]
    let arena: [UInt8]
    let lists: [UInt32]
    let figureEntries: [FigureEntry]
    let gazetteer: Gazetteer
    /// Positions of the events of each region, category and source, in timeline order.
    public let index: FacetIndex

    init(files: [LoadedFile], rows: [EventRow], strings: [String], arena: [UInt8], lists: [UInt32],
         figures: [FigureEntry], gazetteer: Gazetteer) {
        self.files = files
        self.rows = rows
        self.strings = strings
        self.arena = arena
        self.lists = lists
        self.figureEntries = figures
        self.gazetteer = gazetteer
        self.index = FacetIndex(rows: rows, lists: lists, stringCount: strings.count)
    }

    public static let empty = EventStore(files: [], rows: [], strings: [""], arena: [], lists: [], figures: [], gazetteer: .builtIn)

    /// How many events there are.
    public var count: Int { rows.count }

    /// Every problem found, file by file.
    public var diagnostics: [Diagnostic] { files.flatMap { $0.log.lines(path: $0.path) } }
    public var errorCount: Int { files.reduce(0) { $0 + $1.log.errors } }
    public var warningCount: Int { files.reduce(0) { $0 + $1.log.warnings } }

    // MARK: - One event's parts, without reading the file

    public func time(at i: Int) -> EventTime {
        EventTime(milliseconds: rows[i].time, precision: TimePrecision(rawValue: rows[i].precision) ?? .second)
    }

    public func id(at i: Int) -> String { text(rows[i].text, Int(rows[i].idLength)) }

    public func title(at i: Int) -> String { text(rows[i].text + Int(rows[i].idLength), Int(rows[i].titleLength)) }

    public func category(at i: Int) -> String? { rows[i].category == 0 ? nil : strings[Int(rows[i].category)] }

    public func subcategory(at i: Int) -> String? { rows[i].subcategory == 0 ? nil : strings[Int(rows[i].subcategory)] }

    public func regions(at i: Int) -> [String] { list(i, 0).map { strings[Int($0)] } }
    public func sources(at i: Int) -> [String] { list(i, 1).map { strings[Int($0)] } }
    public func actors(at i: Int) -> [String] { list(i, 2).map { strings[Int($0)] } }
    public func tags(at i: Int) -> [String] { list(i, 3).map { strings[Int($0)] } }

    public func figures(at i: Int) -> [Figure] {
        let r = rows[i]
        return figureEntries[Int(r.figures)..<Int(r.figures) + Int(r.figureCount)].map { Figure(name: strings[Int($0.name)], value: $0.value) }
    }

    public func flags(at i: Int) -> EventFlags { EventFlags(rawValue: rows[i].flags) }

    public func origin(at i: Int) -> Origin { Origin(path: files[Int(rows[i].file)].path, line: Int(rows[i].line)) }

    /// The position of the event with this id, if it is loaded.
    public func position(ofID id: String) -> Int? {
        let target = Array(id.utf8)
        return arena.withUnsafeBufferPointer { a in
            rows.indices.first { i in
                let r = rows[i]
                return Int(r.idLength) == target.count && a[r.text..<r.text + target.count].elementsEqual(target)
            }
        }
    }

    // MARK: - Internals

    private func text(_ start: Int, _ length: Int) -> String {
        arena.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + length]), as: UTF8.self) }
    }

    /// List `k` of an event: 0 regions, 1 sources, 2 actors, 3 tags.
    func list(_ i: Int, _ k: Int) -> ArraySlice<UInt32> {
        let r = rows[i]
        let counts = [Int(r.regionCount), Int(r.sourceCount), Int(r.actorCount), Int(r.tagCount)]
        let start = Int(r.lists) + counts[0..<k].reduce(0, +)
        return lists[start..<start + counts[k]]
    }
}
