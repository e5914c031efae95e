import Foundation
import SitrepKit
import SitrepTestSupport
@testable import SitrepUI
import Testing

@Suite("The sources pane")
struct SourcesPaneTests {
    /// Two feeds over November 2024: one with an event every day, one that stops on the 5th and
    /// starts again on the 25th (a gap), and a third that is empty but for a broken line.
    static let dir = TempDir("sitrep-sources")
    static let store: EventStore = {
        var daily: [String] = []
        var gappy: [String] = []
        for day in 1...30 {
            let date = String(format: "2024-11-%02d", day)
            daily.append(
                #"{"id": "d\#(day)", "time": "\#(date)T08:00Z", "title": "daily \#(day)", "sources": ["Wire", "Desk"]}"#
            )
            if day <= 5 || day >= 25 {
                let source = day % 2 == 0 ? "Even" : "Odd"
                gappy.append(
                    #"{"id": "g\#(day)", "time": "\#(date)T20:00Z", "title": "gap \#(day)", "sources": ["\#(source)"]}"#
                )
            }
        }
        let paths = [
            dir.write("daily.jsonl", daily.joined(separator: "\n") + "\n"),
            dir.write("feeds/gappy.jsonl", gappy.joined(separator: "\n") + "\n"),
            dir.write("broken.jsonl", "{not json\n"),
        ]
        return Loader.load(paths.map(EventSource.file))
    }()

    /// Each file's count and each source's, from the pane's one pass, equal the events the query
    /// language finds for `file:` and the facet index's count of each source: two ways to one answer.
    @Test func countsEqualTheQueryAndTheIndex() throws {
        for store in [Self.store, demoStore] {
            let feeds = store.feeds(cells: 20)
            for feed in feeds {
                let name = (feed.path as NSString).lastPathComponent
                let query = try QueryParser(now: 0).parse("file:\(QueryParser.quoted(name))")
                let found = QueryMatcher(store: store, query: query).positions()
                #expect(found.count == (feed.span?.count ?? 0), "\(feed.path)")
                #expect(store.files.first { $0.path == feed.path }?.eventCount == found.count)
            }
            var bySource: [String: Int] = [:]
            for feed in feeds { for s in feed.sources { bySource[s.name, default: 0] += s.count } }
            let indexed = store.counts(by: .source).filter { $0.key != EventStore.noneKey }
            #expect(bySource == Dictionary(uniqueKeysWithValues: indexed.map { ($0.key, $0.count) }))
        }
    }

    /// A cell has a mark exactly when one of the feed's events falls in its stretch, worked out
    /// here from the events' times one by one: the gap shows as empty cells.
    @Test func cellsMarkTheStretchesWithEvents() throws {
        let store = Self.store
        let cells = 30
        let start = store.time(at: 0).seconds
        let length = store.time(at: store.count - 1).seconds - start + 1
        for feed in store.feeds(cells: cells) {
            guard let span = feed.span else { continue }
            let query = try QueryParser(now: 0).parse("file:" + QueryParser.quoted(feed.path))
            var expected = Array(repeating: false, count: cells)
            for p in QueryMatcher(store: store, query: query).positions() {
                expected[Int((store.time(at: p).seconds - start) * Int64(cells) / length)] = true
            }
            #expect(span.cells == expected, "\(feed.path)")
        }
        let gappy = try #require(store.feeds(cells: cells).first { $0.path.hasSuffix("gappy.jsonl") }?.span)
        #expect(gappy.cells.filter { !$0 }.count >= 15, "the 19 days without events are a gap")
    }

    @Test func theBrokenFileIsListedWithItsProblem() throws {
        let broken = try #require(Self.store.feeds().first { $0.path.hasSuffix("broken.jsonl") })
        #expect(broken.span == nil && broken.errors == 1)
        let (buffer, _) = drawAlone(SourcesPart(), dashboard(Self.store, width: 120, height: 40), width: 56, height: 12)
        let brokenLine = try #require(buffer.lines.first { $0.contains("broken.jsonl") })
        #expect(brokenLine.contains("!"))
    }

    /// Enter on a file narrows the timeline to its events, on a source to that source's; Enter
    /// again takes it away.
    @Test func enterNarrowsTheTimeline() {
        var d = dashboard(Self.store, width: 120, height: 40)
        press(&d, .character("F"), .tab)
        #expect(d.state.focus == .sources)
        let rows = d.state.panes[SourcesState.self].rows
        let gappy = rows.firstIndex { $0.path.hasSuffix("gappy.jsonl") && $0.source == nil }!
        press(&d, .home)
        for _ in 0..<gappy { press(&d, .down) }
        press(&d, .enter)
        #expect(d.view.count == 11 && d.state.query.filter.hasPrefix("file:"))
        press(&d, .down, .enter)
        #expect(d.state.query.filter == #"source:"Odd""#)
        #expect(d.view.count == 6)
        press(&d, .enter)
        #expect(d.state.query.filter.isEmpty && d.view.count == 41)
    }

    /// Under `--as-of` the pane counts the files as they were then, as every other figure does.
    @Test func theCountsAreAsOfNow() {
        var d = dashboard(Self.store, width: 120, height: 40)
        d.state.time.asOf = .moment(1_731_456_000) // 2024-11-13 00:00 UTC
        d.rebuildView()
        let (_, state) = drawAlone(SourcesPart(), d, width: 56, height: 12)
        let daily = state.rows.first { $0.path.hasSuffix("daily.jsonl") && $0.source == nil }
        #expect(daily?.span?.count == 12)
        #expect(state.rows.first { $0.path.hasSuffix("gappy.jsonl") && $0.source == nil }?.span?.count == 5)
    }
}
