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
    /// The moment relative times count back from.
    public var anchor: Int64 {
        // A replay's clock is "now" for everything that counts back.
        if let replay = state.replay { return replay.clock }
        switch state.asOf {
        case .clock: return state.now
        case .newest: return newestStore.newestTime ?? state.now
        case .moment(let t): return t
        }
    }

    /// `as of 30 Nov 2024`, when "now" is not the clock.
    var asOfText: String? {
        guard state.asOf != .clock, state.replay == nil else { return nil }
        let civil = CivilTime(secondsSinceEpoch: anchor + Int64(zone.offsetSeconds(at: anchor)))
        return "as of \(civil.day) \(Weekday.months[civil.month - 1]) \(civil.year)"
    }

    /// `a`: the clock or the newest event.
    mutating func toggleAsOf() {
        state.asOf = state.asOf == .clock ? .newest : .clock
        state.notice = asOfText ?? "as of now"
        rebuildView()
    }

    /// The settings' surge rule, kept with the state so that the regions pane and the wall agree.
    public mutating func setSurgeRule(_ rule: SurgeRule) { state.surgeRule = rule }

    public mutating func setAsOf(_ asOf: AsOf) {
        state.asOf = asOf
        rebuildView()
    }
}
