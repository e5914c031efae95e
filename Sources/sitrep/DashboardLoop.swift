import Foundation
import SitrepKit
import SitrepTerminal
import SitrepUI

/// The one loop: it sleeps in poll(2) on the terminal, a signal pipe, inotify and a wake-up pipe
/// from the reload queue, turns what wakes it into messages for the dashboard, and draws. Loading
/// and reloading run on their own queue and hand back a finished snapshot, so keys are never
/// blocked. No CPU while idle: it wakes once a minute for the clock (and at the polling interval
/// when polling).
final class DashboardLoop {
    private let terminal: Terminal
    private var dashboard: SitrepUI.Dashboard
    private let library: EventLibrary
    private let watcher: FileWatcher?
    private let zone: DisplayZone
    private let reloads = DispatchQueue(label: "sitrep.reload")
    /// Snapshots from the reload queue; `partial` marks the first look at large files while they load.
    private let mailbox = Mailbox<(store: EventStore, change: LibraryChange, partial: Bool)>()
    /// The filter, history and views given at start are applied once, to the first events shown.
    private var startApplied = false
    private var details: DetailReader
    private var detailStore: ObjectIdentifier?
    private var detailPosition: Int?
    /// Slow filters (word searches over many events) run here, one at a time; the one for an
    /// older keystroke is cancelled when a newer one is due.
    private let filters = DispatchQueue(label: "sitrep.filter")
    private let filterResults = Mailbox<(FilterJob, [Int])>()
    private let problems = DispatchQueue(label: "sitrep.problems", qos: .utility)
    private let problemsCounted = Mailbox<Int>()
    private let newestStore = NewestStore()
    private var runningFilter: (generation: Int, cancellation: Cancellation)?
    private var nextFilter: (generation: Int, at: UInt64)?
    /// While typing in the filter line, a slow filter starts after this pause in keystrokes.
    static let typingPause: UInt64 = 150_000_000
    /// Paths changed since the last reload was started, and when to start the next one.
    private var pending = Set<String>()
    private var reloadAt: UInt64?
    private var reloading = false
    private var nextPoll: UInt64 = 0
    /// Reloads start at most this often: the first change after a quiet spell is read at once,
    /// and a burst (a writer emitting hundreds of lines a second) is gathered into one reload per
    /// interval, or per reload while one is running.
    static let spacing: UInt64 = 25_000_000
    private var lastReloadStart: UInt64 = 0
    /// The signal that ended the loop, if one did: the exit status is then 128 + its number.
    private(set) var endingSignal: Int32?
    private(set) var lastStore = EventStore.empty

    private let progress: LoadProgress?

    /// The filter to open with, applied when the first load arrives.
    private let initialFilter: String

    private let views: [(name: String, query: String)]
    private let openView: String?

    /// The themes (`T` cycles them), the one on screen, and the user's theme files being watched.
    private var themes: ThemeChoice
    private var theme: Theme
    /// Wall mode: its options, when the next saved view is due, and the minute last drawn.
    private let wall: WallOptions?
    private var nextRotation: UInt64?

    init(terminal: Terminal, library: EventLibrary, watcher: FileWatcher?, zone: DisplayZone, newForSeconds: Int64, filter: String = "",
         views: [(name: String, query: String)] = [], openView: String? = nil, themes: ThemeChoice, theme: Theme, isDemo: Bool,
         wall: WallOptions? = nil, outsideProblems: [Diagnostic] = []) {
        self.wall = wall
        self.themes = themes
        self.theme = theme
        initialFilter = filter
        self.views = views
        self.openView = openView
        progress = library.options.progress
        self.terminal = terminal
        self.library = library
        self.watcher = watcher
        self.zone = zone
        let size = terminal.size
        dashboard = SitrepUI.Dashboard(store: .empty, width: size.width, height: size.height, zone: zone)
        dashboard.setNewFor(seconds: newForSeconds)
        dashboard.outsideProblems = outsideProblems
        dashboard.startLoading(mode: isDemo ? "demo" : watcher?.mode.label ?? "demo")
        dashboard.setThemes(themes.catalog.names, current: theme.name)
        terminal.apply(theme)
        if let wall { dashboard.enterWall(wall.settings) }
        details = DetailReader(store: .empty)
    }

    /// Filters used in this run, to keep for the next.
    var history: [String] { dashboard.state.history }

