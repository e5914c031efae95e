import SitrepKit

/// Everything the screen shows besides the events themselves, in parts with one owner each: what
/// is selected, the query and filter, the clock and replay, how the files are followed, and each
/// pane's own state. Changed only by `update`.
public struct AppState: Sendable {
    public var width: Int
    public var height: Int
    /// What keys do now: the filter line, a menu, help, the detail in place, the wall, or the panes.
    public var mode: Mode = .normal
    public var focus: Pane = .timeline
    /// The pane beside the timeline: the regions, or one standing in for them (`t`, `m`, `F`).
    public var secondPane = Pane.regions
    /// Each pane's own state (scroll positions, cursors, what it worked out), by its type.
    public var panes = PaneStates()
    public var selection = Selection()
    public var query = QueryState()
    public var time = ClockState()
    public var follow = FollowState()
    public var newestFirst = true
    public var regionsOrder = RegionsOrder.count
    /// When a region surges.
    public var surgeRule = SurgeRule()
    /// One row per story (`r`, `--group`): reports of one happening shown, and counted, once.
    public var grouping = false
    /// When reports count as one story (`[stories]` in config.toml).
    public var storyRules = StoryRules()
    /// What the trends and the map plot: one of `Dashboard.plotChoices` (`p`).
    public var plot = 0
    /// How far the help is scrolled, in rows of keys.
    public var helpScroll = 0
    /// The theme in use and the ones `T` cycles through (the runtime applies them).
    public var theme = Theme.defaultName
    public var themes: [String] = []
    public var wall = WallState()
    /// A short message in the status line (a search that found nothing).
    public var notice: String?

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public var layout: Layout { Layout(width: width, height: height, secondPane: secondPane) }
}

/// What is selected: the event (by id, which survives reloads and filters, and by row), a listed
/// report of an expanded story, the region the regions pane points at, and the selected event in full.
public struct Selection: Sendable {
    /// The event the timeline's selection is on, by id.
    public var id: String?
    /// Where the selection is in the shown rows (kept in step with `id`).
    public var row = 0
    /// Which of the listed reports of the expanded story is selected (by its place in the list),
    /// when the selection is on one of them rather than on the story's row.
    public var report: Int?
    /// The story whose reports are listed under its row (Enter on a story), by its first report's id.
    public var expandedStory: String?
    /// The region the regions pane points at, by name: the detail shows its totals.
    public var region: String?
    /// The event under the selection, read in full by the runtime's work (panes never read files).
    public var detail: Event?
}

/// What narrows the events and what finds them: the filter, its window and region, the filter
/// line while it is open, the search, saved views and the history of filters.
public struct QueryState: Sendable {
    /// The filter in force (query language), and whether it is inverted (`!`).
    public var filter = ""
    public var inverted = false
    /// The time window of the quick keys 1/7/3/0: seconds back from now, nil for all.
    public var window: Int64?
    /// Only this region's events are shown (Enter in the regions pane or on the map).
    public var region: String?
    /// The filter line while it is open: what is typed, what was in force before, and why the
    /// text does not parse (the last valid filter stays applied meanwhile).
    public var draft = ""
    public var before = ""
    public var error: QueryError?
    /// A slow filter is running off the loop; the events shown are the last result.
    public var filtering = false
    /// Search without narrowing (Ctrl-F): the text looked for, and the line while it is open.
    public var search = ""
    public var searchDraft = ""
    /// The saved views (`[views]` in config.toml), which the picker (`v`) lists.
    public var views: [(name: String, query: String)] = []
    /// The saved view in force, named in the status line.
    public var viewName: String?
    /// Filters used before, oldest first; Up/Down in the filter line walk them.
    public var history: [String] = []
    public var historyIndex: Int?
}

/// The clocks: what "now" is for every figure (`AsOf`), the real time, the text on screen, and a
/// replay while one runs.
public struct ClockState: Sendable {
    /// What "now" is for windows, changes and surges (see `AsOf`).
    public var asOf = AsOf.clock
    /// Seconds since 1970, set by the runtime: the real clock, what "new" is measured against.
    public var now: Int64 = 0
    /// The time shown in the status line, set by the runtime.
    public var clock = ""
    /// A replay of the files (`--replay`), while one runs.
    public var replay: ReplayState?
}

