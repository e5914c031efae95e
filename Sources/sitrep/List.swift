import ArgumentParser
import Foundation
import SitrepKit

/// `sitrep list`: the events, oldest first, for people, for scripts, or as a conversion.
struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List events, oldest first.",
        discussion: "`sitrep list --format jsonl FILE.csv > FILE.jsonl` converts any input to sitrep's native format."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl, csv }

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: text, jsonl or csv.")
    var format: Format = .text

    @Option(parsing: .unconditional, help: "Print at most this many events (stories, with --group).")
    var limit: Int?

    @OptionGroup var stories: StoryOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let loaded = try input.load()
        loaded.printMessagesToStandardError()
        if loaded.nothingRead(events: loaded.store.count) { throw ExitCode(1) }
        let store = loaded.store
        let selected = try input.selected(store)
        if let rules = stories.grouping(loaded) {
            return StoryListing(store: store, groups: store.stories(rules), rules: rules, zone: input.zone)
                .print(
                    store.stories(rules).collapse(input.filter == nil ? nil : selected), format: format, limit: limit)
        }
        let chosen = selected.prefix(limit ?? selected.count)
        var out = BufferedOutput()
        switch format {
        case .text:
            for i in chosen { out.write(textLine(store, i)) }
        case .jsonl:
            let reader = DetailReader(store: store)
            for i in chosen { out.write(EventWriter.jsonLine(reader.event(at: i).event)) }
        case .csv:
            out.write(EventWriter.csvHeader)
            let reader = DetailReader(store: store)
            for i in chosen { out.write(EventWriter.csvLine(reader.event(at: i).event)) }
        }
        out.flush()
    }

    private func textLine(_ store: EventStore, _ i: Int) -> String { Self.textLine(store, i, zone: input.zone) }

    /// `2024-11-26 07:15     [drone strike] Kyiv City: title`
    static func textLine(_ store: EventStore, _ i: Int, zone: DisplayZone, title: String? = nil) -> String {
        let time = store.time(at: i).displayText(in: zone).padding(toLength: 19, withPad: " ", startingAt: 0)
        let category = store.category(at: i).map { "[\($0)] " } ?? ""
        let regions = store.regions(at: i)
        let place = regions.isEmpty ? "" : regions.joined(separator: ", ") + ": "
        return TerminalText.line("\(time) \(category)\(place)\(title ?? store.title(at: i))")
    }
}

/// Collects output lines and writes them in large blocks: a million `print` calls are slow.
struct BufferedOutput {
    private var buffer: [UInt8] = []

    mutating func write(_ line: String) {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count > 1 << 20 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = Foundation.write(1, raw.baseAddress! + done, raw.count - done)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { exit(0) } // the reader went away (`sitrep list | head`)
                done += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
