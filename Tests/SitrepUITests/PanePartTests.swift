import Foundation
import SitrepKit
import SitrepTestSupport
@testable import SitrepUI
import Testing

/// A part drawn alone into a small screen of its own, with its state settled for that size: the
/// size of a widget test, with nothing of the rest of the dashboard on it.
func drawAlone<P: PanePart>(_ part: P, _ d: Dashboard, width: Int, height: Int) -> (Buffer, P.State) {
    var s = P.State()
    let rect = Rect(x: 0, y: 0, width: width, height: height)
    part.settle(d, &s, in: rect)
    var buffer = Buffer(width: width, height: height)
    part.draw(d, s, into: &buffer, rect)
    return (buffer, s)
}

@Suite("Each pane alone")
struct PanePartTests {
    /// The demo as of its newest event, nothing filtered, the timeline focused.
    static let demo = dashboard(width: 120, height: 40)

    @Test func theTimelineAlone() {
        let (buffer, state) = drawAlone(TimelinePart(), Self.demo, width: 60, height: 8)
        #expect(state.top == 0)
        #expect(matchesGolden(buffer, "part-timeline-60x8"))
    }

    @Test func theRegionsAlone() {
        #expect(matchesGolden(drawAlone(RegionsPart(), Self.demo, width: 44, height: 8).0, "part-regions-44x8"))
    }

    @Test func theDetailAlone() {
        #expect(matchesGolden(drawAlone(DetailPart(), Self.demo, width: 40, height: 12).0, "part-detail-40x12"))
    }

    @Test func theTrendsAlone() {
        #expect(matchesGolden(drawAlone(TrendsPart(), Self.demo, width: 48, height: 10).0, "part-trends-48x10"))
    }

    @Test func theMapAlone() {
        #expect(matchesGolden(drawAlone(MapPart(), Self.demo, width: 48, height: 18).0, "part-map-48x18"))
    }

    @Test func theSourcesAlone() {
        #expect(matchesGolden(drawAlone(SourcesPart(), Self.demo, width: 48, height: 10).0, "part-sources-48x10"))
    }

    /// Every part at every size from nothing to a little over a line: no crash, nothing outside
    /// its rectangle (the buffer is its rectangle, so a write outside would be cut or trap).
    @Test func everyPartAtTinySizes() {
        for part in Layout.everyPart {
            for width in 0..<14 {
                for height in 0..<5 {
                    var buffer = Buffer(width: width, height: height)
                    var d = Self.demo
                    d.settle(part, in: Rect(x: 0, y: 0, width: width, height: height))
                    d.draw(part, into: &buffer, Rect(x: 0, y: 0, width: width, height: height))
                    #expect(buffer.width == width && buffer.height == height, "\(part.pane.rawValue)")
                }
            }
        }
    }

    /// What a part asks for is returned, not done: each input gives the intent the dashboard
    /// then applies, and the part's own state is all it changed.
    @Test func partsReturnWhatTheyWant() {
        let d = Self.demo
        let rect = Rect(x: 0, y: 0, width: 44, height: 10)
        var regions = RegionsState()
        #expect(RegionsPart().handle(.open, d, &regions, in: rect) == [.toggleRegion(d.regions[0].name)])
        #expect(RegionsPart().handle(.move(2), d, &regions, in: rect) == [.pointAtRegion(d.regions[2].name)])
        var timeline = TimelineState()
        #expect(TimelinePart().handle(.move(3), d, &timeline, in: rect) == [.selectRow(3, report: nil)])
        #expect(TimelinePart().handle(.open, d, &timeline, in: rect) == [.showDetail])
        var map = MapState()
        MapPart().settle(d, &map, in: Rect(x: 0, y: 0, width: 48, height: 18))
        #expect(MapPart().handle(.key("dots"), d, &map, in: rect) == [.notice("map: events with coordinates as dots")])
        #expect(map.showDots)
        #expect(MapPart().handle(.key("plot"), d, &map, in: rect) == [.nextPlot])
        var detail = DetailState()
        #expect(DetailPart().handle(.move(5), d, &detail, in: rect).isEmpty && detail.scroll == 5)
    }

    /// The keys a pane declares are in the help, and a key a pane declares goes to that pane.
    @Test func declaredKeysAreInTheHelpAndReachTheirPane() {
        let d = Self.demo
        let listed = Set(d.helpEntries.map(\.keys))
        for part in Layout.everyPart {
            for key in [part.showKey].compactMap({ $0 }) + part.keys {
                #expect(listed.contains(key.keys.map(\.label).joined(separator: " ")), "\(part.pane.rawValue)")
            }
        }
        var shown = d
        press(&shown, .character("m"), .character("d"))
        #expect(shown.state.secondPane == .map && shown.state.panes[MapState.self].showDots)
        press(&shown, .character("F"))
        #expect(shown.state.secondPane == .sources)
        press(&shown, .character("F"))
        #expect(shown.state.secondPane == .regions)
    }
}
