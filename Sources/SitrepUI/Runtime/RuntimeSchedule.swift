import SitrepKit

extension Runtime {
    /// Everything due at this instant: the clock, rotation, the theme, slow filters and searches,
    /// polls, reloads, the detail of the selection. `changed` says whether the screen changed
    /// without a message that changes it (the minute turned, a view rotated, a new-event mark
    /// expired), which is when an idle tick draws.
    mutating func due(at now: Instant) -> (effects: [Effect], changed: Bool) {
        var effects: [Effect] = []
        let marks = dashboard.state.follow.arrivals.count
        if settings.wall != nil, started, now.seconds / 60 != dashboard.state.time.now / 60,
            dashboard.state.time.replay == nil
        {
            effects.append(.checkFiles(lastStore))
        }
        let replayed = replayDue(at: now)
        // The real clock keeps the minute, the marks and the wall's shift; a replay's clock is the
        // one on screen, redrawn when its minute turns.
        let shownNow = dashboard.state.time.replay?.clock ?? now.seconds
        let minute = now.seconds / 60
        let clock = clockText(shownNow)
        let clockTurned = clock != dashboard.state.time.clock
        dashboard.setNow(now.seconds, clock: clock)
        var changed = replayed || clockTurned || minute != drawnMinute || marks != dashboard.state.follow.arrivals.count
        drawnMinute = minute
        if let every = settings.wall?.shiftEvery {
            changed = changed || now.seconds / every != drawnShift
            drawnShift = now.seconds / every
        }
        if let at = nextRotation, let seconds = settings.wall?.rotate, dashboard.state.mode == .wall, now.uptime >= at {
            dashboard.rotateView()
            nextRotation = now.uptime + UInt64(seconds) * 1_000_000_000
            changed = true
        }
        effects += nightDue(at: now)
        effects += scheduleFilter(at: now)
        effects += scheduleSearch()
        if let at = nextPoll, let seconds = settings.pollSeconds, now.uptime >= at {
            nextPoll = now.uptime + UInt64(seconds * 1e9)
            effects.append(.pollFiles)
        }
        if let at = reloadAt, now.uptime >= at, !reloading, !pending.isEmpty {
            reloading = true
            lastReloadStart = now.uptime
            effects.append(.reload(pending.sorted()))
            (pending, reloadAt) = ([], nil)
        }
        effects += detailWanted()
        return (effects, changed)
    }

    /// Moves a replay's clock on to where the real clock says it is, and takes a new pause or speed
    /// from the keys. Returns whether events arrived.
    mutating func replayDue(at now: Instant) -> Bool {
        guard let replay = dashboard.state.time.replay, let base = replayBase else { return false }
        // A thousandth of a second of slack: times made of Doubles land a hair short of a whole second.
        let exact = (base.paused ? base.event : base.event + (now.wall - base.wall) * base.speed) + 0.001
        var arrived = false
        if Int64(exact) > replay.clock {
            let shown = dashboard.view.count
            dashboard.advanceReplay(to: Int64(exact))
            arrived = dashboard.view.count != shown
        }
        if replay.paused != base.paused || replay.speed != base.speed {
            replayBase = (exact, now.wall, replay.paused, replay.speed)
        }
        return arrived
    }

    /// The wall-clock moment a running replay reaches its next event (or a second from now, so
    /// that its clock moves on screen).
    func nextReplayWake(at now: Instant) -> UInt64? {
        guard let base = replayBase, !base.paused else { return nil }
        var seconds = 1.0
        if let next = dashboard.nextReplayEvent {
            seconds = min(seconds, max(0, (Double(next) - base.event) / base.speed - (now.wall - base.wall)))
        }
        return now.uptime + UInt64(seconds * 1e9)
    }

    /// How long the shell may sleep before something is due: the next minute for the clock, or
    /// sooner for a reload, a typing pause, a rotation, a poll, an expiring mark or the wall's shift.
    public func timeout(at now: Instant) -> Int32 {
        var ms = Int64((60 - now.wall.truncatingRemainder(dividingBy: 60)) * 1000) + 5
        func until(_ at: UInt64?) {
            guard let at else { return }
            ms = min(ms, at > now.uptime ? Int64((at - now.uptime) / 1_000_000) + 1 : 0)
        }
        func untilSecond(_ second: Int64?) {
            guard let second else { return }
            ms = min(ms, max(0, Int64(((Double(second) - now.wall) * 1000).rounded(.up))) + 1)
        }
        if !reloading { until(reloadAt) }
        until(nextFilter?.at)
        until(nextRotation)
        until(nextPoll)
        until(nextReplayWake(at: now))
        if dashboard.state.follow.loading { until(now.uptime + RuntimeSettings.progressEvery) }
        untilSecond(dashboard.state.follow.arrivals.values.min().map { $0 + dashboard.state.follow.newFor })
        if let every = settings.wall?.shiftEvery { untilSecond((now.seconds / every + 1) * every) }
        return Int32(max(0, min(ms, Int64(Int32.max))))
    }

