import SitrepKit

/// The dashboard while it runs: one `update` takes every message with the time it arrived and
/// returns the effects to perform. Scheduling lives here (reload spacing, the typing pause, slow
/// filters and their cancellation, rotation, the night theme, new-event expiry, minute ticks), with
/// no clock, thread or terminal of its own, so tests drive it with scripted messages and a made-up
/// time. `Program` performs the effects; the executable's shell feeds it wake-ups.
public struct Runtime: Sendable {
    public internal(set) var dashboard: Dashboard
    let settings: RuntimeSettings
    var themes: ThemeCatalog
    /// The theme on screen (the night theme in the night hours, whatever `T` chose).
    public internal(set) var appliedTheme: String
    /// The newest complete snapshot (a slow filter may hold the one on screen back a moment).
    public internal(set) var lastStore = EventStore.empty
    /// Set when the run should end, with its exit status.
    public internal(set) var exitStatus: Int32?

    // Reloads: paths changed since the last one started, when the next may start, and whether one runs.
    var pending = Set<String>()
    var reloadAt: UInt64?
    var reloading = false
    var lastReloadStart: UInt64 = 0
    var nextPoll: UInt64?
    // Slow filters and searches: the one running, and when the waiting one is due.
    var runningFilter: (generation: Int, cancellation: Cancellation)?
    var nextFilter: (generation: Int, at: UInt64)?
    var runningSearch: (generation: Int, cancellation: Cancellation)?
    // Wall mode: when the next saved view is due; the first load applies the start options.
    var nextRotation: UInt64?
    var started = false
    /// The detail asked for last, so that it is read once per selection and snapshot.
    var requestedDetail: (store: EventStore, position: Int)?
    /// What the screen last showed of the clock: redrawn when the minute or the wall's shift turns.
    var drawnMinute = Int64.min
    /// Titles asked for, for the snapshot they are of.
    var askedTitles: (store: EventStore?, positions: Set<Int>) = (nil, [])
    /// The night theme is on screen (the night hours of `--night`, on the wall).
    var showingNight = false
    var drawnShift = Int64.min
    /// A replay's clock: the event time it had at a wall-clock moment, and the pause and speed in
    /// force since then.
    var replayBase: (event: Double, wall: Double, paused: Bool, speed: Double)?

    public init(dashboard: Dashboard, settings: RuntimeSettings, themes: ThemeCatalog, theme: Theme) {
        var dashboard = dashboard
        dashboard.setNewFor(seconds: settings.newFor)
        dashboard.state.time.asOf = settings.asOf
        dashboard.state.surgeRule = settings.surgeRule
        dashboard.state.grouping = settings.grouping
        dashboard.state.storyRules = settings.storyRules
        dashboard.outsideProblems = settings.outsideProblems
        dashboard.startLoading(mode: settings.watchMode)
        dashboard.setThemes(themes.names, current: theme.name)
        if let wall = settings.wall { dashboard.enterWall(wall) }
        self.dashboard = dashboard
        self.settings = settings
        self.themes = themes
        appliedTheme = theme.name
    }

    /// A runtime around a dashboard that already shows its events (tests, drawing without a
    /// terminal): nothing is loaded and the start options are not applied again.
    public init(
        resuming dashboard: Dashboard, settings: RuntimeSettings = RuntimeSettings(), themes: ThemeCatalog = .builtIn
    ) {
        self.dashboard = dashboard
        self.settings = settings
        self.themes = themes
        appliedTheme = dashboard.state.theme
        lastStore = dashboard.store
        started = true
        drawnMinute = dashboard.state.time.now / 60
    }

    /// The first effects: the theme, reading the files, and the loading screen.
    public mutating func start(at now: Instant) -> [Effect] {
        lastReloadStart = now.uptime
        reloading = true
        if let seconds = settings.pollSeconds { nextPoll = now.uptime + UInt64(seconds * 1e9) }
        noteUnreadableThemes()
        let scheduled = due(at: now).effects
        // The first screen is drawn from settled panes, as every later one is.
        dashboard.settle()
        guard let theme = themes.theme(appliedTheme).theme else { return [.load] + scheduled + [.draw] }
        return [.applyTheme(theme), .load] + scheduled + [.draw]
    }

