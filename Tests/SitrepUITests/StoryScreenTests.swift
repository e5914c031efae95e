import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

/// Grouping on the screen: `r`, one row per story with its count and sources, Enter listing the
/// reports, the detail's account of who said what, and every count following the grouping.
@Suite("Stories on the screen")
struct StoryScreenTests {
    /// Read from its bytes under a name of its own: the detail's "From" line, in the golden screen,
    /// is then the same in every clone.
    static let store = Loader.load([
        .embedded(
            "record-attack.jsonl",
            Array(
                FileManager.default.contents(
                    atPath: (#filePath as NSString).deletingLastPathComponent
                        + "/../SitrepKitTests/Fixtures/record-attack.jsonl") ?? Data()))
    ])

    func grouped(width: Int = 120, height: Int = 40) -> Dashboard {
        var d = dashboard(Self.store, width: width, height: height)
        press(&d, .character("r"))
        return d
    }

    @Test func oneRowPerStoryAndTheStatusLineSaysSo() {
        var d = dashboard(Self.store, width: 120, height: 40)
        #expect(d.view.count == 8)
        #expect(d.render().lines.joined().contains("8 of 8 events"))
        press(&d, .character("r"))
        #expect(d.view.count == 4)
        let screen = d.render().lines.joined(separator: "\n")
        #expect(screen.contains("4 stories of 8 events"))
        #expect(screen.contains("×5"))
        #expect(screen.contains("Russia launched a"))
        #expect(!screen.contains("Record 188 drones launched by Russia"))
        press(&d, .character("r"))
        #expect(d.view.count == 8)
    }

    /// The reports listed under an opened story are selected one by one with ↓ and ↑, shown
    /// highlighted, and each opens on its own (the TASS report of 190 drones among them).
    @Test func eachListedReportCanBeSelectedAndOpened() throws {
        var d = grouped(width: 200, height: 60)
        press(&d, .end, .enter)
        let row = d.state.selection.row
        let reports = d.expandedReports(d.view.positions[row])
        #expect(reports.count == 5)
        var seen: [String] = []
        for k in 0..<reports.count {
            press(&d, .down)
            #expect(d.state.selection.row == row && d.state.selection.report == k)
            let p = try #require(d.selectedPosition)
            seen.append(d.store.id(at: p))
            #expect(d.state.selection.detail.map { $0.title } == d.store.title(at: p), "the detail follows the report")
            let screen = d.render()
            let line = try #require((0..<screen.height).first { y in screen[1, y].role == .timelineSelected })
            #expect(
                screen.lines[line].contains("├") || screen.lines[line].contains("└"),
                "the report's line is the highlighted one")
        }
        #expect(Set(seen) == Set(reports.map { d.store.id(at: $0) }))
        #expect(seen.contains { d.store.sources(at: d.store.position(ofID: $0)!).contains("TASS") })
        // Enter on a report opens its own detail; Esc comes back; ↑ walks back up to the row.
        press(&d, .enter)
        #expect(d.state.focus == .detail)
        press(&d, .escape)
        for _ in 0..<reports.count { press(&d, .up) }
        #expect(d.state.selection.report == nil && d.state.selection.row == row)
        press(&d, .up)
        #expect(d.state.selection.row == row - 1)
        press(&d, .down)
        #expect(d.state.selection.row == row && d.state.selection.report == nil)
    }

