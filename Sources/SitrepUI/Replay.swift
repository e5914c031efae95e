import SitrepKit

/// Playing the files as if they were arriving (`--replay SPEED`): the dashboard's "now" is the
/// replay's clock, which runs SPEED times as fast as the real one from the first event (or
/// `--as-of`); events show when the clock reaches them, with the new-event marks, counters and
/// following of a live feed. For demos, training and looking back over a night.
public struct ReplayState: Sendable, Equatable {
    /// The replay's clock: seconds since 1970 in the events' time.
    public var clock: Int64
    /// How many seconds of the events' time pass in a second.
    public var speed: Double
    public var paused = false

    public init(clock: Int64, speed: Double) {
        self.clock = clock
        self.speed = speed
    }

    /// `REPLAY ×600`, `REPLAY ×600 paused`.
    public var label: String { "REPLAY ×\(Figure.text(speed))" + (paused ? " paused" : "") }
}

extension Dashboard {
    /// Starts a replay at a moment: only events up to it are shown.
    public mutating func startReplay(at clock: Int64, speed: Double) {
        state.time.replay = ReplayState(clock: clock, speed: speed)
        rebuildView()
    }

    /// The replay's clock moved on: the events it passed arrive as a reload's would.
    public mutating func advanceReplay(to clock: Int64) {
        guard var replay = state.time.replay, clock > replay.clock else { return }
        let before = newestStore
        replay.clock = clock
        state.time.replay = replay
        // Nothing passed: the same snapshot stands for the later moment.
        guard loadedStore.laterStart(after: clock) > before.count else {
            lastCut = (loadedStore, clock, before)
            return
        }
        let next = storeToShow(continuing: before)
        let arrived = (before.count..<next.count).map { next.id(at: $0) }
        showEvents(of: next, reason: .reload(LibraryChange(added: arrived), first: false))
    }

    /// `P` pauses and resumes, `+` and `-` double and halve the speed; the runtime keeps time.
    mutating func changeReplay(_ action: Action) {
        guard var replay = state.time.replay else { return }
        switch action {
        case .pauseReplay: replay.paused.toggle()
        case .faster: replay.speed = min(1_000_000, replay.speed * 2)
        case .slower: replay.speed = max(0.125, replay.speed / 2)
        default: return
        }
        // The status line begins with the replay's state (`REPLAY ×600 paused`): no notice repeats it.
        state.time.replay = replay
    }

    /// When the replay's clock reaches the next event not yet shown, if there is one.
    public var nextReplayEvent: Int64? {
        guard let replay = state.time.replay else { return nil }
        let next = loadedStore.laterStart(after: replay.clock)
        return next < loadedStore.count ? loadedStore.time(at: next).seconds : nil
    }
}
