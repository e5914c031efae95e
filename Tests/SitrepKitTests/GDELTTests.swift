import Foundation
import SitrepTestSupport
import Testing

@testable import SitrepKit

/// The GDELT 2.0 event export, on real rows of three of its 15-minute files (Fixtures/ATTRIBUTION.md).
@Suite("GDELT event export")
struct GDELTTests {
    static let path = Fixtures.path("gdelt-2017.export.CSV")

    /// The rows split at tabs, the second way of reading them.
    static var rows: [[Substring]] {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
    }

    @Test func theExportIsRecognisedByItsShapeAndEveryRowIsAnEvent() {
        let store = load([Self.path])
        #expect(store.files[0].profileName == "gdelt")
        #expect(store.count == Self.rows.count)
        #expect(store.count == 288)
        #expect(store.diagnostics.isEmpty, "\(store.messages)")
        // No header: the first line is an event.
        #expect((0..<store.count).map { store.origin(at: $0).line }.min() == 1)
    }

    /// Per category, per day and per region, the counts equal counts made from the split rows.
    @Test func countsEqualCountsOfTheRowsThemselves() {
        let store = load([Self.path])
        let rows = Self.rows
        var byRoot: [String: Int] = [:]
        var byDay: [String: Int] = [:]
        var byCode: [String: Int] = [:]
        for r in rows {
            byRoot[CSVProfile.cameoRoots[String(r[28])] ?? "?", default: 0] += 1
            let d = r[1]
            byDay["\(d.prefix(4))-\(d.dropFirst(4).prefix(2))-\(d.suffix(2))", default: 0] += 1
            byCode[String(r[54]), default: 0] += 1
        }
        func counted(_ facet: Facet) -> [String: Int] {
            Dictionary(uniqueKeysWithValues: store.counts(by: facet).filter { $0.count > 0 }.map { ($0.key, $0.count) })
        }
        #expect(counted(.category) == byRoot)
        #expect(counted(.day) == byDay)
        let regions = counted(.region)
        #expect(regions["Kharkiv Oblast"] == byCode["UP07"])
        #expect(regions["Moscow"] == byCode["RS48"])
        #expect(regions["Saint Petersburg"] == byCode["RS66"])
        #expect(regions["Volgograd Oblast"] == byCode["RS84"])
        // Codes the gazetteer does not know (other countries, `UP00` for Ukraine in general) give no region.
        #expect(
            regions["(none)"] == rows.count - byCode["UP07"]! - byCode["RS48"]! - byCode["RS66"]! - byCode["RS84"]!
                - byCode["RS17"]!)
    }

    @Test func anEventSaysWhatHappenedBetweenWhomAndWhere() throws {
        let store = load([Self.path])
        let i = try #require((0..<store.count).first { store.id(at: $0) == "651827953" })
        let event = store.event(at: i).event
        #expect(event.title == "Consultation: UNITED STATES")
        #expect(event.category == "consultation")
        #expect(event.subcategory == "046")
        #expect(event.regions == ["Moscow"])
        #expect(event.location == "Moscow, Moskva, Russia")
        #expect(event.url?.hasPrefix("https://www.washingtonpost.com/") == true)
        #expect(event.tags == ["verbal cooperation"])
        #expect(event.figures.map(\.name) == ["NumMentions", "NumSources", "NumArticles", "GoldsteinScale", "AvgTone"])
        #expect(event.time == EventTime(milliseconds: 1_493_596_800_000, precision: .day))
        #expect(event.extra.first { $0.name == "DATEADDED" }?.json == "\"20170501234500\"")
    }

    /// The summed figures equal the sums of the split rows' columns.
    @Test func figuresSumAsTheRows() {
        let store = load([Self.path])
        for (name, column) in [("NumMentions", 31), ("NumSources", 32), ("NumArticles", 33)] {
            let expected = Self.rows.reduce(0.0) { $0 + (Double($1[column]) ?? 0) }
            let summed = (0..<store.count).reduce(0.0) { total, i in
                total + (store.figures(at: i).first { $0.name == name }?.value ?? 0)
            }
            #expect(summed == expected, "\(name)")
        }
    }

    /// Fifteen minutes later the next rows arrive: appended, they are read as rows too.
    @Test func appendedRowsAreRead() throws {
        let dir = TempDir()
        let lines = try String(contentsOfFile: Self.path, encoding: .utf8).split(separator: "\n")
        let path = dir.write("feed.export.CSV", lines.prefix(10).joined(separator: "\n") + "\n")
        var options = LoadOptions()
        options.holdUnfinishedLines = true
        let library = EventLibrary(sources: [.file(path)], options: options)
        #expect(library.loadAll().count == 10)
        try appendText(path, lines[10..<25].joined(separator: "\n") + "\n")
        let change = library.refresh([path])
        #expect(change.added.count == 15)
        #expect(library.snapshot().count == 25)
        #expect(library.snapshot().diagnostics.isEmpty)
        #expect(library.files[0].segments.count == 2, "only the new rows were read")
    }

    /// A sheet of another shape is not taken for GDELT, and GDELT can be asked for by name.
    @Test func onlyTheShapeIsTaken() throws {
        let dir = TempDir()
        let lines = try String(contentsOfFile: Self.path, encoding: .utf8).split(separator: "\n")
        let short = lines.prefix(3).map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).dropLast().joined(separator: "\t")
        }
        let path = dir.write("cut.tsv", short.joined(separator: "\n") + "\n")
        #expect(load([path]).files[0].profileName != "gdelt")
        let asked = load([path]) { $0.profile = .gdelt }
        #expect(asked.count == 3)
        #expect(asked.messages.first?.contains("record has 60 cells, the header has 61") == true, "\(asked.messages)")
    }
}