    @Test func enterListsTheReportsAndTheDetailFlagsTheFiguresThatDisagree() throws {
        var d = grouped(width: 200, height: 60)
        // Oldest at the bottom: the record attack is the last row.
        press(&d, .end)
        #expect(d.store.id(at: try #require(d.selectedPosition)) == "af-0726")
        press(&d, .enter)
        let listed = d.render().lines.joined(separator: "\n")
        #expect(listed.contains("├ 08:05 Reuters · Record 188 drones launched by Russia"))
        #expect(listed.contains("└ 10:10 DW · Air force: Russia sent a record 188 drones"))
        press(&d, .enter)
        #expect(d.state.focus == .detail)
        let detail = d.render().lines.joined(separator: "\n")
        #expect(detail.contains("Story · 5 reports"))
        #expect(
            d.store.figureDisagreements(d.stories!.reports(of: 0)) == [
                "drones launched: 188 (Ukrainian Air Force, Reuters, DW), 190 (TASS)"
            ])
        #expect(detail.contains("Figures that disagree"))
        #expect(detail.contains("drones launched: 188 (Ukrainian"))
        #expect(detail.contains("title 0.43 like"))
        press(&d, .escape, .escape)
        #expect(d.state.selection.expandedStory == nil)
        #expect(matchesGolden(d.render(), "stories-200x60"))
    }

    @Test func regionCountsAndTrendsCountStories() {
        var d = grouped()
        #expect(d.regions.map(\.count).reduce(0, +) == 4)
        press(&d, .character("t"))
        let series = d.trendsState.series
        #expect(series?.values.first?.reduce(0, +) == 4)
    }

    @Test func aWideTimelineNamesTheSources() {
        let row = { (width: Int) in grouped(width: width, height: 40).render().lines.first { $0.contains("×5") } ?? "" }
        #expect(row(120).contains("Russia launched a … ×5  188"))
        #expect(row(160).contains("×5 Ukrainian A…"))
        #expect(row(240).contains("Russia launched a record 188 dron… ×5 Ukrainian Air Force, Reuters +3  188"))
    }

    @Test(arguments: [(60, 20), (80, 24), (200, 60)])
    func everySizeDrawsWithinItsWidth(_ size: (Int, Int)) {
        var d = grouped(width: size.0, height: size.1)
        press(&d, .end, .enter)
        let screen = d.render()
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == size.0 })
    }
}

/// Appends with grouping on: the shown stories are extended, or found again when an append joins
/// two stories shown before; either way they are the stories of the new snapshot.
@Suite("Stories and appends")
struct StoryAppendTests {
    @Test func appendedReportsJoinOrStartStoriesOnTheScreen() throws {
        let dir = NSTemporaryDirectory() + "/sitrep-story-append-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/feed.jsonl"
        let lines = try String(
            contentsOfFile: (#filePath as NSString).deletingLastPathComponent
                + "/../SitrepKitTests/Fixtures/record-attack.jsonl", encoding: .utf8
        )
        .split(separator: "\n").map { String($0) + "\n" }
        _ = FileManager.default.createFile(atPath: path, contents: Data(lines[0..<3].joined().utf8))
        var options = LoadOptions()
        options.holdUnfinishedLines = true
        options.stories = StoryRules()
        let library = EventLibrary(sources: [.file(path)], options: options)
        var d = Dashboard(store: library.loadAll(), width: 120, height: 40)
        press(&d, .character("r"))
        #expect(d.view.count == 1)
        func append(_ text: String) throws {
            let handle = try #require(FileHandle(forWritingAtPath: path))
            handle.seekToEndOfFile()
            handle.write(Data(text.utf8))
            try handle.close()
            let change = library.refresh([path])
            d.replaceStore(library.snapshot(), change: change)
            let whole = d.store.stories(StoryRules()).collapse(nil)
            #expect(Array(d.view.ascending) == whole)
        }
        // A fourth report of the record attack and two news of their own.
        try append(lines[3..<8].joined())
        #expect(d.view.count == 4)
        // Two reports that join nothing, then one that is like both: the stories shown join.
        try append(
            #"{"id": "x1", "time": "2024-11-27T08:00:00Z", "title": "Odesa port grain terminal hit by missile"}"# + "\n"
                + #"{"id": "x2", "time": "2024-11-27T09:00:00Z", "title": "Lviv rail depot fire after drone"}"# + "\n")
        #expect(d.view.count == 6)
        try append(
            #"{"id": "x3", "time": "2024-11-27T10:00:00Z", "title": "Odesa port grain terminal hit; Lviv rail depot fire after drone"}"#
                + "\n")
        #expect(d.view.count == 5)
        #expect(d.render().lines.joined().contains("5 stories of 11 events"))
    }
}
