/// What the command line says about reading files.
public struct LoadOptions: Sendable {
    /// Local times in files are read in this zone.
    public var zone: DisplayZone = .utc
    /// Read every file as this format, whatever its name (`--input-format`).
    public var format: InputFormat?
    /// Read every CSV file with this profile, whatever its header (`--profile`).
    public var profile: CSVProfile?
    /// The profiles header detection chooses from: the user's first, then the built-in ones.
    public var profiles: [CSVProfile] = CSVProfile.builtIn
    public var gazetteer: Gazetteer = .builtIn
    /// How CSV bytes become text (`--encoding`); nil: the profile's, else UTF-8.
    public var encoding: TextEncoding?
    /// How many threads parse: one per core.
    public var threads: Int = max(1, System.coreCount)
    /// JSON Lines and CSV files larger than this are parsed in parts, one per thread.
    public var splitThreshold = 8 << 20
    /// Following files as they are written (the dashboard): a last JSON line without its newline that
    /// does not parse is held until the writer finishes it, instead of being reported as an error.
    public var holdUnfinishedLines = false
    /// Only count the events by this facet (`sitrep summary` without a filter): every record is
    /// still read and checked, with the same messages, but no event is kept — see `EventLibrary.countAll`.
    public var countingBy: Facet?
    /// Counts the bytes read, for a progress indication.
    public var progress: LoadProgress?
    /// Group reports into stories as each snapshot is made (`--group`), on the loading thread, so
    /// the screen gets them made; nil leaves it to the first that asks.
    public var stories: StoryRules?
    /// Plain CSV records and JSON lines counted or kept without making events (`CSVQuickCount.swift`,
    /// `JSONPlainLine.swift`); off only in the tests that compare both ways.
    var quickLanes = true

    public init() {}
}

import Foundation

enum System {
    static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
