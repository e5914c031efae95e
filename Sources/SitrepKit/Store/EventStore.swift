/// An immutable snapshot of every loaded event, merged from all files into one timeline sorted by
/// time (equal times keep file order, then line order). `Sendable`: the dashboard reads one snapshot
/// while a reload builds the next.
public final class EventStore: Sendable {
    public let files: [LoadedFile]
    /// The timeline: positions in time order, each naming its row.
    let order: TimelineOrder
    let strings: [String]
    let segments: [Segment]
    public let gazetteer: Gazetteer
    /// Positions of the events of each region, category and source, in timeline order.
    public let index: FacetIndex
    /// The snapshot this one continues, when it is that snapshot's timeline with newer events after
    /// it: its first positions are the same events, so a view of the older one can be extended.
    private let continued: (store: ObjectIdentifier, count: Int)?
    let titleFiles: TitleFiles
    let duplicateCache = OnceCache<[Diagnostic]>()
    let extraFieldCache = ExtraFieldCache()
    let numbersCache = OnceCache<(dayPrecision: [Int], withFigures: [Int])>()
    let storyCache = OnceCache<StoryGroups>()
    /// The stories of the snapshot this one continues, to be extended rather than found again.
    let storiesBefore: StoriesBefore

    init(
        files: [LoadedFile], order: TimelineOrder, strings: [String], segments: [Segment], gazetteer: Gazetteer,
        index: FacetIndex? = nil,
        continues previous: (store: ObjectIdentifier, count: Int)? = nil, storiesBefore: StoryGroups? = nil,
        titleFiles: TitleFiles? = nil
    ) {
        continued = previous
        self.storiesBefore = StoriesBefore(storiesBefore)
        self.files = files
        self.order = order
        self.strings = strings
        self.segments = segments
        self.gazetteer = gazetteer
        self.index = index ?? FacetIndex(order: order, segments: segments)
        self.titleFiles = titleFiles ?? TitleFiles(files)
    }

    public static let empty = EventStore(
        files: [], order: TimelineOrder([]), strings: [""], segments: [], gazetteer: .builtIn)

    /// How many events there are.
    public var count: Int { order.count }

    /// The row of the event at a timeline position.
    @inline(__always)
    /// The file (index in `files`) of the event at position `i`.
    func file(at i: Int) -> Int { Int(segments[Int(order[i].segment)].file) }

    /// What only some events have: actors and tags counted, figures, a subcategory.
    func extras(at i: Int) -> RowExtras { segments[Int(order[i].segment)].extras(of: row(i)) }

    func row(_ i: Int) -> EventRow {
        let ref = order[i]
        return segments[Int(ref.segment)].rows[Int(ref.index)]
    }

    /// Whether this snapshot is `other`'s events, in the same positions, with newer ones after them.
    public func continues(_ other: EventStore) -> Bool {
        other === self || (continued?.store == ObjectIdentifier(other) && continued?.count == other.count)
    }

    /// Every problem found, file by file.
    public var diagnostics: [Diagnostic] { files.flatMap { $0.log.lines(path: $0.path) } }
    public var errorCount: Int { files.reduce(0) { $0 + $1.log.errors } }
    public var warningCount: Int { files.reduce(0) { $0 + $1.log.warnings } }

    // MARK: - One event's parts, without reading the file

    public func time(at i: Int) -> EventTime {
        let r = row(i)
        return EventTime(milliseconds: r.time, precision: TimePrecision(rawValue: r.precision) ?? .second)
    }

    public func id(at i: Int) -> String {
        segments[Int(order[i].segment)].id(of: row(i), strings: strings)
    }

    /// The title: from memory, or read from the file for the titles kept there (a screenful at a
    /// time is a few reads).
    public func title(at i: Int) -> String { title(at: i, maxBytes: Int.max) }

    /// The start of the title, at most `maxBytes` of it cut at a character: what a row of the screen
    /// can show, without reading a title of megabytes at every frame.
    public func title(at i: Int, maxBytes: Int) -> String {
        let r = row(i)
        let count = min(Int(r.titleLength), maxBytes)
        let title: String
        if r.hasDerivedTitle {
            return derivedTitle(at: i)
        } else if EventFlags(rawValue: r.flags).contains(.titleInFile) {
            title =
                titleFiles.title(
                    file: file(at: i), at: Int(r.offset) + Int(r.titleOffset), count: count,
                    whole: count == Int(r.titleLength))
                ?? TitleFiles.changed
        } else {
            title = text(i, r, Int(r.idLength), count)
        }
        guard count < Int(r.titleLength), title.unicodeScalars.last == "\u{FFFD}" else { return title }
        // A character cut in two at the end.
        return String(String.UnicodeScalarView(title.unicodeScalars.dropLast()))
    }

