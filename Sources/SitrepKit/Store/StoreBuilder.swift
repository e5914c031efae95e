/// Collects the events of one file (or one part of a large file) in the store's compact form.
/// Each loading thread has its own builder; `EventStore.merge` joins them.
struct StoreBuilder: Sendable {
    var strings = Interner()
    var rows: [EventRow] = []
    var arena: [UInt8] = []
    var lists: [UInt32] = []
    var figures: [FigureEntry] = []
    /// Number of lines (or records) read, so that a later part of the same file can number its lines.
    var lines = 0
    /// The hash of every derived id given, for numbering repeats (`DerivedIDRepeats`); sorted by
    /// the loading thread once the part is read.
    var derivedHashes: [UInt64] = []
    private var regionNames: [String: UInt32] = [:]
    private var byteRegions = ByteTable()
    private var byteStrings = ByteTable()
    private var lastCategory: (text: String, id: UInt32)?
    /// Where an alert's title is written to be hashed, reused from event to event.
    private var scratch: [UInt8] = []
    let gazetteer: Gazetteer
    /// Counting instead of keeping (`LoadOptions.countingBy`), and the zone days are counted in.
    var counting: (facet: Facet, zone: DisplayZone)? { countingFacet.map { ($0, countingZone) } }
    /// Kept apart so that checking what is counted, for every event, copies no zone (a shared
    /// object whose count every loading thread would change).
    private let countingFacet: Facet?
    private let countingZone: DisplayZone
    var isCounting: Bool { countingFacet != nil }
    /// Counts per day number, and `Tally.none` for events without a region, category or source;
    /// `tallyByString` per interned string (an array: a dictionary was hashed for every event).
    /// `counted` is the number of events.
    private var tallyByKey: [Int64: Int] = [:]
    private var tallyByString: [Int] = []
    var counted = 0

    /// Every count, by interned string number, day number or `Tally.none`.
    var tally: [Int64: Int] {
        var all = tallyByKey
        for (id, n) in tallyByString.enumerated() where n > 0 { all[Int64(id)] = n }
        return all
    }

    /// Counts above these are cut, with a warning.
    static let maximumListCount = Int(UInt8.max)
    static let maximumFigureCount = 0x7FFF
    static let maximumIDLength = 1024
    /// Where rows point into the arena is a 32-bit number; the last event's id and title must fit.
    static let maximumArenaBytes = Int(UInt32.max) - 2 * (1 << 26)
    private var arenaFull = false

    init(gazetteer: Gazetteer, counting: (facet: Facet, zone: DisplayZone)? = nil) {
        self.gazetteer = gazetteer
        countingFacet = counting?.facet
        countingZone = counting?.zone ?? .utc
    }

    init(_ options: LoadOptions) {
        self.init(gazetteer: options.gazetteer, counting: options.countingBy.map { ($0, options.zone) })
    }

