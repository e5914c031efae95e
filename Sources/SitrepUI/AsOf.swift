import SitrepKit

/// What "now" is for the time windows (1/7/3), `since:7d`, the regions' change and surge marks and
/// the trends: the clock, the newest event (for archived files, whose last weeks are long past),
/// or a moment the user named (`--as-of`). `a` switches between the clock and the newest event.
public enum AsOf: Sendable, Equatable {
    case clock
    case newest
    case moment(Int64)
}

/// How the regions pane is sorted (`s` cycles).
public enum RegionsOrder: String, Sendable, CaseIterable {
    case count, name, change

    var next: RegionsOrder { Self.allCases[(Self.allCases.firstIndex(of: self)! + 1) % Self.allCases.count] }
}

extension Dashboard {
    /// "Now", the one moment every figure counts back from: windows (`1`, `7`, `since:2h`), the
    /// regions' counts, changes and surge marks, the trends, the map and the wall. A replay's clock
    /// while one plays; otherwise `--as-of` (the clock, the newest event, or a named moment).
    public var anchor: Int64 {
        if let replay = state.time.replay { return replay.clock }
        switch state.time.asOf {
        case .clock: return state.time.now
        case .newest: return loadedStore.newestTime ?? state.time.now
        case .moment(let t): return t
        }
    }

    /// Where the files are cut: a replay's clock, or a named `--as-of` moment. The clock and the
    /// newest event cut nothing (an event dated in the future is still shown).
    public var cutoff: Int64? {
        if let replay = state.time.replay { return replay.clock }
        if case .moment(let t) = state.time.asOf { return t }
        return nil
    }

    /// The loaded events as of "now". The same snapshot as the last time it was asked, while the
    /// files and the moment are the same; a replay's later moment continues the earlier cut, so
    /// that the events its clock passes arrive as an append's do.
    mutating func storeToShow(continuing earlier: EventStore? = nil) -> EventStore {
        let at = cutoff
        if let cut = lastCut, cut.from === loadedStore, cut.at == at { return cut.store }
        let shown = at.map { loadedStore.upTo($0, continuing: earlier) } ?? loadedStore
        lastCut = (loadedStore, at, shown)
        return shown
    }

    /// How many loaded events are after "now" and hidden.
    public var laterEvents: Int { max(0, loadedStore.count - newestStore.count) }

    /// `as of 20 Nov 2024 12:00 · 5,102 later events hidden`, when "now" is not the clock.
    var asOfText: String? {
        guard state.time.asOf != .clock || state.time.replay != nil else { return nil }
        let later = laterEvents > 0 ? " · \(grouped(laterEvents)) later event\(laterEvents == 1 ? "" : "s") hidden" : ""
        guard state.time.replay == nil else { return later.isEmpty ? nil : String(later.dropFirst(3)) }
        return "as of \(momentText(anchor))" + later
    }

    /// `20 Nov 2024 12:00` in the display zone.
    func momentText(_ t: Int64) -> String {
        let civil = CivilTime(secondsSinceEpoch: t + Int64(zone.offsetSeconds(at: t)))
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(civil.day) \(Weekday.months[civil.month - 1]) \(civil.year) \(two(civil.hour)):\(two(civil.minute))"
    }

    /// `a`: the clock or the newest event.
    mutating func toggleAsOf() {
        state.time.asOf = state.time.asOf == .clock ? .newest : .clock
        state.notice = asOfText ?? "as of now"
        rebuildView()
    }

    /// The settings' surge rule, kept with the state so that the regions pane and the wall agree.
    public mutating func setSurgeRule(_ rule: SurgeRule) { state.surgeRule = rule }

    public mutating func setAsOf(_ asOf: AsOf) {
        state.time.asOf = asOf
        rebuildView()
    }
}
