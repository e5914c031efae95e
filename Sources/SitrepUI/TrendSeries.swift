import SitrepKit

/// The bars of the trends pane: per day, or per week when the days would not fit, the most recent
/// that fit; one series for the count or a figure, two for two figures side by side.
struct TrendSeries: Sendable {
    var period: Period
    /// Period keys, oldest first.
    var keys: [Int64]
    /// One row of values per series, aligned with `keys`.
    var values: [[Double]]
    /// What each series is: "events" or a figure's name.
    var names: [String]

    init(_ d: Dashboard, plot: [String], slots: Int) {
        let positions = d.view.unfiltered ? nil : Array(d.view.ascending)
        let width = max(1, plot.count)
        var period = Period.day
        var table = d.store.tabulate(by: [.period(.day)], sums: plot, positions: positions, zone: d.zone)
        if table.rows.count * width > slots {
            period = .week
            table = d.store.tabulate(by: [.period(.week)], sums: plot, positions: positions, zone: d.zone)
        }
        let fit = max(1, slots / width)
        let totals = Array(table.rowTotals.suffix(fit))
        self.period = period
        names = plot.isEmpty ? ["events"] : plot
        values = plot.isEmpty ? [totals.map { Double($0.count) }] : plot.indices.map { k in totals.map { $0.sums[k] } }
        keys = Array(table.rowKeys.suffix(fit))
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