    /// Applies one message at the time it arrived.
    public mutating func update(_ message: Message, at now: Instant) -> [Effect] {
        var effects: [Effect] = []
        var visible = true
        var asked: [Asked] = []
        switch message {
        case .key(let key): asked = dashboard.handle(key)
        case .resize(let width, let height): dashboard.resize(width: width, height: height)
        case .tick: visible = false
        case .loaded(let store, let change, let partial): effects += loaded(store, change, partial: partial, at: now)
        case .loadProgress(let fraction): dashboard.setLoadedFraction(fraction)
        case .filterFinished(let job, let positions, let unreadable, let compared):
            if runningFilter?.generation == job.generation { runningFilter = nil }
            dashboard.finishFilter(job, positions: positions, unreadable: unreadable, compared: compared)
        case .searchFinished(let job, let positions):
            if runningSearch?.generation == job.generation { runningSearch = nil }
            dashboard.finishSearch(job, positions: positions)
        case .filesChanged(let paths): effects += noteChanges(paths, at: now)
        case .themesRead(let catalog): effects += themesRead(catalog)
        case .detailRead(let store, let position, let event):
            if store === dashboard.store, position == dashboard.selectedPosition { dashboard.setDetail(event) }
        case .titlesRead(let store, let read): dashboard.keepTitles(read, of: store)
        case .filesChecked(let health): dashboard.setFileHealth(health)
        case .repeatsCounted: break
        case .signal(let number): exitStatus = 128 + number
        case .snapshotWritten(let said): dashboard.state.notice = said
        }
        for request in asked { effects += perform(request) }
        let (scheduled, changed) = due(at: now)
        effects += scheduled
        dashboard.settle()
        if let status = exitStatus { return effects + [.saveHistory(dashboard.state.query.history), .quit(status)] }
        if visible || changed || dashboard.state.follow.loading { effects.append(.draw) }
        return effects
    }

    /// The titles the last drawing left out, to be read off the loop: each asked for once per
    /// snapshot, so a slow read is not asked for again at every frame.
    public mutating func titlesWanted() -> [Effect] {
        let missing = dashboard.missingTitles()
        if askedTitles.store.map({ !ShownTitles.stillFits($0, dashboard.store) }) ?? true { askedTitles.positions = [] }
        askedTitles.store = dashboard.store
        let new = missing.filter { !askedTitles.positions.contains($0) }
        guard !new.isEmpty else { return [] }
        askedTitles.positions.formUnion(new)
        if askedTitles.positions.count > ShownTitles.most { askedTitles.positions = Set(new) }
        return [.readTitles(dashboard.store, new)]
    }

    /// What a key asked for, as effects.
    mutating func perform(_ request: Asked) -> [Effect] {
        switch request {
        case .snapshot:
            guard let theme = themes.theme(appliedTheme).theme else { return [] }
            return [.writeSnapshot(Snapshot(buffer: dashboard.render(), theme: theme))]
        // In the night hours the night theme stays; the one chosen comes back in the morning.
        case .theme(let name): return showingNight ? [] : applyTheme(name)
        case .quit:
            if exitStatus == nil { exitStatus = 0 }
            return []
        }
    }

    // MARK: - Snapshots

    mutating func loaded(_ store: EventStore, _ change: LibraryChange, partial: Bool, at now: Instant) -> [Effect] {
        var effects: [Effect] = []
        if partial {
            dashboard.showPreview(store)
        } else {
            reloading = false
            lastStore = store
            dashboard.replaceStore(store, change: change)
            effects.append(.countRepeats(store))
            if let speed = settings.replay, dashboard.state.time.replay == nil, store.count > 0 {
                let start: Int64
                if case .moment(let t) = settings.asOf { start = t } else { start = store.time(at: 0).seconds }
                dashboard.startReplay(at: start, speed: speed)
                replayBase = (Double(start), now.wall, false, speed)
            }
        }
        if !started {
            started = true
            dashboard.setNow(now.seconds, clock: clockText(now.seconds))
            dashboard.setFilter(settings.filter, history: settings.history)
            dashboard.setViews(settings.views, open: settings.openView)
            if let seconds = settings.wall?.rotate {
                if settings.openView == nil { dashboard.rotateView() }
                nextRotation = now.uptime + UInt64(seconds) * 1_000_000_000
            }
        }
        if settings.wall != nil, !partial { effects.append(.checkFiles(store)) }
        // Changes that came in while this reload ran get their own.
        if !partial, !pending.isEmpty, reloadAt == nil {
            reloadAt = max(now.uptime, lastReloadStart + RuntimeSettings.reloadSpacing)
        }
        return effects
    }

    mutating func noteChanges(_ changed: [String], at now: Instant) -> [Effect] {
        let themeFiles = Set(settings.themeFiles)
        let paths = changed.filter { !themeFiles.contains($0) }
        if !paths.isEmpty {
            pending.formUnion(paths)
            if reloadAt == nil { reloadAt = max(now.uptime, lastReloadStart + RuntimeSettings.reloadSpacing) }
        }
        return changed.contains(where: themeFiles.contains) ? [.readThemes] : []
    }

    /// `14:05 UTC` in the display zone.
    func clockText(_ seconds: Int64) -> String {
        let zone = dashboard.zone
        let civil = CivilTime(secondsSinceEpoch: seconds + Int64(zone.offsetSeconds(at: seconds)))
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(civil.hour)):\(two(civil.minute)) \(zone.identifier)"
    }
}
