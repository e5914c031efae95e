import Foundation
import SitrepKit

/// `sitrep list --group`: one line (or JSON object, or CSV row) per story.
struct StoryListing {
    let store: EventStore
    let groups: StoryGroups
    let rules: StoryRules
    let zone: DisplayZone

    /// `stories` are each story's first position (in time order).
    func print(_ stories: [Int], format: List.Format, limit: Int?) {
        var out = BufferedOutput()
        let reader = DetailReader(store: store)
        for p in stories.prefix(limit ?? stories.count) {
            let reports = groups.reports(of: p)
            let best = store.bestReport(reports, rules: rules)
            switch format {
            case .text:
                let mark =
                    reports.count > 1
                    ? "  ×\(reports.count) (\(store.storySources(reports).joined(separator: ", ")))" : ""
                out.write(List.textLine(store, p, zone: zone, title: store.title(at: best) + mark))
            case .csv:
                if p == stories.first { out.write(EventWriter.csvHeader) }
                var event = reader.event(at: best).event
                event.time = store.time(at: reports[0])
                out.write(EventWriter.csvLine(event))
            case .jsonl:
                out.write(jsonLine(p, reports, best: best, reader: reader))
            }
        }
        if format == .csv, stories.isEmpty { out.write(EventWriter.csvHeader) }
        out.flush()
    }

    /// `{"story": first id, "time", "title", "reports": N, "sources", "figures_disagree", "items": [{"why", "event"}]}`
    private func jsonLine(_ p: Int, _ reports: [Int], best: Int, reader: DetailReader) -> String {
        let items = reports.map { r -> String in
            let why = store.storyReasonText(of: r, in: groups).map(JSONText.quoted) ?? "null"
            return #"{"why": \#(why), "event": \#(EventWriter.jsonLine(reader.event(at: r).event))}"#
        }
        let list = { (values: [String]) in "[" + values.map(JSONText.quoted).joined(separator: ", ") + "]" }
        return
            #"{"story": \#(JSONText.quoted(store.id(at: reports[0]))), "time": \#(JSONText.quoted(store.time(at: reports[0]).isoText)), "#
            + #""title": \#(JSONText.quoted(store.title(at: best))), "reports": \#(reports.count), "sources": \#(list(store.storySources(reports))), "#
            + #""figures_disagree": \#(list(store.figureDisagreements(reports))), "items": [\#(items.joined(separator: ", "))]}"#
    }
}