/// Wall mode (`--wall`): its settings, and what the runtime found out about the files for its
/// freshness line.
public struct WallState: Sendable {
    public var settings: WallSettings?
    public var fileHealth = FileHealth()
}

/// How the files are followed: the first load, the way changes are noticed, the last change, and
/// the events that arrived since.
public struct FollowState: Sendable {
    /// The first load has not finished yet.
    public var loading = false
    /// How much of the first load is done (0 to 1), while it runs.
    public var loadedFraction = 0.0
    /// How files are followed: "watching", "polling every 2 s", "demo".
    public var watchMode = ""
    /// The last reload that changed something: when, and how many events came and went.
    public var lastChange: (clock: String, added: Int, removed: Int)?
    /// Events that arrived while the selection was away from the newest one.
    public var unseen = 0
    /// When each recently added event arrived (seconds), for the `event.new` mark.
    public var arrivals: [String: Int64] = [:]
    /// How long an event counts as new, in seconds.
    public var newFor: Int64 = 600
}

/// The events in view: the store's positions after the region filter, in the chosen order.
public struct TimelineView: Sendable {
    public let store: EventStore
    /// Row by row, in the order shown.
    public let positions: ShownPositions
    /// Every event is shown (no filter): row and position are a subtraction apart.
    public var unfiltered: Bool { positions.chosen == nil }
    public let newestFirst: Bool

    public init(
        store: EventStore, regionFilter: String?, newestFirst: Bool, withoutRegion: Bool = false, query: Query = .all
    ) {
        var shown = Self.candidates(store, regionFilter: regionFilter, withoutRegion: withoutRegion)
        if query != .all { shown = QueryMatcher(store: store, query: query).positions(among: shown) }
        self.init(store: store, ascending: shown, newestFirst: newestFirst)
    }

    /// A view of chosen positions (in time order), or of every event when `ascending` is nil.
    public init(store: EventStore, ascending: [Int]?, newestFirst: Bool) {
        self.store = store
        self.newestFirst = newestFirst
        positions = ShownPositions(chosen: ascending, total: store.count, newestFirst: newestFirst)
    }

    /// The events the region pane's choice leaves, in time order; nil when it leaves all of them.
    public static func candidates(_ store: EventStore, regionFilter: String?, withoutRegion: Bool) -> [Int]? {
        if withoutRegion { return store.positions(region: nil) }
        if let region = regionFilter { return store.positions(region: region) }
        return nil
    }

    /// The shown positions in time order.
    public var ascending: ShownPositions {
        ShownPositions(chosen: positions.chosen, total: positions.total, newestFirst: false)
    }

    public var count: Int { positions.count }

    public func row(ofID id: String?) -> Int? {
        guard let id, let position = store.position(ofID: id) else { return nil }
        return row(ofPosition: position)
    }

    /// The row showing a store position, if it is shown: positions are in time order, so a binary
    /// search finds it.
    public func row(ofPosition p: Int) -> Int? {
        let k: Int
        if let chosen = positions.chosen {
            guard let found = SortedSearch.index(of: p, in: chosen) else { return nil }
            k = found
        } else {
            guard p >= 0, p < positions.total else { return nil }
            k = p
        }
        return newestFirst ? positions.count - 1 - k : k
    }
}

/// The positions a view shows, row by row. Without a filter nothing is kept: a million rows are a
/// subtraction apart from their positions, where an array of them would be megabytes built again on
/// every reload.
public struct ShownPositions: RandomAccessCollection, Sendable {
    /// The chosen positions in time order; nil when every event of the store is shown.
    public let chosen: [Int]?
    let total: Int
    let newestFirst: Bool

    public var startIndex: Int { 0 }
    public var endIndex: Int { chosen?.count ?? total }

    public subscript(row: Int) -> Int {
        let k = newestFirst ? endIndex - 1 - row : row
        return chosen?[k] ?? k
    }
}
