import SitrepKit

/// How a dashboard run was asked for: what to open with, and what the runtime schedules.
public struct RuntimeSettings: Sendable {
    /// The filter to open with (`--filter`), applied to the first events shown, with the history
    /// of filters kept between runs.
    public var filter = ""
    public var history: [String] = []
    /// The saved views (`[views]` in config.toml) and one to open with (`--view`).
    public var views: [(name: String, query: String)] = []
    public var openView: String?
    /// Wall mode (`--wall`), and its night hours in the machine's zone.
    public var wall: WallSettings?
    public var night: NightHours?
    /// Look at the files every this many seconds instead of being told by inotify (`--poll`).
    public var pollSeconds: Double?
    /// Theme files being followed: a change to one reads the themes again, not the events.
    public var themeFiles: [String] = []
    /// How files are followed, for the status line: "watching", "polling every 2 s", "demo".
    public var watchMode = "demo"
    /// Seconds an event that arrived by a reload stays marked as new (`--new-for`).
    public var newFor: Int64 = 600
    /// Play the files as if live, this many times as fast (`--replay`).
    public var replay: Double?
    /// What "now" is for windows, changes and surges (`--as-of`), and when a region surges.
    public var asOf = AsOf.clock
    public var surgeRule = SurgeRule()
    /// One row per story from the start (`--group`, `[stories] group`), and the grouping's rules.
    public var grouping = false
    public var storyRules = StoryRules()
    /// Problems found outside the event files (paths, profiles, aliases), for the status line.
    public var outsideProblems: [Diagnostic] = []

    /// Reloads start at most this often: the first change after a quiet spell is read at once,
    /// and a burst (a writer emitting hundreds of lines a second) is gathered into one reload per
    /// interval, or per reload while one is running.
    public static let reloadSpacing: UInt64 = 25_000_000
    /// While typing in the filter line, a slow filter starts after this pause in keystrokes.
    public static let typingPause: UInt64 = 150_000_000
    /// While the first load runs, its progress is drawn this often.
    public static let progressEvery: UInt64 = 100_000_000

    public init() {}
}

/// The hours in which the wall uses the night theme, e.g. 22:00-07:00 in the machine's zone.
public struct NightHours: Sendable, Equatable {
    /// Minutes of the local day: from (inclusive) and to (exclusive); the window may cross midnight.
    public var from: Int
    public var to: Int
    public var zone: DisplayZone

    public init(from: Int, to: Int, zone: DisplayZone) {
        self.from = from
        self.to = to
        self.zone = zone
    }

    public static func == (a: NightHours, b: NightHours) -> Bool {
        a.from == b.from && a.to == b.to && a.zone.identifier == b.zone.identifier
    }

    /// Whether an instant falls in the window.
    public func contains(_ seconds: Int64) -> Bool {
        let local = seconds + Int64(zone.offsetSeconds(at: seconds))
        let m = Int((local % 86_400 + 86_400) % 86_400 / 60)
        return from < to ? (m >= from && m < to) : (m >= from || m < to)
    }
}
