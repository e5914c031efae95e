/// A file as the store knows it: where it came from, how it was read, and what was wrong with it.
public struct LoadedFile: Sendable {
    public let source: EventSource
    public let format: InputFormat?
    /// The CSV profile used, for CSV files.
    public var profileName: String? { csv?.profile.name }
    /// What was taken for each field, when no profile matched and the sheet was read off its rows.
    public var guessedAs: String? { csv?.profile.guessedAs }
    public internal(set) var eventCount = 0
    public internal(set) var log = DiagnosticLog()
    /// Names in region cells its profile left out as no region (`region_known_only`), with how often.
    public internal(set) var droppedNames: [String: Int] = [:]
    /// The file could not be read at all.
    public internal(set) var unreadable = false
    /// Reads a record again in full, for CSV files.
    let csv: CSVEventReader?
    /// The file that was read, for reading titles back from it and no other.
    var key: FileKey?
    /// The same file, kept open after reading while descriptors allow.
    var held: HeldFile?

    public var path: String { source.path }
}

/// One piece of loading work: a whole file, or one part of a large JSON Lines file.
struct LoadPart: Sendable {
    var file: Int
    var range: Range<Int>
    var isFirst: Bool
}

/// What a piece of loading work produced.
struct LoadedPart: Sendable {
    var builder: StoreBuilder
    var log = DiagnosticLog()
    var lines = 0
    /// Names in region cells that the profile left out as no region, with how often.
    var droppedNames: [String: Int] = [:]
    /// Where reading stopped: the end of the range, or the start of a held unfinished last line.
    var end = 0
}
