import SitrepKit

/// The dashboard's state and the events it shows, drawn by `render` into a Buffer. `Runtime.update`
/// changes it, through the entry points here (`handle` for keys, `resize`, `replaceStore`,
/// `finishFilter`, ...); drawing only reads it. No terminal, no files.
public struct Dashboard: Sendable {
    public internal(set) var state: AppState
    public internal(set) var store: EventStore
    /// Every event the files hold. `store` is these as of "now" (`--as-of` a time, a replay's
    /// clock): the events after it had not happened then, and no figure counts them.
    public internal(set) var loadedStore: EventStore
    /// The last cut of `loadedStore` made for showing, kept so that asking again gives the same
    /// snapshot (and its worked-out stories, searches and detail) rather than a new one.
    /// The whole store is held, not its address: a freed store's address can be a new one's.
    var lastCut: (from: EventStore, at: Int64?, store: EventStore)?
    /// What the comparing figures read (the change against the week before, surges, the wall's
    /// counters): the shown events' filter less its time bounds and the window, over recent
    /// weeks. Nil: every event of `store`.
    public internal(set) var compared: [Int]?
    /// `compared` before grouping into stories, which an append extends.
    var comparedChosen: [Int]?
    public internal(set) var view: TimelineView
    public internal(set) var regions: [RegionRow]
    public let keymap: Keymap
    public let zone: DisplayZone
    /// A slow filter waiting for the loop to run it (see `FilterJob`), and the number of the newest.
    public internal(set) var filterJob: FilterJob?
    var filterGeneration = 0
    /// From this many events on, a filter that reads files runs off the loop.
    public var backgroundFrom = 50_000
    /// Problems found outside the event files (paths, profiles, aliases), counted in the status line
    /// with the files' own, as `sitrep check` counts them.
    public var outsideProblems: [Diagnostic] = []
    /// The events holding the search text (Ctrl-F), found once per text and snapshot.
    var searchHits: (text: String, store: EventStore, positions: [Int])?
    /// A search waiting for the runtime to run it (see `SearchJob`), and the number of the newest.
    public internal(set) var searchJob: SearchJob?
    var searchGeneration = 0
    /// The view shows every story (grouping on, nothing filtered): an append can extend its list.
    var shownAllStories = false
    /// Titles of rows on screen read from their files off the loop (drawing never reads a file).
    public internal(set) var titles = ShownTitles()
    /// Counts the views shown, so that what panes work out from a view is worked out once per view.
    public internal(set) var viewGeneration = 0

    public init(store: EventStore, width: Int, height: Int, zone: DisplayZone = .utc, keymap: Keymap = .standard) {
        self.store = store
        loadedStore = store
        self.zone = zone
        self.keymap = keymap
        state = AppState(width: width, height: height)
        view = TimelineView(store: store, regionFilter: nil, newestFirst: true)
        regions = RegionSummary.rows(view, order: .count, zone: zone)
        state.selection.id = view.positions.first.map(store.id(at:))
    }

    /// The store position of the selected event, whose detail the loop should read.
    /// The selected event: the row's, or the listed report's when one of a story's reports is selected.
    public var selectedPosition: Int? {
        guard view.positions.indices.contains(state.selection.row) else { return nil }
        let row = view.positions[state.selection.row]
        guard let k = state.selection.report else { return row }
        let reports = expandedReports(row)
        return reports.indices.contains(k) ? reports[k] : row
    }

    public mutating func setDetail(_ event: Event?) {
        state.selection.detail = event
        settle()
    }

    public mutating func setClock(_ text: String) { state.time.clock = text }

    /// The themes `T` cycles through, and the one in use.
    public mutating func setThemes(_ names: [String], current: String) {
        state.themes = names
        state.theme = current
    }

    /// The next theme (`T`), named in the status line; the runtime applies it.
    mutating func cycleTheme() -> [Asked] {
        guard !state.themes.isEmpty else { return [] }
        state.theme = state.themes[((state.themes.firstIndex(of: state.theme) ?? -1) + 1) % state.themes.count]
        state.notice = "theme \(state.theme)"
        return [.theme(state.theme)]
    }

    /// The loop could not use a theme (a broken file): the one before stays, and the status line
    /// says why.
    public mutating func keepTheme(_ name: String, warning: String) {
        state.theme = name
        state.notice = warning
    }

