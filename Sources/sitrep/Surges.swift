import ArgumentParser
import Foundation
import SitrepKit

/// `sitrep surges`: the regions where it is getting worse, by the rule of the regions pane.
struct Surges: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "The regions whose last 7 days hold at least twice the weekly mean of the 4 weeks before, and at least 10 events."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: table, csv or json.")
    var format: Summary.Format = .table

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "How many times the weekly mean of the four weeks before makes a surge.", valueName: "factor"))
    var factor: Double?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("The fewest events in the last 7 days that can make a surge.", valueName: "events"))
    var minimum: Int?

    func validate() throws {
        if let factor, !(factor > 0 && factor.isFinite) {
            throw ValidationError("--factor takes a finite number above 0")
        }
        if let minimum, minimum < 0 { throw ValidationError("--minimum takes a count of events") }
    }

    func run() throws {
        let loaded = try input.load()
        loaded.printMessagesToStandardError()
        if loaded.nothingRead(events: loaded.store.count) { throw ExitCode(1) }
        let store = loaded.store
        let anchor = input.anchor(store)
        let configured = UserConfig.load().config.surges
        let rule = SurgeRule(factor: factor ?? configured.factor, minimum: minimum ?? configured.minimum)
        let shown = input.filter == nil ? nil : try input.selected(store, comparing: true)
        let surging = store.regionTrends(positions: shown, asOf: anchor, zone: input.zone, rule: rule).filter(\.surging)
        let day = CalendarDay(containing: anchor, in: input.zone).text
        func change(_ t: RegionTrend) -> String { t.changeFromMean.map { ($0 >= 0 ? "+" : "") + "\($0)%" } ?? "new" }
        if format != .table, surging.isEmpty, let stale = staleNote(store, anchor: anchor) {
            FileHandle.standardError.write(Data("sitrep: \(stale)\n".utf8))
        }
        switch format {
        case .csv:
            print("region,last_7_days,weekly_mean_4_weeks_before,change")
            for t in surging {
                print(
                    "\(EventWriter.csvCell(t.region)),\(t.lastWeek),\(Figure.text((t.meanBefore * 100).rounded() / 100)),\(change(t))"
                )
            }
        case .json:
            let items = surging.map {
                "{\"region\": \(JSONText.quoted($0.region)), \"last_7_days\": \($0.lastWeek), \"weekly_mean_4_weeks_before\": \(Figure.text(($0.meanBefore * 100).rounded() / 100)), \"change\": \(JSONText.quoted(change($0)))}"
            }
            print(
                "{\"as_of\": \(JSONText.quoted(day)), \"factor\": \(Figure.text(rule.factor)), \"minimum\": \(rule.minimum), \"surges\": [\(items.joined(separator: ", "))]}"
            )
        case .table:
            guard !surging.isEmpty else {
                print(
                    "no region is surging in the 7 days to \(day) (\(Figure.text(rule.factor))x the weekly mean of the 4 weeks before, at least \(rule.minimum) events)"
                )
                if let stale = staleNote(store, anchor: anchor) { print(stale) }
                return
            }
            let width = min(40, max(6, surging.map { TerminalText.line($0.region).count }.max() ?? 0))
            print(
                "REGION".padding(toLength: width, withPad: " ", startingAt: 0)
                    + "  LAST 7 DAYS  WEEKLY MEAN BEFORE  CHANGE")
            for t in surging {
                let name = TerminalText.line(t.region)
                let cut = name.count > width ? String(name.prefix(width - 1)) + "…" : name
                let mean = String(format: "%.1f", t.meanBefore)
                print(
                    cut.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + pad(String(t.lastWeek), 11)
                        + "  " + pad(mean, 18) + "  " + pad(change(t), 6))
            }
            print("\(surging.count) surging region\(surging.count == 1 ? "" : "s") in the 7 days to \(day)")
        }
    }

    /// Files whose newest event is older than the 7 days looked at (an archive, a feed that
    /// stopped): said, with how to look at their last weeks instead.
    private func staleNote(_ store: EventStore, anchor: Int64) -> String? {
        guard input.asOf == nil, let newest = store.newestTime, anchor - newest > 7 * 86_400 else { return nil }
        return
            "the newest event is from \(input.momentText(newest)), \((anchor - newest) / 86_400) days ago: nothing is in the last 7 days (--as-of newest looks at the 7 days to it)"
    }

    private func pad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
}
