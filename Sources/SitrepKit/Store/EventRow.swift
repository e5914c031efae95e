/// One event as the store keeps it: 48 bytes of numbers. Strings live in the interner and the text
/// arena; the body, url, location and extra fields, and titles written without escapes, stay in the
/// file and are read again on demand (`EventStore.event(at:)`, `title(at:)`), which is what keeps a
/// million events within the memory budget. What few events have (actors, tags, figures, a
/// subcategory) is counted in the list arena instead (`RowExtras`), and the file is the segment's.
struct EventRow: Sendable {
    var time: Int64
    /// Where the record starts in its file.
    var offset: Int64
    /// Where the id starts in the text arena; the title follows it unless it is in the file. A part
    /// of a file holds at most 4 GiB of ids and titles (`StoreBuilder.maximumArenaBytes`).
    var textStart: UInt32
    var length: UInt32
    var line: UInt32
    var category: UInt32
    /// Where this event's regions, then sources, actors and tags start in the list arena; with
    /// `hasExtras`, the numbers of `RowExtras` are just before.
    var lists: UInt32
    var titleLength: UInt32
    /// With `EventFlags.titleInFile`: where the title's bytes start, counted from `offset` (a title
    /// further into its record than this can count is kept in memory).
    var titleOffset: UInt16
    var idLength: UInt16
    var regionCount: UInt8
    var sourceCount: UInt8
    /// The time's precision in the low bits, `hasExtras` in the high one.
    private var shape: UInt8
    var flags: UInt8

    init(
        time: Int64, offset: Int64, textStart: UInt32, length: UInt32, line: UInt32, category: UInt32, lists: UInt32,
        titleLength: UInt32, titleOffset: UInt16, idLength: UInt16, regionCount: UInt8, sourceCount: UInt8,
        precision: UInt8, hasExtras: Bool, flags: UInt8
    ) {
        (self.time, self.offset, self.textStart, self.length, self.line) = (time, offset, textStart, length, line)
        (self.category, self.lists, self.titleLength, self.titleOffset, self.idLength) = (
            category, lists, titleLength, titleOffset, idLength
        )
        (self.regionCount, self.sourceCount, self.flags) = (regionCount, sourceCount, flags)
        shape = precision & 0x0F | (hasExtras ? 0x80 : 0)
    }

    var precision: UInt8 { shape & 0x0F }

    /// Actors, tags, figures or a subcategory are counted before the lists (`Segment.extras(of:)`).
    var hasExtras: Bool { shape & 0x80 != 0 }

    var text: Int {
        get { Int(textStart) }
        set { textStart = UInt32(newValue) }
    }

    /// No title is kept: it is made when shown (`AlertTitle`). Readers refuse empty titles, so a
    /// title of no bytes that is not in the file can only be this.
    var hasDerivedTitle: Bool { titleLength == 0 && !EventFlags(rawValue: flags).contains(.titleInFile) }

    /// How many of the title's bytes follow the id in the arena.
    var titleBytesInArena: Int { EventFlags(rawValue: flags).contains(.titleInFile) ? 0 : Int(titleLength) }
}

/// What only some events have, kept out of the row: in the list arena just before the event's
/// regions, a word of counts (actors, tags, figures, whether a subcategory follows), then the first
/// figure's index when there are figures, then the subcategory when there is one. A feed of plain
/// events keeps none of it.
struct RowExtras: Equatable {
    var actorCount = 0
    var tagCount = 0
    var figures = 0..<0
    var subcategory: UInt32 = 0

    static let none = RowExtras()

    var isEmpty: Bool { self == .none }

    /// Puts the numbers before an event's lists, in the order they are read back (from the last).
    func append(to lists: inout [UInt32]) {
        if subcategory != 0 { lists.append(subcategory) }
        if !figures.isEmpty { lists.append(UInt32(figures.lowerBound)) }
        lists.append(
            UInt32(actorCount) | UInt32(tagCount) << 8 | UInt32(figures.count) << 16 | (subcategory != 0 ? 1 << 31 : 0))
    }

    /// Read back from the list arena, counting down from just before `lists`.
    init<L: RandomAccessCollection<UInt32>>(lists: L, before start: Int) where L.Index == Int {
        let counts = lists[start - 1]
        let slots = Self.slots(counts, before: start)
        actorCount = Int(counts & 0xFF)
        tagCount = Int(counts >> 8 & 0xFF)
        if let k = slots.figures { figures = Int(lists[k])..<Int(lists[k]) + Int(counts >> 16 & 0x7FFF) }
        if let k = slots.subcategory { subcategory = lists[k] }
    }

    /// Where the first figure's index and the subcategory are, given the word of counts.
    static func slots(_ counts: UInt32, before start: Int) -> (figures: Int?, subcategory: Int?) {
        let hasFigures = counts >> 16 & 0x7FFF != 0
        return (hasFigures ? start - 2 : nil, counts >> 31 != 0 ? start - (hasFigures ? 3 : 2) : nil)
    }

    init(actorCount: Int = 0, tagCount: Int = 0, figures: Range<Int> = 0..<0, subcategory: UInt32 = 0) {
        (self.actorCount, self.tagCount, self.figures, self.subcategory) = (actorCount, tagCount, figures, subcategory)
    }
}

/// The rows, text, lists and figures one loading thread collected; `text`, `lists` and `figures` of
/// its rows point into its own arrays, and its strings are numbered in the store's one table. They stay where that thread
/// put them: joining the parts builds only the timeline order (8 bytes an event), and a reload of
/// one file can keep every other file's segments as they are.
struct Segment: Sendable {
    /// The file every row of the segment is from.
    var file: UInt32
    var rows: [EventRow]
    var arena: [UInt8]
    var lists: [UInt32]
    var figures: [FigureEntry]

    func extras(of r: EventRow) -> RowExtras { r.hasExtras ? RowExtras(lists: lists, before: Int(r.lists)) : .none }

    /// Puts the strings of a loading thread's table (`map`: its number -> the store's) into the
    /// store's numbering, row by row: the list arena also holds counts and figure indexes, which
    /// stay as they are.
    mutating func renumberStrings(_ map: [UInt32], shiftingLinesBy shift: UInt32) {
        for j in figures.indices { figures[j].name = map[Int(figures[j].name)] }
        lists.withUnsafeMutableBufferPointer { lists in
            for j in rows.indices {
                let r = rows[j]
                rows[j].category = map[Int(r.category)]
                rows[j].line += shift
                let start = Int(r.lists)
                var end = start + Int(r.regionCount) + Int(r.sourceCount)
                if r.hasExtras {
                    let counts = lists[start - 1]
                    end += Int(counts & 0xFF) + Int(counts >> 8 & 0xFF)
                    if let k = RowExtras.slots(counts, before: start).subcategory { lists[k] = map[Int(lists[k])] }
                }
                for k in start..<end { lists[k] = map[Int(lists[k])] }
            }
        }
    }
}

/// A figure as the store keeps it: the interned name and the number.
struct FigureEntry: Sendable {
    var name: UInt32
    var value: Double
}

/// Where an event's row is: which segment, which row in it.
struct RowRef: Sendable, Equatable {
    var segment: UInt32
    var index: UInt32
}
