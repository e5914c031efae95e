import ArgumentParser
import Foundation
import SitrepKit

extension Facet: ExpressibleByArgument {}

/// `sitrep summary`: counts of events per region, category, source or day.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Count events per region, category, source or day.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @OptionGroup var input: InputOptions

    @Option(help: "What to count by: region, category, source or day.")
    var by: Facet = .region

    @Option(help: "Output format: table, csv or json.")
    var format: Format = .table

    func run() throws {
        let (counts, total) = try countEvents()
        switch format {
        case .csv:
            print("key,count")
            for c in counts { print(EventWriter.csvCell(c.key) + ",\(c.count)") }
        case .json:
            let items = counts.map { "{\"key\": \(JSONText.quoted($0.key)), \"count\": \($0.count)}" }
            print("{\"by\": \"\(by.rawValue)\", \"events\": \(total), \"counts\": [\(items.joined(separator: ", "))]}")
        case .table:
            printTable(counts, total: total)
        }
    }

    /// Without a filter the events are only counted as they are read (no store is built); with
    /// one they are loaded and the filter's result counted.
    private func countEvents() throws -> (counts: [FacetCount], total: Int) {
        if input.filter == nil {
            let counted = try input.count(by: by)
            counted.input.printMessagesToStandardError()
            if counted.input.nothingRead { throw ExitCode(1) }
            return (counted.counts, counted.total)
        }
        let loaded = try input.load()
        loaded.printMessagesToStandardError()
        if loaded.nothingRead { throw ExitCode(1) }
        let shown = try input.selected(loaded.store)
        return (loaded.store.counts(by: by, zone: input.zone, positions: shown), shown.count)
    }

    private func printTable(_ counts: [FacetCount], total: Int) {
        let keys = counts.map { TerminalText.line($0.key) }
        let keyWidth = min(48, max(by.rawValue.count, keys.map(\.count).max() ?? 0))
        let countWidth = max(6, String(counts.first?.count ?? 0).count)
        print(by.rawValue.uppercased().padding(toLength: keyWidth, withPad: " ", startingAt: 0) + "  " + pad("EVENTS", countWidth) + "  SHARE")
        for (key, c) in zip(keys, counts) {
            let share = total > 0 ? String(format: "%5.1f%%", Double(c.count) * 100 / Double(total)) : "    -"
            let shown = key.count > keyWidth ? String(key.prefix(keyWidth - 1)) + "…" : key
            print(shown.padding(toLength: keyWidth, withPad: " ", startingAt: 0) + "  " + pad(String(c.count), countWidth) + "  " + share)
        }
        let noun = counts.count == 1 ? by.rawValue : (by == .category ? "categories" : by.rawValue + "s")
        print("\(counts.count) \(noun), \(total) events")
    }

    private func pad(_ s: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - s.count)) + s }
}
