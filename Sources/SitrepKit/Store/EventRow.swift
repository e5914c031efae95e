/// One event as the store keeps it: 64 bytes of numbers. Strings live in the interner and the text
/// arena; the body, url, location and extra fields, and titles written without escapes, stay in the
/// file and are read again on demand (`EventStore.event(at:)`, `title(at:)`), which is what keeps a
/// million events within the memory budget.
struct EventRow: Sendable {
    var time: Int64
    /// Where the record starts in its file.
    var offset: Int64
    /// Where the id starts in the text arena; the title follows it unless it is in the file. A part
    /// of a file holds at most 4 GiB of ids and titles (`StoreBuilder.maximumArenaBytes`).
    var textStart: UInt32
    var length: UInt32
    var line: UInt32
    var file: UInt32
    var category: UInt32
    var subcategory: UInt32
    /// Where this event's regions, then sources, actors and tags start in the list arena.
    var lists: UInt32
    var figures: UInt32
    var titleLength: UInt32
    /// With `EventFlags.titleInFile`: where the title's bytes start, counted from `offset` (a title
    /// further into its record than this can count is kept in memory).
    var titleOffset: UInt16
    var idLength: UInt16
    var regionCount: UInt8
    var sourceCount: UInt8
    var actorCount: UInt8
    var tagCount: UInt8
    var figureCount: UInt16
    var precision: UInt8
    var flags: UInt8

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

/// The rows, text, lists and figures one loading thread collected; `text`, `lists` and `figures` of
/// its rows point into its own arrays, and its strings are numbered in the store's one table. They stay where that thread
/// put them: joining the parts builds only the timeline order (8 bytes an event), and a reload of
/// one file can keep every other file's segments as they are.
struct Segment: Sendable {
    var rows: [EventRow]
    var arena: [UInt8]
    var lists: [UInt32]
    var figures: [FigureEntry]
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