    public mutating func resize(width: Int, height: Int) {
        state.width = max(0, width)
        state.height = max(0, height)
        if state.mode == .detail, !state.layout.showsDetailInPlace { state.mode = .normal }
        settle()
    }

    // MARK: - Keys

    /// Applies a key and returns what it asks of the world (a snapshot, a theme, leaving).
    @discardableResult
    public mutating func handle(_ key: Key) -> [Asked] {
        defer { settle() }
        state.notice = nil
        switch state.mode {
        case .wall: return handleWallKey(key)
        case .editingFilter: editFilter(key)
        case .editingSearch: editSearch(key)
        case .menu(.sameAs(let items)): chooseSame(key, items)
        case .menu(.views): chooseView(key)
        case .help: return helpKey(key)
        case .normal, .detail: return normalKey(key)
        }
        return []
    }

    /// Keys over the help: scrolling, and closing it; `q` leaves from here too.
    private mutating func helpKey(_ key: Key) -> [Asked] {
        guard let action = keymap.action(for: key) ?? wheelAction(key) else { return [] }
        let page = max(1, state.height - 8)
        switch action {
        case .moveDown: state.helpScroll += 1
        case .moveUp: state.helpScroll -= 1
        case .pageDown: state.helpScroll += page
        case .pageUp: state.helpScroll -= page
        case .first: state.helpScroll = 0
        case .last: state.helpScroll = helpMaxScroll
        default: break
        }
        state.helpScroll = max(0, min(state.helpScroll, helpMaxScroll))
        if action == .help || action == .back || action == .quit { state.mode = .normal }
        return action == .quit ? [.quit] : []
    }

    /// Keys over the panes: the focused pane's own first, then the keymap's.
    private mutating func normalKey(_ key: Key) -> [Asked] {
        if case .mouseClick(let x, let y) = key {
            click(x: x, y: y)
            return []
        }
        if paneKey(key) { return [] }
        guard let action = keymap.action(for: key) ?? wheelAction(key) else { return [] }
        switch action {
        case .quit: return [.quit]
        case .help:
            state.mode = .help
            state.helpScroll = 0
        case .moveUp: move(-1)
        case .moveDown: move(1)
        case .pageUp: move(-pageSize)
        case .pageDown: move(pageSize)
        case .first: move(-Int.max / 2)
        case .last: move(Int.max / 2)
        case .focusNext: cycleFocus(1)
        case .focusPrevious: cycleFocus(-1)
        case .open: open()
        case .back: back()
        case .flipOrder:
            state.newestFirst.toggle()
            view = TimelineView(store: store, ascending: view.positions.chosen, newestFirst: state.newestFirst)
            state.selection.row = view.row(ofID: state.selection.id) ?? 0
        case .sortRegions:
            state.regionsOrder = state.regionsOrder.next
            regions = RegionSummary.sorted(regions, state.regionsOrder)
        case .toggleAsOf: toggleAsOf()
        case .toggleStories: toggleStories()
        case .snapshot: return [.snapshot]
        case .pauseReplay, .faster, .slower: changeReplay(action)
        case .moveLeft: sendToFocused(.moveAcross(-1))
        case .moveRight: sendToFocused(.moveAcross(1))
        case .openFilter: openFilter()
        case .lastDay: setWindow(86_400)
        case .lastWeek: setWindow(7 * 86_400)
        case .lastMonth: setWindow(30 * 86_400)
        case .allTime: setWindow(nil)
        case .invertFilter:
            // Only the filter is inverted, never the time window: with no filter there is nothing to do, and that is said.
            guard !state.query.filter.isEmpty else {
                state.notice = "nothing to invert: ! inverts the filter (/), not the time window"
                break
            }
            state.query.inverted.toggle()
            rebuildView()
        case .clearFilters:
            (state.query.filter, state.query.inverted, state.query.window, state.query.region, state.query.viewName) = (
                "", false, nil, nil, nil
            )
            clearSearch()
            rebuildView()
        case .openSearch:
            // A new search starts empty; ↑ brings back the one in force.
            state.mode = .editingSearch
            state.query.searchDraft = ""
        case .nextMatch: jumpToMatch(forward: true)
        case .previousMatch: jumpToMatch(forward: false)
        case .sameAs: openSameMenu()
        case .cycleTheme: return cycleTheme()
        case .pickView:
            if state.query.views.isEmpty {
                state.notice = "no saved views: add [views] to config.toml"
            } else {
                state.mode = .menu(.views)
            }
        }
        return []
    }

