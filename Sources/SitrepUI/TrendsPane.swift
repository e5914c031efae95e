import SitrepKit

extension Pane {
    public static let trends = Pane(rawValue: "trends")
}

/// Bars per day (per week when the days do not fit) of the shown events, following the filter:
/// the count, one figure, or two side by side (`p` cycles). ← → move a cursor across the bars,
/// whose numbers the top line gives exactly; Enter narrows the filter to that period (again: back).
struct TrendsPart: PanePart {
    var pane: Pane { .trends }

    var showKey: PaneKey? {
        PaneKey(keys: [.character("t")], name: "show", help: "trends (bars per day) in place of the regions, and back")
    }

    var keys: [PaneKey] {
        [
            PaneKey(
                keys: [.character("p")], name: "plot",
                help: "trends and map: plot the count, a figure, or two side by side")
        ]
    }

    func settle(_ d: Dashboard, _ s: inout TrendsState, in rect: Rect) {
        let slots = max(1, rect.inner.width - TrendsChart.axisWidth)
        let plot = d.plotted
        let key = TrendsState.Key(view: d.viewGeneration, plot: plot, slots: slots, anchor: d.anchor)
        if s.key != key {
            // The cursor stays on its period when the new bars have it (a filter narrowed and
            // cleared again); otherwise it goes to the newest.
            let kept = s.series.flatMap { old in s.cursor.map { old.keys[min($0, old.keys.count - 1)] } }
            s.series = TrendSeries(d, plot: plot, slots: slots)
            s.key = key
            s.cursor = kept.flatMap { s.series?.keys.firstIndex(of: $0) }
        }
        let count = s.series?.values.first?.count ?? 0
        s.cursor = count == 0 ? nil : min(max(0, s.cursor ?? count - 1), count - 1)
    }

    func draw(_ d: Dashboard, _ s: TrendsState, into buffer: inout Buffer, _ rect: Rect) {
        TrendsChart(d: d, state: s).draw(&buffer, rect)
    }

    func handle(_ input: PaneInput, _ d: Dashboard, _ s: inout TrendsState, in rect: Rect) -> [PaneIntent] {
        switch input {
        case .move(let delta), .moveAcross(let delta):
            guard let count = s.series?.values.first?.count, count > 0 else { return [] }
            s.cursor = min(max(0, (s.cursor ?? count - 1) + max(-count, min(count, delta))), count - 1)
            return []
        case .open: return narrow(d, &s)
        case .key("plot"): return [.nextPlot]
        case .key, .click: return []
        }
    }

    /// Narrows the filter to the period under the cursor; Enter on it again takes that away.
    private func narrow(_ d: Dashboard, _ s: inout TrendsState) -> [PaneIntent] {
        guard let series = s.series, let k = s.cursor, series.keys.indices.contains(k) else { return [] }
        let term = series.filterTerm(k)
        var words = d.state.query.filter.split(separator: " ").map(String.init)
        let old = s.narrowed
        if let old { words.removeAll { $0 == old.since || $0 == old.until } }
        if old?.since == term.since, old?.until == term.until {
            s.narrowed = nil
        } else {
            words += [term.since, term.until]
            s.narrowed = term
        }
        return [.setFilter(words.joined(separator: " "))]
    }
}

/// The trends pane's own view state.
struct TrendsState: PaneState {
    struct Key: Equatable, Sendable {
        var view: Int
        var plot: [String]
        var slots: Int
        var anchor: Int64
    }
    /// The bar under the cursor (nil: the newest).
    var cursor: Int?
    var series: TrendSeries?
    var key: Key?
    /// The period Enter narrowed the filter to, so that Enter again takes it away.
    var narrowed: (since: String, until: String)?
}

extension Dashboard {
    /// What the trends and the map plot: one of `plotChoices`, chosen with `p`.
    var plotted: [String] { plotChoices[min(state.plot, plotChoices.count - 1)] }

    /// What the trends pane can plot: the count, each figure the events have, and drones launched
    /// against shot down when both are there.
    var plotChoices: [[String]] {
        let names = store.figureNames
        var choices: [[String]] = [[]]
        if names.contains("drones_launched"), names.contains("drones_shot_down") {
            choices.append(["drones_launched", "drones_shot_down"])
        }
        choices += names.map { [$0] }
        return choices
    }

    /// `p`: the next thing to plot, named in the status line.
    mutating func cyclePlot() {
        state.plot = (state.plot + 1) % plotChoices.count
        let plot = plotted
        state.notice =
            "trends: "
            + (plot.isEmpty
                ? "events" : plot.map { $0.replacingOccurrences(of: "_", with: " ") }.joined(separator: " against "))
    }

    /// `t` (trends) and `m` (map): that pane in the regions pane's place, and back; the focus
    /// follows the pane it was on.
    mutating func toggleSecondPane(_ pane: Pane) {
        let next = state.secondPane == pane ? Pane.regions : pane
        if state.focus == state.secondPane { state.focus = next }
        state.secondPane = next
    }
}
