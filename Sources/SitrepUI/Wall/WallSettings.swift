import SitrepKit

/// How `sitrep --wall` runs: which clocks it shows, when data counts as stale, whether keys work,
/// how often saved views rotate and how often the content shifts against burn-in.
public struct WallSettings: Sendable {
    public var clocks: [(label: String, zone: DisplayZone)]
    /// Past this many seconds, "newest event" and "files last changed" turn to the warning style.
    public var staleAfter: Int64
    /// Only Ctrl-C quits; every key is ignored.
    public var locked: Bool
    /// Seconds between saved views, when rotating.
    public var rotate: Int64?
    /// Seconds between one-cell shifts of the whole screen (burn-in care).
    public var shiftEvery: Int64

    public init(
        clocks: [(label: String, zone: DisplayZone)], staleAfter: Int64 = 1800, locked: Bool = false,
        rotate: Int64? = nil, shiftEvery: Int64 = 600
    ) {
        self.clocks = clocks
        self.staleAfter = staleAfter
        self.locked = locked
        self.rotate = rotate
        self.shiftEvery = max(60, shiftEvery)
    }
}

/// What the loop found out about the files for the wall's freshness line.
public struct FileHealth: Sendable, Equatable {
    /// When any followed file last changed (seconds since 1970).
    public var lastChange: Int64?
    /// Files that disappeared, cannot be read or broke: `feed.jsonl: missing`.
    public var problems: [String]

    public init(lastChange: Int64? = nil, problems: [String] = []) {
        self.lastChange = lastChange
        self.problems = problems
    }
}

extension Dashboard {
    /// Turns the dashboard into the wall display (`--wall`): newest first, following new events.
    public mutating func enterWall(_ settings: WallSettings) {
        state.wall.settings = settings
        state.mode = .wall
        if !state.newestFirst { state.newestFirst = true; rebuildView() }
        state.selection.row = 0
        state.selection.id = view.positions.first.map(store.id(at:))
        state.selection.detail = nil
    }

    public mutating func setFileHealth(_ health: FileHealth) { state.wall.fileHealth = health }

    /// The next saved view, for `--rotate`.
    public mutating func rotateView() {
        guard !state.query.views.isEmpty else { return }
        apply(
            state.query.views[
                ((state.query.views.firstIndex { $0.name == state.query.viewName } ?? -1) + 1) % state.query.views.count
            ])
        state.selection.row = 0
        state.selection.id = view.positions.first.map(store.id(at:))
    }

    /// Keys on the wall: Esc goes back to the dashboard, q quits, T cycles themes; nothing when locked.
    mutating func handleWallKey(_ key: Key) -> [Asked] {
        guard state.wall.settings?.locked != true else { return [] }
        switch keymap.action(for: key) {
        case .back: state.mode = .normal
        case .quit: return [.quit]
        case .cycleTheme: return cycleTheme()
        case .pauseReplay: changeReplay(.pauseReplay)
        case .faster: changeReplay(.faster)
        case .slower: changeReplay(.slower)
        default: break
        }
        return []
    }
}