    func run() {
        let signals = SignalPipe.install([SIGINT, SIGTERM, SIGHUP])
        startReload(preview: true) { library in (library.loadAll(), LibraryChange()) }
        while !dashboard.state.quitting {
            rotateIfDue()
            applyThemeIfChanged()
            startFilterIfDue()
            refreshDetail()
            let now = Date().timeIntervalSince1970
            if wall != nil, Int64(now) / 60 != Int64(dashboard.state.now) / 60 { updateFileHealth() }
            dashboard.setNow(Int64(now), clock: clockText(now))
            if dashboard.state.loading, let progress { dashboard.setLoadedFraction(progress.fraction) }
            terminal.draw(dashboard.render())
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signals, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: mailbox.readEnd, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: watcher?.descriptor ?? -1, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: filterResults.readEnd, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: problemsCounted.readEnd, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 6, timeout())
            if ready < 0 && errno != EINTR { break }
            if fds[1].revents & Int16(POLLIN) != 0 {
                var byte: UInt8 = 0
                if read(signals, &byte, 1) == 1 { endingSignal = Int32(byte) }
                break
            }
            // The terminal went away (closed, hung up): nothing more can be read or shown.
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { break }
            if fds[2].revents & Int16(POLLIN) != 0 { takeSnapshot() }
            if fds[3].revents & Int16(POLLIN) != 0, let watcher { noteChanges(watcher.readEvents()) }
            if fds[4].revents & Int16(POLLIN) != 0, let (job, positions) = filterResults.take() {
                runningFilter = nil
                dashboard.finishFilter(job, positions: positions)
            }
            // The status line's count of problems is complete: the next turn draws it.
            if fds[5].revents & Int16(POLLIN) != 0 { _ = problemsCounted.take() }
            pollFilesIfDue()
            startReloadIfDue()
            for key in terminal.readKeys() {
                if let key {
                    dashboard.handle(key)
                } else {
                    let size = terminal.size
                    dashboard.resize(width: size.width, height: size.height)
                }
            }
        }
    }

    // MARK: - Reloads

    private func noteChanges(_ changed: [String]) {
        if changed.contains(where: themes.files.contains) { reloadThemes() }
        let paths = changed.filter { !themes.files.contains($0) }
        guard !paths.isEmpty else { return }
        pending.formUnion(paths)
        if reloadAt == nil { reloadAt = max(DispatchTime.now().uptimeNanoseconds, lastReloadStart + Self.spacing) }
    }

    private func pollFilesIfDue() {
        guard let watcher, case .polling(let seconds, _) = watcher.mode else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now >= nextPoll else { return }
        nextPoll = now + UInt64(seconds * 1e9)
        noteChanges(watcher.pollChanges())
    }

    private func startReloadIfDue() {
        guard let at = reloadAt, DispatchTime.now().uptimeNanoseconds >= at, !reloading, !pending.isEmpty else { return }
        let paths = Array(pending)
        pending = []
        reloadAt = nil
        startReload { library in
            let change = library.refresh(paths)
            return (library.snapshot(), change)
        }
    }

    private func startReload(preview: Bool = false, _ work: @escaping @Sendable (EventLibrary) -> (EventStore, LibraryChange)) {
        reloading = true
        lastReloadStart = DispatchTime.now().uptimeNanoseconds
        let (library, mailbox) = (self.library, self.mailbox)
        let (newest, problems, counted) = (newestStore, self.problems, problemsCounted)
        reloads.async {
            // The newest events of large files first, so the screen fills while the rest loads.
            if preview, let first = library.preview() { mailbox.post((first, LibraryChange(), true)) }
            let (store, change) = work(library)
            mailbox.post((store, change, false))
            Self.countRepeatedIDs(in: store, newest: newest, queue: problems, done: counted)
        }
    }

    /// Repeated ids are found beside the screen, for the newest snapshot only (a burst of appends
    /// makes snapshots faster than a million ids are compared); the screen is drawn again when done.
    private static func countRepeatedIDs(in store: EventStore, newest: NewestStore, queue: DispatchQueue, done: Mailbox<Int>) {
        newest.set(store)
        queue.async {
            guard newest.isNewest(store) else { return }
            _ = store.duplicateIDs
            done.post(store.count)
        }
    }

    private func takeSnapshot() {
        guard let (store, change, partial) = mailbox.take() else { return }
        if partial {
            dashboard.showPreview(store)
        } else {
            reloading = false
            lastStore = store
            dashboard.replaceStore(store, change: change)
        }
        if !startApplied {
            startApplied = true
            dashboard.setNow(Int64(Date().timeIntervalSince1970), clock: clockText(Date().timeIntervalSince1970))
            dashboard.setFilter(initialFilter, history: FilterHistory.load())
            dashboard.setViews(views, open: openView)
            if let seconds = wall?.settings.rotate {
                if openView == nil { dashboard.rotateView() }
                nextRotation = DispatchTime.now().uptimeNanoseconds + UInt64(seconds) * 1_000_000_000
            }
        }
        if wall != nil, !partial { updateFileHealth() }
        // Changes that came in while this reload ran get their own.
        if !partial, !pending.isEmpty, reloadAt == nil { reloadAt = max(DispatchTime.now().uptimeNanoseconds, lastReloadStart + Self.spacing) }
    }

    /// Until the next minute for the clock, or sooner for a due reload or poll.
    private func timeout() -> Int32 {
        let now = Date().timeIntervalSince1970
        var ms = Int64((60 - now.truncatingRemainder(dividingBy: 60)) * 1000) + 5
        let mono = DispatchTime.now().uptimeNanoseconds
        if let at = reloadAt, !reloading { ms = min(ms, Int64(at > mono ? (at - mono) / 1_000_000 + 1 : 0)) }
        if let at = nextFilter?.at { ms = min(ms, Int64(at > mono ? (at - mono) / 1_000_000 + 1 : 0)) }
        if let at = nextRotation { ms = min(ms, Int64(at > mono ? (at - mono) / 1_000_000 + 1 : 0)) }
        if let watcher, case .polling = watcher.mode { ms = min(ms, Int64(nextPoll > mono ? (nextPoll - mono) / 1_000_000 + 1 : 0)) }
        // While the first load runs, the progress is redrawn ten times a second.
        if dashboard.state.loading { ms = min(ms, 100) }
        return Int32(max(0, ms))
    }

    // MARK: - Themes

    /// Applies the theme the dashboard asks for (`T`); one that cannot be used leaves the one on
    /// screen, with a warning.
    private func applyThemeIfChanged() {
        let wanted = isNight() ? "night" : dashboard.state.theme
        guard wanted != theme.name else { return }
        let (next, problems) = themes.catalog.theme(wanted)
        guard let next else {
            dashboard.keepTheme(theme.name, warning: "theme \(dashboard.state.theme) not used: \(problems.first?.description ?? "broken")")
            return
        }
        theme = next
        terminal.apply(next)
    }

    /// A theme file changed on disk: read the user's themes again and re-apply the one on screen;
    /// if its file is now broken, the last good theme stays and the status line says why.
    private func reloadThemes() {
        themes = ThemeChoice.load()
        let (fresh, problems) = themes.catalog.theme(theme.name)
        guard let fresh else {
            dashboard.keepTheme(theme.name, warning: "theme file broken, kept the last good theme: \(problems.first?.description ?? "")")
            return
        }
        dashboard.setThemes(themes.catalog.names, current: fresh.name)
        theme = fresh
        terminal.apply(fresh)
    }

    // MARK: - Wall mode

    private func rotateIfDue() {
        guard let at = nextRotation, let seconds = wall?.settings.rotate, dashboard.state.mode == .wall else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now >= at else { return }
        dashboard.rotateView()
        nextRotation = now + UInt64(seconds) * 1_000_000_000
    }

    /// Inside the `--night` hours (local time) the night theme is used, whatever `T` chose.
    private func isNight() -> Bool {
        guard let wall, wall.night != nil, dashboard.state.mode == .wall else { return false }
        let now = Int64(Date().timeIntervalSince1970)
        let minute = Int(((now + Int64(wall.local.offsetSeconds(at: now))) % 86_400 + 86_400) % 86_400 / 60)
        return wall.isNight(minuteOfDay: minute)
    }

    /// When the files last changed, and which are missing or broken, for the wall's freshness line.
    private func updateFileHealth() {
        guard let wall else { return }
        var health = FileHealth()
        var seen = Set<String>()
        for file in lastStore.files where !file.source.isEmbedded {
            seen.insert(file.path)
            guard let st = RawPath.status(of: file.path) else {
                health.problems.append("\(RawPath.display(file.path)): missing")
                continue
            }
            health.lastChange = max(health.lastChange ?? 0, Int64(st.st_mtim.tv_sec))
            if file.unreadable {
                health.problems.append("\(RawPath.display(file.path)): cannot be read")
            } else if let whole = file.log.kept.first(where: { $0.line == 0 }) {
                health.problems.append("\(RawPath.display(file.path)): \(whole.message)")
            }
        }
        for path in wall.namedFiles where !seen.contains(path) {
            if RawPath.status(of: path) == nil { health.problems.append("\(RawPath.display(path)): missing") }
        }
        dashboard.setFileHealth(health)
    }

    // MARK: - Slow filters

    /// Starts the dashboard's waiting filter job when it is due: at once, or after a pause in
    /// typing. A newer job cancels the running one, whose result would be stale.
    private func startFilterIfDue() {
        guard let job = dashboard.filterJob else {
            runningFilter?.cancellation.cancel()
            (runningFilter, nextFilter) = (nil, nil)
            return
        }
        if runningFilter?.generation == job.generation { return }
        let now = DispatchTime.now().uptimeNanoseconds
        if nextFilter?.generation != job.generation {
            runningFilter?.cancellation.cancel()
            runningFilter = nil
            nextFilter = (job.generation, now + (job.whileTyping ? Self.typingPause : 0))
        }
        guard let due = nextFilter, now >= due.at else { return }
        let cancellation = Cancellation()
        runningFilter = (job.generation, cancellation)
        nextFilter = nil
        let results = filterResults
        filters.async {
            let positions = job.run(cancellation)
            if !cancellation.isCancelled { results.post((job, positions)) }
        }
    }

    // MARK: - Detail and clock

    private func refreshDetail() {
        let position = dashboard.selectedPosition
        // Positions belong to the store on screen, which a slow filter may hold back for a moment.
        if detailStore != ObjectIdentifier(dashboard.store) {
            details = DetailReader(store: dashboard.store)
            detailStore = ObjectIdentifier(dashboard.store)
            detailPosition = nil
        }
        guard position != detailPosition || dashboard.state.detail == nil else { return }
        detailPosition = position
        dashboard.setDetail(position.map { details.event(at: $0).event })
    }

    private func clockText(_ now: Double) -> String {
        let seconds = Int64(now)
        let civil = CivilTime(secondsSinceEpoch: seconds + Int64(zone.offsetSeconds(at: seconds)))
        let h = civil.hour < 10 ? "0\(civil.hour)" : "\(civil.hour)"
        let m = civil.minute < 10 ? "0\(civil.minute)" : "\(civil.minute)"
        return "\(h):\(m) \(zone.identifier)"
    }
}

