import SitrepKit

/// What the detail pane shows while the regions pane has the focus: the selected region over the
/// shown events — how many, from when to when, the last week against the one before, and every
/// figure added up.
extension Dashboard {
    func regionTotalsLines(_ name: String, width: Int) -> [Line] {
        let positions = regionPositionsShown(name)
        var lines: [Line] = wrap(name, width).map { [($0, .detailTitle)] }
        lines.append([])
        // Values wrap under their label's column rather than being cut at the pane's edge.
        func field(_ label: String, _ value: String) {
            for (i, part) in wrap(value, max(1, width - 14)).enumerated() {
                let l = i == 0 ? Buffer.fit(label, 13).padding(toLength: 14, withPad: " ", startingAt: 0) : String(repeating: " ", count: 14)
                lines.append([(l, .detailLabel), (part, .detailValue)])
            }
        }
        field("Events shown", grouped(positions.count))
        if let first = positions.first, let last = positions.last {
            field("From", store.time(at: first).displayText(in: zone))
            field("To", store.time(at: last).displayText(in: zone))
        }
        if let trend = regions.first(where: { $0.name == name })?.trend {
            field("Last 7 days", "\(grouped(trend.lastWeek)) (week before \(grouped(trend.weekBefore))\(trend.surging ? ", surging" : ""))")
        }
        let names = store.figureNames
        let table = store.tabulate(by: [.category], sums: names, positions: positions, zone: zone)
        let totals = names.indices.map { k in table.rowTotals.reduce(0.0) { Figure.sum($0, $1.sums[k]) } }
        let shown = zip(names, totals).filter { $0.1 != 0 }
        if !shown.isEmpty {
            lines.append([])
            lines.append([("Figures, added up", .detailLabel)])
            for (figure, total) in shown {
                let value = Figure.text(abs(total) < 1e13 ? (total * 100).rounded() / 100 : total)
                lines.append([("  " + Buffer.fit(figure, max(8, width - 14)) + " ", .detailLabel), (value, .detailFigure), (FigureUnit.suffix(figure), .detailLabel)])
            }
        }
        return lines
    }

    /// The shown events that name a region, in time order.
    func regionPositionsShown(_ name: String) -> [Int] {
        let all = name == EventStore.noneKey ? store.positions(region: nil) : store.positions(region: name)
        guard let chosen = view.positions.chosen else { return all }
        var out: [Int] = []
        var i = 0, j = 0
        while i < all.count, j < chosen.count {
            if all[i] == chosen[j] { out.append(all[i]); i += 1; j += 1 } else if all[i] < chosen[j] { i += 1 } else { j += 1 }
        }
        return out
    }
}

/// The unit a figure's name implies, for showing its value: `duration_min` is minutes,
/// `aid_usd_m` millions of US dollars. Counts (drones, fatalities) have none.
enum FigureUnit {
    static func suffix(_ name: String) -> String {
        let units: [(String, String)] = [("_min", " min"), ("_minutes", " min"), ("_hours", " h"), ("_usd_m", " million US$"),
                                         ("_usd_bn", " billion US$"), ("_km", " km"), ("_pct", "%"), ("_percent", "%")]
        return units.first { name.hasSuffix($0.0) }?.1 ?? ""
    }
}