    /// Adds one record; `line` is the text it was read from (where `record.titleRange` points), which
    /// starts `lineStart` bytes into the record (after a byte order mark).
    mutating func add(
        _ record: borrowing ReadRecord, line: UnsafeBufferPointer<UInt8>? = nil, lineStart: Int = 0, span: RecordSpan,
        path: String,
        log: inout DiagnosticLog
    ) {
        let title = record.titleRange.flatMap { r in line.map { UnsafeBufferPointer(rebasing: $0[r]) } }
        var flags = record.flags
        var regions: [UInt32] = []
        // One region, source or category written plainly is numbered from its bytes.
        var source: UInt32?, category: UInt32?
        if !record.plain.isEmpty, let line {
            if let r = record.plain.region { regions.append(canonicalRegion(UnsafeBufferPointer(rebasing: line[r]))) }
            if let r = record.plain.source { source = intern(UnsafeBufferPointer(rebasing: line[r])) }
            if let r = record.plain.category { category = intern(UnsafeBufferPointer(rebasing: line[r])) }
        }
        for r in record.event.regions where r.hasVisibleText { regions.append(canonicalRegion(r)) }
        if category == nil, let c = record.event.category { category = internCategory(c) }
        if let facet = countingFacet {
            count(record.event, regions: regions, source: source, category: category, by: facet)
            warnAboutCuts(
                record.event, idLength: record.hasID ? record.event.id.utf8.count : 0, span: span, path: path, log: &log
            )
            return
        }
        var id = record.event.id
        var derived: UInt64?
        if !record.hasID {
            if record.derivedTitle {
                // The alert's title is hashed as the store will make it, from bytes: no String.
                scratch.removeAll(keepingCapacity: true)
                Self.writeAlertTitle(of: record.event, region: regions.first.map { strings[$0] }, into: &scratch)
                derived = scratch.withUnsafeBufferPointer {
                    derivedHash(
                        record.event.time, title: $0, regions: regions, category: category, source: source,
                        sources: record.event.sources)
                }
            } else if let title {
                derived = derivedHash(
                    record.event.time, title: title, regions: regions, category: category, source: source,
                    sources: record.event.sources)
            } else {
                var text = record.event.title
                derived = text.withUTF8 {
                    derivedHash(
                        record.event.time, title: $0, regions: regions, category: category, source: source,
                        sources: record.event.sources)
                }
            }
            flags.insert(.derivedID)
        }
        if id.utf8.count > Self.maximumIDLength {
            id = String(decoding: id.utf8.prefix(Self.maximumIDLength), as: UTF8.self)
        }
        let textStart = arena.count
        guard arenaHasRoom(path: path, line: span.line, log: &log) else { return }
        if let derived {
            StableHash.appendID(derived, to: &arena)
            derivedHashes.append(derived)
        } else {
            appendToArena(id)
        }
        let idLength = arena.count - textStart
        // A title written as it reads stays in the file: only where it is is kept.
        var titleOffset: UInt16 = 0, titleLength = 0
        if let range = record.titleRange, title != nil, let start = UInt16(exactly: lineStart + range.lowerBound) {
            titleOffset = start
            titleLength = range.count
            flags.insert(.titleInFile)
        } else {
            if let title { arena.append(contentsOf: title) } else { appendToArena(record.event.title) }
            titleLength = arena.count - textStart - idLength
        }
        let e = record.event
        // A name listed twice counts once: in the lists, the index and the counts.
        let sources = Self.distinct(
            (source.map { [$0] } ?? []) + e.sources.prefix(Self.maximumListCount).map { strings.intern($0) })
        let actors = Self.distinct(e.actors.prefix(Self.maximumListCount).map { strings.intern($0) })
        let tags = Self.distinct(e.tags.prefix(Self.maximumListCount).map { strings.intern($0) })
        let figureStart = figures.count
        for f in e.figures.prefix(Self.maximumFigureCount) {
            figures.append(FigureEntry(name: strings.intern(f.name), value: f.value))
        }
        let extras = RowExtras(
            actorCount: actors.count, tagCount: tags.count, figures: figureStart..<figures.count,
            subcategory: e.subcategory.map { strings.intern($0) } ?? 0)
        warnAboutCuts(e, idLength: record.hasID ? e.id.utf8.count : 0, span: span, path: path, log: &log)
        writeRow(
            time: e.time, span: span, textStart: textStart, idLength: idLength,
            title: (titleOffset, titleLength), category: category,
            regions: Self.distinct(regions).prefix(Self.maximumListCount),
            sources: sources.prefix(Self.maximumListCount),
            actors: actors, tags: tags, extras: extras, flags: flags)
    }

    /// The one place a row is written, whichever reader found the event: its extras' numbers, then
    /// its lists in `ListKind` order (each already without repeats and within its limit), then the
    /// row. The title is in the file at `title.offset` (with `.titleInFile`), in the arena after the
    /// id, or, with a length of 0 and no flag, made when shown (alerts).
    @inline(__always)
    private mutating func writeRow(
        time: EventTime, span: RecordSpan, textStart: Int, idLength: Int, title: (offset: UInt16, length: Int),
        category: UInt32?, regions: some Collection<UInt32>, sources: some Collection<UInt32>,
        actors: some Collection<UInt32>, tags: some Collection<UInt32>, extras: RowExtras, flags: EventFlags
    ) {
        if !extras.isEmpty { extras.append(to: &lists) }
        let listStart = lists.count
        lists.append(contentsOf: regions)
        lists.append(contentsOf: sources)
        lists.append(contentsOf: actors)
        lists.append(contentsOf: tags)
        rows.append(
            EventRow(
                time: time.milliseconds, offset: span.offset, textStart: UInt32(clamping: textStart),
                length: UInt32(clamping: span.length), line: UInt32(clamping: span.line),
                category: category ?? 0, lists: UInt32(listStart),
                titleLength: UInt32(clamping: title.length), titleOffset: title.offset, idLength: UInt16(idLength),
                regionCount: UInt8(regions.count), sourceCount: UInt8(sources.count),
                precision: time.precision.rawValue, hasExtras: !extras.isEmpty, flags: flags.rawValue))
    }

