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
                let l =
                    i == 0
                    ? Buffer.fit(label, 13).padding(toLength: 14, withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: 14)
                lines.append([(l, .detailLabel), (part, .detailValue)])
            }
        }
        field("Events shown", grouped(positions.count))
        if let first = positions.first, let last = positions.last {
            field("From", store.time(at: first).displayText(in: zone))
            field("To", store.time(at: last).displayText(in: zone))
        }
        if let trend = regions.first(where: { $0.name == name })?.trend {
            field(
                "Last 7 days",
                "\(grouped(trend.lastWeek)) (week before \(grouped(trend.weekBefore))\(trend.surging ? ", surging" : ""))"
            )
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
                let name = "  " + Buffer.fit(figure, max(8, width - 14)) + " "
                let room = width - DisplayWidth.of(name) - value.count
                lines.append([
                    (name, .detailLabel), (value, .detailFigure), (Self.unit(figure, total, room: room), .detailLabel),
                ])
                if let more = Self.asideLine(figure, total, room: room, width: width) { lines.append(more) }
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
            if all[i] == chosen[j] {
                out.append(all[i]); i += 1; j += 1
            } else if all[i] < chosen[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return out
    }
}

/// The unit a figure's name implies, for showing its value: `duration_min` is minutes,
/// `aid_usd_m` millions of US dollars. Counts (drones, fatalities) have none.
extension Dashboard {
    /// A figure's unit, and its days and hours where they fit in `room` cells: never cut.
    static func unit(_ name: String, _ value: Double, room: Int) -> String {
        let unit = FigureUnit.suffix(name), aside = FigureUnit.aside(name, value)
        return DisplayWidth.of(unit + aside) <= room ? unit + aside : unit
    }

    /// The days and hours of a figure on a line of their own, when they did not fit beside it.
    static func asideLine(_ name: String, _ value: Double, room: Int, width: Int) -> Line? {
        let unit = FigureUnit.suffix(name), aside = FigureUnit.aside(name, value)
        guard !aside.isEmpty, DisplayWidth.of(unit + aside) > room else { return nil }
        let text = String(aside.dropFirst())
        return [
            (String(repeating: " ", count: max(0, width - DisplayWidth.of(text))), .detailLabel),
            (Buffer.fit(text, width), .detailLabel),
        ]
    }
}

enum FigureUnit {
    static func suffix(_ name: String) -> String {
        let units: [(String, String)] = [
            ("_min", " min"), ("_minutes", " min"), ("_hours", " h"), ("_usd_m", " million US$"),
            ("_usd_bn", " billion US$"), ("_km", " km"), ("_pct", "%"), ("_percent", "%"),
        ]
        return units.first { name.hasSuffix($0.0) }?.1 ?? ""
    }

    /// A figure in minutes of an hour or more, also in days, hours and minutes: `14999 min` is
    /// hard to read as the ten days it is (`(10 d 9 h 59 min)`).
    static func aside(_ name: String, _ value: Double) -> String {
        guard name.hasSuffix("_min") || name.hasSuffix("_minutes"), value.isFinite, value >= 60, value < 1e12 else {
            return ""
        }
        let total = Int(value.rounded())
        let (days, hours, minutes) = (total / 1_440, total % 1_440 / 60, total % 60)
        let parts = [(days, "d"), (hours, "h"), (minutes, "min")].drop { $0.0 == 0 }.filter { $0.0 > 0 }
        return " (" + parts.map { "\($0.0) \($0.1)" }.joined(separator: " ") + ")"
    }
}
