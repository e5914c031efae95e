import ArgumentParser
import Foundation
import SitrepKit

extension Facet: ExpressibleByArgument {}

/// `sitrep summary`: counts (and figure totals) of events per region, category, source or period.
struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Count events (and add up figures) per region, category, source, day, week or month.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

    @OptionGroup var input: InputOptions

    @Option(
        help: ArgumentHelp(
            "What to count by: region, category, source, day, week (ISO, Monday first) or month; two, comma-separated, make a table (region,week).",
            valueName: "key[,key]"),
        completion: .list([
            "region", "category", "source", "day", "week", "month", "region,week", "region,day", "category,week",
        ]))
    var by = "region"

    @Option(
        name: .customLong("sum"),
        help: ArgumentHelp(
            "Also add up this figure per key (repeatable): drones_launched, fatalities, ...", valueName: "figure"))
    var sums: [String] = []

    @Option(help: "Output format: table, csv or json.")
    var format: Format = .table

    @OptionGroup var stories: StoryOptions

    var keys: [TableKey] {
        by.split(separator: ",").compactMap { TableKey(String($0).trimmingCharacters(in: .whitespaces)) }
    }

    func validate() throws {
        let names = by.split(separator: ",", omittingEmptySubsequences: false)
        guard (1...2).contains(names.count), keys.count == names.count else {
            throw ValidationError(
                "--by takes one or two of region, category, source, day, week, month (e.g. region,week)")
        }
        if keys.count == 2, keys[0] == keys[1] { throw ValidationError("--by names \(keys[0].name) twice") }
    }

    func run() throws {
        // One facet, nothing summed, no filter: counted as the files are read, without a store.
        if keys.count == 1, sums.isEmpty, input.filter == nil, input.namedMoment == nil, !stories.wanted,
            let facet = Facet(rawValue: keys[0].name), facet != .day
        {
            let counted = try input.count(by: facet)
            counted.input.printMessagesToStandardError()
            if counted.input.nothingRead(events: counted.total) { throw ExitCode(1) }
            let table = Tabulation(counts: counted.counts, key: keys[0], events: counted.total)
            return SummaryOutput(table: table, format: format).print()
        }
        let loaded = try input.load()
        loaded.printMessagesToStandardError()
        if loaded.nothingRead(events: loaded.store.count) { throw ExitCode(1) }
        let known = loaded.store.figureNames
        for name in sums where !known.contains(name) {
            let list = known.isEmpty ? "no event has figures" : "figures: \(known.joined(separator: ", "))"
            FileHandle.standardError.write(
                Data("sitrep: no event has the figure '\(TerminalText.line(name))' (\(TerminalText.line(list)))\n".utf8)
            )
            throw ExitCode(2)
        }
        let shown = try input.selected(loaded.store)
        var positions = input.filter == nil ? nil : shown
        // Grouped, each story is counted once, by its first report (its figures are that report's).
        let rules = stories.grouping(loaded)
        if let rules { positions = loaded.store.stories(rules).collapse(positions) }
        let table = loaded.store.tabulate(by: keys, sums: sums, positions: positions, zone: input.zone)
        SummaryOutput(table: table, format: format, counted: rules == nil ? "events" : "stories").print()
    }
}