    /// The title when it is in memory (made from an alert's row, or kept in the arena); nil when it
    /// would have to be read from its file, which the dashboard does off its loop.
    public func titleInMemory(at i: Int, maxBytes: Int) -> String? {
        EventFlags(rawValue: row(i).flags).contains(.titleInFile) ? nil : title(at: i, maxBytes: maxBytes)
    }

    /// An alert's title, made from its region, duration and tags (`AlertTitle`).
    func derivedTitle(at i: Int) -> String { derivedTitle(of: row(i), in: segments[Int(order[i].segment)]) }

    func derivedTitle(of r: EventRow, in segment: Segment) -> String {
        AlertParts(r, in: segment, strings: strings).title
    }

    public func category(at i: Int) -> String? {
        let c = row(i).category
        return c == 0 ? nil : strings[Int(c)]
    }

    public func subcategory(at i: Int) -> String? {
        let c = extras(at: i).subcategory
        return c == 0 ? nil : strings[Int(c)]
    }

    public func regions(at i: Int) -> [String] { list(i, .regions).map { strings[Int($0)] } }
    public func sources(at i: Int) -> [String] { list(i, .sources).map { strings[Int($0)] } }
    public func actors(at i: Int) -> [String] { list(i, .actors).map { strings[Int($0)] } }
    public func tags(at i: Int) -> [String] { list(i, .tags).map { strings[Int($0)] } }

    public func figures(at i: Int) -> [Figure] {
        segments[Int(order[i].segment)].figures[extras(at: i).figures].map {
            Figure(name: strings[Int($0.name)], value: $0.value)
        }
    }

    public func flags(at i: Int) -> EventFlags { EventFlags(rawValue: row(i).flags) }

    public func origin(at i: Int) -> Origin {
        Origin(path: files[file(at: i)].path, line: Int(row(i).line))
    }

    /// The position of the event with this id, if it is loaded.
    public func position(ofID id: String) -> Int? {
        let target = Array(id.utf8)
        return order.indices.first { i in
            let r = row(i)
            guard r.hasComputedID || Int(r.idLength) == target.count else { return false }
            return segments[Int(order[i].segment)].withID(of: r, strings: strings) { $0.elementsEqual(target) }
        }
    }

    // MARK: - Internals

    /// A hash of an event's id, from its bytes in the arena: comparing a million ids needs no String.
    func idHash(at i: Int) -> UInt64 {
        segments[Int(order[i].segment)].withID(of: row(i), strings: strings, Self.idHash)
    }

    /// The hash of an id's bytes (`idHash(at:)`, the repeated-id scan).
    static func idHash(_ id: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h = StableHash()
        h.add(id)
        return h.value
    }

    private func text(_ i: Int, _ r: EventRow, _ skip: Int, _ length: Int) -> String {
        let start = r.text + skip
        return segments[Int(order[i].segment)].arena.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<start + length]), as: UTF8.self)
        }
    }

    /// One of an event's lists, as interned string numbers.
    func list(_ i: Int, _ kind: ListKind) -> ArraySlice<UInt32> {
        let r = row(i)
        let more = kind.rawValue > 1 ? extras(at: i) : .none
        var start = Int(r.lists)
        if kind.rawValue > 0 { start += Int(r.regionCount) }
        if kind.rawValue > 1 { start += Int(r.sourceCount) }
        if kind.rawValue > 2 { start += more.actorCount }
        let count: Int
        switch kind {
        case .regions: count = Int(r.regionCount)
        case .sources: count = Int(r.sourceCount)
        case .actors: count = more.actorCount
        case .tags: count = more.tagCount
        }
        return segments[Int(order[i].segment)].lists[start..<start + count]
    }
}

/// An event's lists, in the order a row keeps them in the list arena.
enum ListKind: Int, Sendable {
    case regions, sources, actors, tags
}