    /// Whether ids and titles still fit in the arena; the first time they do not, says so.
    private mutating func arenaHasRoom(path: String, line: Int, log: inout DiagnosticLog) -> Bool {
        guard arena.count > Self.maximumArenaBytes else { return true }
        if !arenaFull {
            arenaFull = true
            log.add(
                .error(
                    path, line, 1,
                    "more than 4 GiB of ids and titles in one part of this file; this event and the ones after it were not loaded"
                ))
        }
        return false
    }

    /// Adds a line `JSONLinesReader.readPlain` read, as `add` adds the record the general reader
    /// makes of it: the same numbers, id, title, lists and flags, or the same count.
    mutating func addPlainLine(
        _ p: PlainLine, line: UnsafeBufferPointer<UInt8>, lineStart: Int, span: RecordSpan, path: String,
        log: inout DiagnosticLog
    ) {
        func bytes(_ r: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: line[r]) }
        if let facet = countingFacet {
            counted += 1
            // Only the counted name is looked up: the others would be interned for nothing.
            let key: UInt32?
            switch facet {
            case .region: key = p.plain.region.map { canonicalRegion(bytes($0)) }
            case .source: key = p.plain.source.map { intern(bytes($0)) }
            case .category: key = p.plain.category.map { intern(bytes($0)) }
            case .day:
                tallyByKey[EventStore.dayNumber(p.time, zone: countingZone), default: 0] += 1
                return
            }
            if let key { bump(key) } else { tallyByKey[Tally.none, default: 0] += 1 }
            return
        }
        let region = p.plain.region.map { canonicalRegion(bytes($0)) }
        let source = p.plain.source.map { intern(bytes($0)) }
        let category = p.plain.category.map { intern(bytes($0)) }
        let textStart = arena.count
        guard arenaHasRoom(path: path, line: span.line, log: &log) else { return }
        var flags = p.flags
        let title = bytes(p.title)
        if let id = p.id {
            arena.append(contentsOf: bytes(id))
        } else {
            let derived = derivedHash(
                p.time, title: title, regions: CollectionOfOne(region).lazy.compactMap { $0 }, category: category,
                source: source)
            StableHash.appendID(derived, to: &arena)
            derivedHashes.append(derived)
            flags.insert(.derivedID)
        }
        let idLength = arena.count - textStart
        var titleOffset: UInt16 = 0
        if let start = UInt16(exactly: lineStart + p.title.lowerBound) {
            titleOffset = start
            flags.insert(.titleInFile)
        } else {
            arena.append(contentsOf: title)
        }
        writeRow(
            time: p.time, span: span, textStart: textStart, idLength: idLength, title: (titleOffset, p.title.count),
            category: category, regions: AtMostOne(region),
            sources: AtMostOne(source), actors: EmptyCollection(),
            tags: EmptyCollection(), extras: .none, flags: flags)
    }

    /// Keeps a plain alert (`CSVEventReader.keepQuickly`) as `add` would keep the record the
    /// general reader makes of it: the same derived id, lists, tags, figure and flags.
    mutating func addPlainAlert(_ a: PlainAlert, span: RecordSpan, path: String, log: inout DiagnosticLog) {
        let region = canonicalRegion(a.region)
        let source = a.source.map { intern($0) }
        let category = a.category.map { internCategory($0) }
        // No id bytes are kept (`AlertParts`); the hash still goes to numbering repeats.
        let parts = AlertParts(
            region: strings[region], source: source.map { strings[$0] }, category: category.map { strings[$0] },
            minutes: a.minutes, estimated: a.estimated, ongoing: a.minutes == nil)
        derivedHashes.append(
            parts.idHash(time: a.time.milliseconds, precision: a.time.precision.rawValue, scratch: &scratch))
        let textStart = arena.count
        let figureStart = figures.count
        if let minutes = a.minutes {
            figures.append(FigureEntry(name: strings.intern(AlertTitle.durationName), value: minutes))
        }
        let extras = RowExtras(
            tagCount: (a.estimated ? 1 : 0) + (a.minutes == nil ? 1 : 0), figures: figureStart..<figures.count)
        // The tags in the order the alert rules add them.
        var tags: [UInt32] = []
        if a.estimated { tags.append(strings.intern(AlertTitle.estimatedTag)) }
        if a.minutes == nil { tags.append(strings.intern(AlertTitle.ongoingTag)) }
        writeRow(
            time: a.time, span: span, textStart: textStart, idLength: 0, title: (0, 0), category: category,
            regions: CollectionOfOne(region), sources: AtMostOne(source),
            actors: EmptyCollection(), tags: tags, extras: extras, flags: a.flags)
    }

    /// The title the store will make for an alert it keeps no title for, as bytes.
    static func writeAlertTitle(of e: borrowing Event, region: String?, into out: inout [UInt8]) {
        AlertTitle.write(
            region: region, area: nil, minutes: e.figures.first { $0.name == AlertTitle.durationName }?.value,
            estimated: e.tags.contains(AlertTitle.estimatedTag), ongoing: e.tags.contains(AlertTitle.ongoingTag),
            into: &out)
    }

    /// What was cut of an event, the same whether it is kept or only counted.
    private func warnAboutCuts(
        _ e: borrowing Event, idLength: Int, span: RecordSpan, path: String, log: inout DiagnosticLog
    ) {
        if idLength > Self.maximumIDLength {
            log.add(.warning(path, span.line, 1, "id longer than \(Self.maximumIDLength) bytes; cut"))
        }
        if max(e.regions.count, e.sources.count, e.actors.count, e.tags.count) > Self.maximumListCount {
            log.add(
                .warning(
                    path, span.line, 1,
                    "more than \(Self.maximumListCount) regions, sources, actors or tags; the rest were cut"))
        }
        if e.figures.count > Self.maximumFigureCount {
            log.add(.warning(path, span.line, 1, "more than \(Self.maximumFigureCount) figures; the rest were cut"))
        }
    }

    /// Counts one event the way `EventStore.counts(by:)` counts a kept one: once in each of its
    /// (first 255 different) regions or sources, under `Tally.none` without any.
    private mutating func count(
        _ e: borrowing Event, regions: [UInt32], source: UInt32?, category: UInt32?, by facet: Facet
    ) {
        counted += 1
        switch facet {
        case .region:
            if regions.isEmpty { tallyByKey[Tally.none, default: 0] += 1 }
            for r in Self.distinct(regions).prefix(Self.maximumListCount) { bump(r) }
        case .source:
            let sources = Self.distinct(
                (source.map { [$0] } ?? []) + e.sources.prefix(Self.maximumListCount).map { strings.intern($0) })
            if sources.isEmpty { tallyByKey[Tally.none, default: 0] += 1 }
            for s in sources.prefix(Self.maximumListCount) { bump(s) }
        case .category:
            if let category { bump(category) } else { tallyByKey[Tally.none, default: 0] += 1 }
        case .day:
            tallyByKey[EventStore.dayNumber(e.time, zone: countingZone), default: 0] += 1
        }
    }

    /// Counts an event by region whose one region (or none) is given as the bytes written
    /// (`CSVEventReader.countQuickly`): no event, no array.
    mutating func countPlain(region: UnsafeBufferPointer<UInt8>?) {
        counted += 1
        if let region { bump(canonicalRegion(region)) } else { tallyByKey[Tally.none, default: 0] += 1 }
    }

    private mutating func bump(_ string: UInt32) {
        let i = Int(string)
        if i >= tallyByString.count {
            tallyByString.append(contentsOf: repeatElement(0, count: i + 1 - tallyByString.count))
        }
        tallyByString[i] += 1
    }

    /// Reserves room for the whole part, extrapolated from its first lines, so that the arrays do
    /// not grow by copying (each copy briefly holds the old and the new array in memory).
    mutating func reserve(forBytes total: Int, seenBytes: Int, seenLines: Int) {
        guard seenBytes > 0, seenLines > 0 else { return }
        let factor = Double(total) / Double(seenBytes) * 1.1
        rows.reserveCapacity(Int(Double(rows.count) * factor))
        arena.reserveCapacity(Int(Double(arena.count) * factor))
        lists.reserveCapacity(Int(Double(lists.count) * factor))
        figures.reserveCapacity(Int(Double(figures.count) * factor))
    }

    /// Copies a string's bytes in one go (appending its `utf8` view goes byte by byte).
    private mutating func appendToArena(_ s: String) {
        if s.utf8.withContiguousStorageIfAvailable({ arena.append(contentsOf: $0) }) == nil {
            arena.append(contentsOf: s.utf8)
        }
    }

    /// The numbers in their first order, each once (lists are short: a search is cheaper than a set).
    static func distinct(_ ids: some Sequence<UInt32>) -> [UInt32] {
        var out: [UInt32] = []
        for id in ids where !out.contains(id) { out.append(id) }
        return out
    }

    /// The interned number of a string given as UTF-8 bytes.
    private mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = ByteTable.hash(bytes)
        if let id = byteStrings.value(bytes, hash: h) { return id }
        let id = strings.intern(String(decoding: bytes, as: UTF8.self))
        byteStrings.insert(bytes, hash: h, value: id)
        return id
    }

    /// A category, from the last one when it is the same: a profile's fixed category is the same
    /// string for every event, which compares equal at once where hashing it would not.
    private mutating func internCategory(_ c: String) -> UInt32 {
        if let last = lastCategory, last.text == c { return last.id }
        let id = strings.intern(c)
        lastCategory = (c, id)
        return id
    }

    /// The canonical region of a spelling given as UTF-8 bytes.
    private mutating func canonicalRegion(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let h = ByteTable.hash(bytes)
        if let id = byteRegions.value(bytes, hash: h) { return id }
        let id = canonicalRegion(String(decoding: bytes, as: UTF8.self))
        byteRegions.insert(bytes, hash: h, value: id)
        return id
    }

    private mutating func canonicalRegion(_ spelling: String) -> UInt32 {
        if let id = regionNames[spelling] { return id }
        let id = strings.intern(gazetteer.canonicalName(spelling))
        regionNames[spelling] = id
        return id
    }

    /// An id made from what the event says, so that it stays the same when lines are added above it
    /// or the file is reformatted: `~` and 16 hex digits. `EventStore.merge` numbers repeats.
    static func derivedID(_ e: Event, regions: [String]) -> String {
        var title = e.title
        return "~"
            + StableHash.hex(
                title.withUTF8 {
                    derivedHash(e.time, title: $0, regions: regions, category: e.category, sources: e.sources)
                })
    }

    /// `derivedHash` of a record whose region, category and source are interned here: the same
    /// value, without an array of names made per event.
    private func derivedHash(
        _ time: EventTime, title: UnsafeBufferPointer<UInt8>, regions: some Sequence<UInt32>, category: UInt32?,
        source: UInt32?,
        sources: [String] = []
    ) -> UInt64 {
        var h = StableHash()
        h.add(time.milliseconds)
        h.add(Int64(time.precision.rawValue))
        h.add(title)
        for r in regions { h.add(strings[r]) }
        h.add(category.map { strings[$0] } ?? "")
        if let source { h.add(strings[source]) } else { for s in sources { h.add(s) } }
        return h.value
    }

    /// The hash behind a derived id: time, precision, title, regions, category, sources.
    static func derivedHash(
        _ time: EventTime, title: UnsafeBufferPointer<UInt8>, regions: some Sequence<String>, category: String?,
        sources: [String]
    ) -> UInt64 {
        var h = StableHash()
        h.add(time.milliseconds)
        h.add(Int64(time.precision.rawValue))
        h.add(title)
        for r in regions { h.add(r) }
        h.add(category ?? "")
        for s in sources { h.add(s) }
        return h.value
    }
}

/// What `StoreBuilder.addPlainAlert` keeps of an alert: its start, region and source as written,
/// the duration in minutes (nil: still going on), whether the end was estimated.
struct PlainAlert {
    var time: EventTime
    var region: UnsafeBufferPointer<UInt8>
    var source: UnsafeBufferPointer<UInt8>?
    var minutes: Double?
    var estimated: Bool
    var category: String?
    var flags: EventFlags
}

/// A list of one number or none, with its count known without a walk: what the plain lanes hand to
/// `writeRow`, which an optional wrapped in a lazy map made measurably slower at a million rows.
struct AtMostOne: RandomAccessCollection {
    let value: UInt32?
    init(_ value: UInt32?) { self.value = value }
    var startIndex: Int { 0 }
    var endIndex: Int { value == nil ? 0 : 1 }
    subscript(position: Int) -> UInt32 { value! }
}
