import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

/// Grouping on the screen: `r`, one row per story with its count and sources, Enter listing the
/// reports, the detail's account of who said what, and every count following the grouping.
@Suite("Stories on the screen")
struct StoryScreenTests {
    static let store = Loader.load([.file((#filePath as NSString).deletingLastPathComponent + "/../SitrepKitTests/Fixtures/record-attack.jsonl")])

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
        #expect(d.store.figureDisagreements(d.stories!.reports(of: 0)) == ["drones launched: 188 (Ukrainian Air Force, Reuters, DW), 190 (TASS)"])
        #expect(detail.contains("Figures that disagree"))
        #expect(detail.contains("drones launched: 188 (Ukrainian"))
        #expect(detail.contains("title 0.43 like"))
        press(&d, .escape, .escape)
        #expect(d.state.expandedStory == nil)
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
