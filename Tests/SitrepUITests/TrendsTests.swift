import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

/// The trends pane (`t`), the regions pane's change and surge marks, and "as of" for archived files.
@Suite("Trends and surges")
struct TrendsTests {
    func trends(width: Int, height: Int) -> Dashboard {
        var d = dashboard(width: width, height: height)
        press(&d, .character("t"))
        return d
    }

    @Test(arguments: [(80, 24), (160, 45)])
    func goldenScreens(_ size: (Int, Int)) {
        var d = trends(width: size.0, height: size.1)
        let screen = d.render()
        #expect(matchesGolden(screen, "trends-\(size.0)x\(size.1)"))
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == size.0 })
        #expect(screen.lines.joined().contains("Trends · events per"))
        // The drones launched against shot down, per week beside each other.
        press(&d, .character("p"))
        #expect(matchesGolden(d.render(), "trends-\(size.0)x\(size.1)-drones"))
    }

    @Test func theBarsAreTheDaysCountsAndTheCursorReadsThemOut() throws {
        var d = trends(width: 160, height: 45)
        let series = try #require(d.trendsState.series)
        let table = demoStore.tabulate(by: [.period(.day)])
        #expect(series.period == .day)
        #expect(series.values[0] == table.rowTotals.map { Double($0.count) })
        #expect(d.render().lines.joined().contains("Sat 30 Nov 2024: \(table.rowTotals.last!.count) events"))
        press(&d, .tab)
        #expect(d.state.focus == .trends)
        press(&d, .left, .left)
        let day = table.rows[table.rows.count - 3]
        #expect(
            d.render().lines.joined().contains(
                "\(Weekday.label(day)): \(table.rowTotals[table.rows.count - 3].count) events"))
        // Enter narrows the filter to that day; Enter again takes it away.
        press(&d, .enter)
        #expect(d.state.query.filter == "since:\(day) until:\(day)")
        #expect(d.view.count == table.rowTotals[table.rows.count - 3].count)
        press(&d, .enter)
        #expect(d.state.query.filter == "" && d.view.count == demoStore.count)
    }

    @Test func plotChoicesAndTheKeysThatShowThem() {
        var d = trends(width: 120, height: 40)
        #expect(d.state.secondPane == .trends)
        #expect(d.state.layout.focusOrder == [.timeline, .trends, .detail])
        #expect(d.plotChoices.first == [] && d.plotChoices[1] == ["drones_launched", "drones_shot_down"])
        press(&d, .character("p"))
        #expect(d.trendsState.series?.names == ["drones launched", "drones shot down"])
        #expect(
            d.trendsState.series?.values[0].reduce(0, +) == 188 && d.trendsState.series?.values[1].reduce(0, +) == 76)
        press(&d, .character("t"))
        #expect(d.state.secondPane == .regions && d.render().lines.joined().contains("Regions"))
        let help = dashboard(width: 120, height: 45)
        var h = help
        press(&h, .character("?"))
        let text = h.render().lines.joined(separator: "\n")
        for words in ["trends (bars per day)", "plot the count", "the newest event", "by change"] {
            #expect(text.contains(words), "\(words) not in the help:\n\(text)")
        }
    }

    @Test func surgingRegionsAreMarkedAndSortedByChange() throws {
        // A fixed folder: its path is on the golden screen (the detail's "From").
        let dir = NSTemporaryDirectory() + "/sitrep-surge-golden"
        try? FileManager.default.removeItem(atPath: dir)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var lines: [String] = []
        func add(_ region: String, daysAgo: Int, _ n: Int) {
            for k in 0..<n {
                let t = 1_733_011_200 - Int64(daysAgo) * 86_400 + Int64(k) * 60
                let time = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(t)))
                lines.append(
                    #"{"id": "\#(region)-\#(daysAgo)-\#(k)", "time": "\#(time)", "title": "Shelling \#(k)", "regions": ["\#(region)"]}"#
                )
            }
        }
        for week in 1...4 { add("Sumy Oblast", daysAgo: week * 7 + 1, 2) }
        add("Sumy Oblast", daysAgo: 2, 12)
        for week in 1...4 { add("Kharkiv Oblast", daysAgo: week * 7 + 2, 8) }
        add("Kharkiv Oblast", daysAgo: 3, 6)
        let path = dir + "/surge.jsonl"
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        var d = dashboard(Loader.load([.file(path)]), width: 120, height: 30)
        d.setAsOf(.moment(1_733_011_200 + 3_600))
        #expect(d.regions.first { $0.name == "Sumy Oblast" }?.trend?.surging == true)
        #expect(d.regions.first { $0.name == "Kharkiv Oblast" }?.trend?.surging == false)
        let screen = d.render()
        #expect(matchesGolden(screen, "regions-surge-120x30"))
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("▲ +500%!") && text.contains("▼ −25%"))
        #expect(text.contains("as of 1 Dec 2024"))
        press(&d, .character("s"), .character("s"))
        #expect(d.state.regionsOrder == .change && d.regions.first?.name == "Sumy Oblast")
        // On the clock two years on, nothing is recent: no changes, no marks.
        press(&d, .character("a"))
        #expect(d.state.time.asOf == .clock || d.state.time.asOf == .newest)
    }

    /// With the focus on the regions, the detail is the selected region's totals over the shown events.
    @Test func theDetailTotalsTheSelectedRegion() {
        var d = dashboard(width: 160, height: 45)
        press(&d, .tab)
        let text = d.render().lines.joined(separator: "\n")
        let region = d.regions[d.selectedRegionRow]
        #expect(text.contains("Detail · region") && text.contains("Events shown  \(region.count)"))
        let minutes = d.regionPositionsShown(region.name).compactMap { p in
            d.store.figures(at: p).first { $0.name == "duration_min" }?.value
        }.reduce(0, +)
        #expect(text.contains(Figure.text((minutes * 100).rounded() / 100) + " min"))
        press(&d, .character("/"))
        type(&d, "cat:air")
        press(&d, .enter)
        #expect(
            d.regionPositionsShown(d.regions[d.selectedRegionRow].name).count
                == d.regions[d.selectedRegionRow].count)
    }
}
