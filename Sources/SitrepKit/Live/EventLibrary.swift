import Foundation

/// What a refresh changed, for the status line and the "new" marks.
public struct LibraryChange: Sendable, Equatable {
    /// Ids of events that were not there before.
    public var added: [String] = []
    public var removed = 0
    /// The files that were read again, removed or added.
    public var files: [String] = []

    public var isEmpty: Bool { added.isEmpty && removed == 0 && files.isEmpty }

    public init(added: [String] = [], removed: Int = 0, files: [String] = []) {
        self.added = added
        self.removed = removed
        self.files = files
    }
}

/// The files behind the dashboard and what was read from each, kept between reloads so that a
/// change re-reads only the file that changed — and of an appended JSON Lines file, only the new bytes.
/// Not thread-safe: one reload queue owns it; the snapshots it makes are immutable and `Sendable`.
public final class EventLibrary: @unchecked Sendable {
    public let options: LoadOptions
    var interner = Interner()
    var files: [TrackedFile] = []
    /// The last snapshot's parts, kept so that an append extends them instead of rebuilding.
    private var last: (segments: [Segment], order: TimelineOrder, index: FacetIndex)?
    /// The last snapshot handed out, which an extended one continues.
    private var lastStore: (store: ObjectIdentifier, count: Int)?
    /// That snapshot's stories, once found, to be extended by the next. The cache, not the store, is
    /// kept: a small object the next snapshot replaces (a weak reference to the store would do, but
    /// its side table is a leak to LeakSanitizer while a test keeps a store for good).
    private var lastStories: OnceCache<StoryGroups>?
    /// Segments added since the last snapshot by appends only.
    private var appended: [Segment] = []
    /// Something other than an append happened since the last snapshot.
    var needsRebuild = true
    /// What `LoadOptions.countingBy` counted, in the library's string numbers.
    private var tally: [Int64: Int] = [:]

    public init(sources: [EventSource], options: LoadOptions) {
        self.options = options
        files = sources.map { TrackedFile(info: LoadedFile(source: $0, format: nil, csv: nil)) }
    }

    /// The paths of the files currently followed.
    public var paths: [String] { files.filter { !$0.removed }.map(\.info.path) }

    /// Reads every file (in parallel) and returns the first snapshot. Files are opened a batch at a
    /// time: a folder of thousands would otherwise use up the process's descriptors, and with them
    /// the ones the system libraries need (libdispatch stops the process when it cannot get one).
    public func loadAll() -> EventStore {
        var clock = PhaseClock()
        needsRebuild = true
        for batch in stride(from: 0, to: files.count, by: HeldFile.openAtOnce) {
            var work: [(index: Int, file: LoadedFile, reader: ByteReader)] = []
            for i in batch..<min(files.count, batch + HeldFile.openAtOnce) {
                let (info, reader) = Loader.prepare(files[i].info.source, options: options)
                files[i].info = info
                if let reader { work.append((i, info, reader)) }
            }
            read(work)
        }
        clock.mark("parse")
        defer { clock.mark("merge") }
        return snapshot()
    }

    /// Reads every file and counts its events by `options.countingBy` without keeping them: what
    /// `sitrep summary` needs, in less time and memory. The store returned has the files and their
    /// messages but no events.
    public func countAll() -> (store: EventStore, counts: [FacetCount], total: Int) {
        precondition(options.countingBy != nil, "countAll needs LoadOptions.countingBy")
        tally = [:]
        let store = loadAll()
        let total = files.reduce(0) { $0 + $1.info.eventCount }
        return (store, Tally.counts(tally, facet: options.countingBy ?? .region, strings: interner.strings), total)
    }

    /// Parses files just opened and moves what they hold into their segments; each file is then kept
    /// open (`HeldFile`) for the titles left in it.
    func read(_ work: [(index: Int, file: LoadedFile, reader: ByteReader)]) {
        var parts = Loader.parse(work, options: options)
        for k in parts.indices {
            let file = parts[k].file
            var part = parts[k].part
            // Each part's arrays go as soon as they are absorbed, not when the last one is.
            parts[k].part = LoadedPart(builder: StoreBuilder(gazetteer: options.gazetteer))
            absorb(&part, into: file)
        }
        for w in work {
            files[w.index].remember(w.reader)
            files[w.index].info.held = HeldFile.hold(w.reader)
        }
    }

    /// Moves a parsed part into a file's segments: its strings renumbered in the one table, its
    /// line numbers continued, repeated derived ids numbered.
    func absorb(_ part: inout LoadedPart, into file: Int) {
        let map = part.builder.strings.strings.map { interner.intern($0) }
        let lineShift = files[file].lines
        files[file].lines += part.lines
        files[file].consumed = max(files[file].consumed, part.end)
        part.log.shiftLines(by: lineShift)
        files[file].info.log.append(contentsOf: part.log)
        files[file].info.droppedNames.merge(part.droppedNames, uniquingKeysWith: +)
        if let facet = options.countingBy {
            for (key, n) in part.builder.tally {
                let mapped = key == Tally.none || facet == .day ? key : Int64(map[Int(key)])
                tally[mapped, default: 0] += n
            }
            files[file].info.eventCount += part.builder.counted
            part.builder = StoreBuilder(gazetteer: options.gazetteer)
            return
        }
        var segment = Segment(
            file: UInt32(file), rows: part.builder.rows, arena: part.builder.arena, lists: part.builder.lists,
            figures: part.builder.figures)
        let derivedHashes = part.builder.derivedHashes
        part.builder = StoreBuilder(gazetteer: options.gazetteer)
        segment.renumberStrings(map, shiftingLinesBy: UInt32(lineShift))
        files[file].numberRepeatedDerivedIDs(in: &segment, sortedHashes: derivedHashes, strings: interner.strings)
        files[file].info.eventCount += segment.rows.count
        if !segment.rows.isEmpty {
            files[file].segments.append(segment)
            appended.append(segment)
        }
    }

