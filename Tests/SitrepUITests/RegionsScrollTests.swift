import Foundation
import SitrepKit
@testable import SitrepUI
import Testing

@Suite("Regions pane scrolling")
struct RegionsScrollTests {
    /// 200 regions, as in a file of Russian and Belarusian places: scrolled to the end, then a filter
    /// that leaves three regions must show all three, not the last one alone.
    @Test func aNarrowerFilterShowsEveryRemainingRegion() throws {
        let dir = NSTemporaryDirectory() + "/sitrep-ui-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var lines = (0..<196).map {
            #"{"id": "p\#($0)", "time": "2024-11-26T08:00Z", "regions": ["Place \#($0)"], "title": "Event \#($0)"}"#
        }
        for (i, region) in [
            "Vitebsk Region", "Vitebsk Region", "Volgograd Oblast", "Voronezh Oblast", "Kharkiv Oblast",
        ].enumerated() {
            lines.append(
                #"{"id": "b\#(i)", "time": "2024-11-27T08:00Z", "regions": ["\#(region)"], "title": "Near the border \#(i)", "tags": ["belarus"]}"#
            )
        }
        let path = dir + "/many.jsonl"
        _ = FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
        var d = dashboard(Loader.load([.file(path)]), width: 120, height: 30)
        press(&d, .tab)
        // Down to Volgograd Oblast, far below the first screen: the list scrolls with the selection.
        while d.regions[d.selectedRegionRow].name != "Volgograd Oblast" { press(&d, .down); _ = d.render() }
        #expect(d.render().lines.joined().contains("Regions 200"))
        #expect(d.regionsTop > 100)
        // A saved view or the command line sets the whole filter at once.
        d.setFilter("tag:belarus -region:kharkiv", history: [])
        #expect(d.regions[d.selectedRegionRow].name == "Volgograd Oblast")
        let screen = d.render().lines.joined(separator: "\n")
        #expect(screen.contains("Regions 3"))
        // Volgograd Oblast stays selected, second of three; the pane starts at the first.
        // A region row starts right after the pane's border ("│Vitebsk Region  2 ██"); timeline rows start with a time.
        for name in ["Vitebsk", "Volgograd", "Voronezh"] {
            #expect(screen.contains("│" + name), "\(name) not in the regions pane:\n\(screen)")
        }
        #expect(d.regionsTop == 0)
    }
}
