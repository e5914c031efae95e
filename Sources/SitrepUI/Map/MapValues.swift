import SitrepKit

/// What the map shades each region by: its count of shown events, or the sum of the figure the
/// trends pane plots; and the five steps of the legend, equal stretches up to the largest value.
struct MapValues: Sendable {
    static let steps = 5
    /// "events", or the figure's name.
    var what = "events"
    var byCode: [String: Double] = [:]
    var largest: Double = 0

    init(_ d: Dashboard) {
        let plot = d.plotted
        let gazetteer = d.store.gazetteer
        func code(_ name: String) -> String? { gazetteer.region(named: name)?.code }
        if let figure = plot.first {
            what = figure.replacingOccurrences(of: "_", with: " ")
            let table = d.store.tabulate(
                by: [.region], sums: [figure], positions: d.view.positions.chosen, zone: d.zone)
            for (name, total) in zip(table.rows, table.rowTotals) {
                if let c = code(name) { byCode[c] = Figure.sum(byCode[c] ?? 0, total.sums[0]) }
            }
        } else {
            for row in d.regions { if let c = code(row.name) { byCode[c, default: 0] += Double(row.count) } }
        }
        largest = byCode.values.max() ?? 0
    }

    /// Shades from counts by region name (the wall's last 24 hours).
    init(rows: [RegionRow], gazetteer: Gazetteer) {
        for row in rows where row.count > 0 {
            if let c = gazetteer.region(named: row.name)?.code { byCode[c, default: 0] += Double(row.count) }
        }
        largest = byCode.values.max() ?? 0
    }

    func value(_ code: String) -> Double { byCode[code] ?? 0 }

    /// The top of each step: a fifth of the largest value, two fifths, ..., rounded up.
    func bound(_ step: Int) -> Double { (largest * Double(step) / Double(Self.steps)).rounded(.up) }

    /// 1 to 5 for a value above 0, 0 for none.
    func step(_ code: String) -> Int {
        let v = value(code)
        guard v > 0 else { return 0 }
        return (1...Self.steps).first { v <= bound($0) } ?? Self.steps
    }

    /// The values a step covers, for the legend: `46–90`, `3` for a step of one value, nil for a
    /// step no value can fall in (with a largest value of 3, the five steps' tops are 1 2 2 3 3).
    func range(_ step: Int) -> String? {
        let low = step == 1 ? min(1, largest) : bound(step - 1) + 1
        let high = bound(step)
        guard low <= high else { return nil }
        return low == high ? ShortNumber.text(high) : "\(ShortNumber.text(low))–\(ShortNumber.text(high))"
    }

    /// Up to 2,000 of the newest shown events that have coordinates, read from their files.
    static func eventPoints(_ d: Dashboard) -> [MapPoint] {
        let reader = DetailReader(store: d.store)
        var points: [MapPoint] = []
        var looked = 0
        for p in d.view.positions where d.store.flags(at: p).contains(.coordinates) {
            looked += 1
            let event = reader.event(at: p).event
            if let lat = event.latitude, let lon = event.longitude {
                points.append(MapPoint(lon: Float(lon), lat: Float(lat)))
            }
            if points.count >= 2_000 || looked >= 4_000 { break }
        }
        return points
    }
}