/// Hands a finished result (a snapshot, a filter's positions) from a work queue to the loop, and
/// wakes the loop's poll.
final class Mailbox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Value?
    let readEnd: Int32
    private let writeEnd: Int32

    init() {
        var fds: [Int32] = [0, 0]
        _ = pipe(&fds)
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC); _ = fcntl(fd, F_SETFL, O_NONBLOCK) }
        (readEnd, writeEnd) = (fds[0], fds[1])
    }

    func post(_ r: Value) {
        lock.lock()
        result = r
        lock.unlock()
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    func take() -> Value? {
        var sink = [UInt8](repeating: 0, count: 64)
        while read(readEnd, &sink, 64) > 0 {}
        lock.lock()
        defer { lock.unlock() }
        let r = result
        result = nil
        return r
    }
}

/// Signals become a byte on a pipe, which the loop's poll sees: the handler does nothing else,
/// and the loop restores the terminal on its way out.
enum SignalPipe {
    nonisolated(unsafe) static var writeEnd: Int32 = -1

    static func install(_ signals: [Int32]) -> Int32 {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return -1 }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFL, O_NONBLOCK)
        writeEnd = fds[1]
        for s in signals {
            signal(s) { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(SignalPipe.writeEnd, &byte, 1)
            }
        }
        return fds[0]
    }
}

/// The newest snapshot handed to the screen, for work beside it that only the newest one needs.
final class NewestStore: @unchecked Sendable {
    private let lock = NSLock()
    private var store: ObjectIdentifier?

    func set(_ s: EventStore) {
        lock.lock()
        store = ObjectIdentifier(s)
        lock.unlock()
    }

    func isNewest(_ s: EventStore) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return store == ObjectIdentifier(s)
    }
}