    private func wheelAction(_ key: Key) -> Action? {
        switch key {
        case .mouseWheelUp: .moveUp
        case .mouseWheelDown: .moveDown
        default: nil
        }
    }

    private var pageSize: Int { max(1, state.height - 4) }

    /// Movement keys and Enter go to the focused pane.
    private mutating func sendToFocused(_ input: PaneInput) {
        guard let (part, rect) = shownParts.first(where: { $0.part.pane == state.focus }) else { return }
        send(input, to: part, in: rect)
    }

    private mutating func move(_ delta: Int) { sendToFocused(.move(delta)) }

    private mutating func open() { sendToFocused(.open) }

    /// A pane's own key goes to the pane that declares it, the focused one first; a stand-in's
    /// show key (`t`, `m`) puts it in the regions pane's place or takes it away.
    private mutating func paneKey(_ key: Key) -> Bool {
        let parts = shownParts
        let shown = parts.filter { $0.part.pane == state.focus } + parts.filter { $0.part.pane != state.focus }
        for (part, rect) in shown {
            if let own = part.keys.first(where: { $0.matches(key) }) {
                send(.key(own.name), to: part, in: rect)
                return true
            }
        }
        guard let standIn = Layout.standIns.first(where: { $0.showKey?.matches(key) == true }) else { return false }
        toggleSecondPane(standIn.pane)
        return true
    }

    /// Tab and Shift-Tab: the next pane of the layout. Where the detail has no room beside the
    /// lists, moving to it shows it in their place, and moving on puts the lists back.
    private mutating func cycleFocus(_ step: Int) {
        let order = state.layout.focusOrder
        guard !order.isEmpty else { return }
        let index = order.firstIndex(of: state.focus) ?? 0
        state.focus = order[((index + step) % order.count + order.count) % order.count]
        if state.layout.showsDetailInPlace { state.mode = state.focus == .detail ? .detail : .normal }
    }

    private mutating func back() {
        if state.mode == .detail {
            state.mode = .normal
            state.focus = .timeline
        } else if state.focus == .detail {
            state.focus = .timeline
        } else if state.selection.expandedStory != nil, state.focus == .timeline {
            state.selection.expandedStory = nil
            state.selection.report = nil
        } else if !state.query.search.isEmpty {
            clearSearch()
        } else if state.query.region != nil {
            state.query.region = nil
            rebuildView()
        }
    }

    /// The shown events again, after the filter, the time window or the region choice changed;
    /// the selection stays on the same event when it is still shown.
    mutating func rebuildView() {
        showEvents(of: storeToShow(), reason: .filter)
    }

    private mutating func click(x: Int, y: Int) {
        for (part, rect) in shownParts
        where x >= rect.x && x < rect.x + rect.width && y >= rect.y && y < rect.y + rect.height {
            state.focus = part.pane
            send(.click(x: x, y: y), to: part, in: rect)
        }
    }

    /// The panes on screen now, with their rectangles.
    var shownParts: [(part: any PanePart, rect: Rect)] {
        state.mode == .wall ? [] : state.layout.parts(focus: state.focus, detailOpen: state.mode == .detail)
    }

    /// Brings every pane's scroll position in line with the state (the selection in view, no
    /// empty rows below the last region, the detail not scrolled past its end). The runtime calls
    /// it after every message, so that drawing only reads.
    public mutating func settle() {
        if view.count > 0 { state.selection.row = min(max(0, state.selection.row), view.count - 1) }
        for (part, rect) in shownParts { settle(part, in: rect) }
    }

    /// Does what a pane asked for.
    mutating func apply(_ intent: PaneIntent) {
        switch intent {
        case .selectRow(let row, let report):
            guard view.positions.indices.contains(row) else { return }
            select(row: row)
            state.selection.report = report
            if row == (state.newestFirst ? 0 : view.count - 1) { state.follow.unseen = 0 }
        case .expandStory: state.selection.expandedStory = storyToExpand ?? state.selection.expandedStory
        case .showDetail:
            if state.layout.showsDetailInPlace { state.mode = .detail }
            state.focus = .detail
        case .pointAtRegion(let name): state.selection.region = name
        case .toggleRegion(let name):
            state.query.region = state.query.region == name ? nil : name
            rebuildView()
        case .setFilter(let text):
            state.query.filter = text
            state.query.viewName = nil
            rebuildView()
        case .nextPlot: cyclePlot()
        case .notice(let text): state.notice = text
        }
    }
}
