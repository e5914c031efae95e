import Testing
@testable import SitrepKit
import SitrepTestSupport

@Suite("Writing events")
struct RoundTripTests {
    func everyEvent(_ store: EventStore) -> [Event] {
        let reader = DetailReader(store: store)
        return (0..<store.count).map { i in
            var e = reader.event(at: i).event
            e.origin = Origin(path: "", line: 0)
            return e
        }
    }

    @Test(arguments: [
        "acled-31.csv", "acled-variant.csv", "viina-event-info.csv", "alerts-volunteer.csv", "alerts-official.csv",
    ])
    func jsonLinesReadsBackToTheSameEvents(_ fixture: String) {
        let original = load([Fixtures.path(fixture)])
        let dir = TempDir()
        let jsonl = everyEvent(original).map(EventWriter.jsonLine).joined(separator: "\n") + "\n"
        let copy = load([dir.write("copy.jsonl", jsonl)])
        #expect(copy.diagnostics.isEmpty)
        #expect(everyEvent(copy) == everyEvent(original))
    }

    @Test func demoRoundTripsThroughJSONLinesAndCSV() {
        let original = Loader.load(DemoEvents.sources)
        let events = everyEvent(original)
        let dir = TempDir()
        let viaJSON = load([dir.write("demo.jsonl", events.map(EventWriter.jsonLine).joined(separator: "\n"))])
        #expect(everyEvent(viaJSON) == events)
        let csv = ([EventWriter.csvHeader] + events.map(EventWriter.csvLine)).joined(separator: "\r\n")
        let viaCSV = load([dir.write("demo.csv", csv)])
        #expect(viaCSV.files.first?.profileName == "sitrep")
        #expect(viaCSV.diagnostics.isEmpty)
        #expect(everyEvent(viaCSV) == events)
    }

    @Test func controlCharactersAreEscapedInJSON() {
        #expect(JSONText.quoted("a\u{1B}[2J\"\\\n\u{9B}") == #""a\u001b[2J\"\\\n\u009b""#)
    }
}