    /// The store as it is now: every file's segments in one timeline. After appends of newer
    /// events only, the last timeline and index are extended rather than built again.
    public func snapshot() -> EventStore {
        var clock = PhaseClock()
        let before = lastStories?.peek?.rules
        defer {
            appended = []
            needsRebuild = false
            clock.mark("snapshot")
        }
        if !needsRebuild, let last, let extended = extend(last) {
            self.last = extended
            let store = EventStore(
                files: files.map(\.info), order: extended.order, strings: interner.strings,
                segments: extended.segments, gazetteer: options.gazetteer, index: extended.index, continues: lastStore,
                storiesBefore: lastStories?.peek)
            lastStore = (ObjectIdentifier(store), store.count)
            lastStories = store.storyCache
            return grouped(store, before: before)
        }
        let segments = files.flatMap(\.segments)
        let order = TimelineOrder.of(segments)
        let store = EventStore(
            files: files.map(\.info), order: order, strings: interner.strings, segments: segments,
            gazetteer: options.gazetteer)
        last = (segments, order, store.index)
        lastStore = (ObjectIdentifier(store), store.count)
        lastStories = store.storyCache
        return grouped(store, before: before)
    }

    /// Finds the snapshot's stories here, on the loading thread, when grouping was asked for or
    /// the snapshot before had them (the user turned grouping on): an append extends them in
    /// milliseconds, and a screen never waits for a million events to be grouped.
    private func grouped(_ store: EventStore, before: StoryRules?) -> EventStore {
        if let rules = options.stories ?? before { _ = store.stories(rules) }
        return store
    }

    /// The last timeline with the appended events after it, if they are all newer than its end.
    private func extend(_ last: (segments: [Segment], order: TimelineOrder, index: FacetIndex)) -> (
        segments: [Segment], order: TimelineOrder, index: FacetIndex
    )? {
        guard !appended.isEmpty else { return last }
        let base = UInt32(last.segments.count)
        let added = Timeline.order(of: appended).map { RowRef(segment: $0.segment + base, index: $0.index) }
        let segments = last.segments + appended
        if let end = last.order.last, let first = added.first {
            guard !Timeline.before(first, end, in: segments) else { return nil }
        }
        let index = last.index.appending(added[...], from: last.order.count, segments: segments)
        return (segments, last.order.appending(added), index)
    }
}

/// One file as the library follows it.
struct TrackedFile {
    var info: LoadedFile
    var segments: [Segment] = []
    /// Device and inode, size and modification time when last read.
    var identity: FileIdentity?
    /// JSON Lines: bytes read through the last whole line; an unfinished last line starts here.
    var consumed = 0
    /// Lines counted up to `consumed`.
    var lines = 0
    /// A hash of the bytes just before `consumed`: an append leaves them as they were.
    var tailHash: UInt64 = 0
    var removed = false
    /// Derived ids seen in this file, for numbering repeats across appends.
    var derivedSeen = DerivedIDRepeats()

    /// Notes what was read, to recognise an append next time.
    mutating func remember(_ reader: ByteReader) {
        identity = FileIdentity.of(info.path)
        tailHash = FileIdentity.tailHash(reader, before: consumed)
    }

    /// Gives the repeats among derived ids their numbers (`DerivedIDRepeats`); `sortedHashes` are
    /// the segment's derived ids' hashes, sorted.
    mutating func numberRepeatedDerivedIDs(in segment: inout Segment, sortedHashes: [UInt64], strings: [String]) {
        let candidates = derivedSeen.add(sorted: sortedHashes)
        guard !candidates.isEmpty else { return }
        var scratch: [UInt8] = []
        for i in segment.rows.indices {
            guard let h = segment.derivedIDHash(of: segment.rows[i], strings: strings, scratch: &scratch),
                candidates.contains(h)
            else { continue }
            let n = derivedSeen.number(of: h)
            guard n > 1 else { continue }
            let r = segment.rows[i]
            let idEnd = r.text + Int(r.idLength)
            let title = Array(segment.arena[idEnd..<idEnd + r.titleBytesInArena])
            let newID = segment.withID(of: r, strings: strings) { Array($0) } + Array("-\(n)".utf8)
            segment.rows[i].text = segment.arena.count
            segment.rows[i].idLength = UInt16(newID.count)
            segment.arena += newID + title
        }
    }

    /// Every id in this file, for telling which events a re-read added or removed.
    func ids(strings: [String]) -> Set<String> {
        var out = Set<String>()
        for s in segments {
            for r in s.rows {
                out.insert(s.id(of: r, strings: strings))
            }
        }
        return out
    }
}

/// What identifies a file's contents cheaply: which file it is, how long, when last changed.
struct FileIdentity: Equatable {
    var key: FileKey
    var size: Int
    var modified: Int64

    static func of(_ path: String) -> FileIdentity? {
        guard let st = RawPath.status(of: path) else { return nil }
        return FileIdentity(
            key: FileKey(st), size: Int(st.st_size),
            modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
    }

    func sameFile(as other: FileIdentity) -> Bool { key == other.key }

    /// FNV-1a of up to 4 KB before `offset`.
    static func tailHash(_ reader: ByteReader, before offset: Int) -> UInt64 {
        let start = max(0, offset - 4096)
        guard offset > start, let bytes = try? reader.bytes(at: start, count: offset - start) else { return 0 }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }
}