    // MARK: - Slow filters and searches

    /// Starts the dashboard's waiting filter job when it is due: at once, or after a pause in
    /// typing. A newer job cancels the running one, whose result would be stale.
    mutating func scheduleFilter(at now: Instant) -> [Effect] {
        var effects: [Effect] = []
        guard let job = dashboard.filterJob else {
            if let running = runningFilter { effects.append(.cancel(running.cancellation)) }
            (runningFilter, nextFilter) = (nil, nil)
            return effects
        }
        if runningFilter?.generation == job.generation { return [] }
        if nextFilter?.generation != job.generation {
            if let running = runningFilter { effects.append(.cancel(running.cancellation)) }
            runningFilter = nil
            nextFilter = (job.generation, now.uptime + (job.whileTyping ? RuntimeSettings.typingPause : 0))
        }
        guard let next = nextFilter, now.uptime >= next.at else { return effects }
        let cancellation = Cancellation()
        runningFilter = (job.generation, cancellation)
        nextFilter = nil
        return effects + [.runFilter(job, cancellation)]
    }

    /// Starts the dashboard's waiting search (Ctrl-F over many events) and cancels one no longer wanted.
    mutating func scheduleSearch() -> [Effect] {
        guard let job = dashboard.searchJob else {
            defer { runningSearch = nil }
            return runningSearch.map { [.cancel($0.cancellation)] } ?? []
        }
        guard runningSearch?.generation != job.generation else { return [] }
        let stale = runningSearch.map { [Effect.cancel($0.cancellation)] } ?? []
        let cancellation = Cancellation()
        runningSearch = (job.generation, cancellation)
        return stale + [.runSearch(job, cancellation)]
    }

    /// The selected event is read in full once per selection and snapshot.
    mutating func detailWanted() -> [Effect] {
        guard let position = dashboard.selectedPosition else {
            requestedDetail = nil
            return []
        }
        if let asked = requestedDetail, asked.store === dashboard.store, asked.position == position { return [] }
        requestedDetail = (dashboard.store, position)
        return [.readDetail(dashboard.store, position: position)]
    }

    // MARK: - Themes

    /// The night hours beginning or ending on the wall: the night theme, or the one chosen back.
    /// Only time decides this; `T` asks for its theme through `Asked.theme`.
    mutating func nightDue(at now: Instant) -> [Effect] {
        let night = dashboard.state.mode == .wall && settings.night?.contains(now.seconds) == true
        guard night != showingNight else { return [] }
        showingNight = night
        return applyTheme(night ? "night" : dashboard.state.theme)
    }

    /// Shows a theme by name; one that cannot be used leaves the one on screen, and the status
    /// line says why.
    mutating func applyTheme(_ wanted: String) -> [Effect] {
        guard wanted != appliedTheme else { return [] }
        let (next, problems) = themes.theme(wanted)
        guard let next else {
            dashboard.keepTheme(
                appliedTheme, warning: "theme \(wanted) not used: \(problems.first?.description ?? "broken")")
            return []
        }
        appliedTheme = next.name
        return [.applyTheme(next)]
    }

    /// A theme file changed: the theme on screen is made again from the new files; if its file is
    /// now broken, the last good theme stays and the status line says why.
    mutating func themesRead(_ catalog: ThemeCatalog) -> [Effect] {
        themes = catalog
        noteUnreadableThemes()
        let (fresh, problems) = catalog.theme(appliedTheme)
        guard let fresh else {
            dashboard.keepTheme(
                dashboard.state.theme,
                warning: "theme file broken, kept the last good theme: \(problems.first?.description ?? "")")
            return []
        }
        dashboard.setThemes(catalog.names, current: dashboard.state.theme)
        return [.applyTheme(fresh)]
    }

    /// A theme file that cannot be read is said in the status line rather than left out in silence.
    mutating func noteUnreadableThemes() {
        if let problem = themes.problems.first(where: { $0.message == ThemeCatalog.unreadable }) {
            dashboard.state.notice = "theme file \(RawPath.display(problem.path)) \(problem.message)"
        }
    }
}
