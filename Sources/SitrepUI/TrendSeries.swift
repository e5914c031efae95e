import SitrepKit

/// The bars of the trends pane: per day, or per week when the events span more than a quarter, the
/// most recent that fit; one series for the count or a figure, two for two figures side by side.
struct TrendSeries: Sendable {
    var period: Period
    /// Period keys, oldest first.
    var keys: [Int64]
    /// One row of values per series, aligned with `keys`.
    var values: [[Double]]
    /// What each series is: "events" or a figure's name.
    var names: [String]

    /// Spans longer than this many days are drawn per week.
    static let longestInDays = 92

    init(_ d: Dashboard, plot: [String], slots: Int) {
        // The shown positions in time order, or nil for all: no copy of a million positions.
        let positions = d.view.positions.chosen
        let width = max(1, plot.count)
        var found = d.store.periodSeries(.day, sums: plot, positions: positions, zone: d.zone)
        if found.keys.count > Self.longestInDays {
            found = d.store.periodSeries(.week, sums: plot, positions: positions, zone: d.zone)
        }
        let fit = max(1, slots / width)
        period = found.period
        names = plot.isEmpty ? ["events"] : plot.map { $0.replacingOccurrences(of: "_", with: " ") }
        values = plot.isEmpty ? [found.counts.suffix(fit).map(Double.init)] : found.sums.map { Array($0.suffix(fit)) }
        keys = Array(found.keys.suffix(fit))
    }

    /// The filter terms of a period: `since:2024-11-25 until:2024-12-01`.
    func filterTerm(_ k: Int) -> (since: String, until: String) {
        let first = period.firstDay(keys[k])
        let last = period.endDay(keys[k]).adding(-1)
        return ("since:\(first.text)", "until:\(last.text)")
    }

    /// `Tue 26 Nov 2024`, or `week of 25 Nov 2024`.
    func label(_ k: Int) -> String {
        let day = period.firstDay(keys[k]).text
        return period == .day ? Weekday.label(day) : "week of " + Weekday.label(day).dropFirst(4)
    }
}
