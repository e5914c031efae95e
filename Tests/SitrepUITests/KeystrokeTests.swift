import Testing
import SitrepKit
@testable import SitrepUI

@Suite("Keystrokes")
struct KeystrokeTests {
    @Test func scrollingPastEitherEndStops() {
        var d = dashboard(width: 120, height: 40)
        press(&d, .up, .up)
        #expect(d.state.selection.row == 0)
        press(&d, .end, .down, .down, .pageDown)
        #expect(d.state.selection.row == demoStore.count - 1)
        _ = d.render()
        #expect(d.timelineTop > 0)
        #expect(d.state.selection.id == demoStore.id(at: 0)) // newest first: the last row is the oldest event
        press(&d, .character("g"))
        #expect(d.state.selection.row == 0)
        _ = d.render()
        #expect(d.timelineTop == 0)
    }

    @Test func tabCyclesThroughTheVisiblePanes() {
        var d = dashboard(width: 120, height: 40)
        var seen: [Pane] = []
        for _ in 0..<3 {
            press(&d, .tab)
            seen.append(d.state.focus)
        }
        #expect(seen == [.regions, .detail, .timeline])
        press(&d, .backTab)
        #expect(d.state.focus == .detail)
    }

    @Test func enterOnARegionFiltersAndEscClears() {
        var d = dashboard(width: 120, height: 40)
        press(&d, .tab, .down, .enter)
        #expect(d.state.query.region == "Kharkiv Oblast")
        #expect(d.view.count == 170)
        #expect(d.view.positions.allSatisfy { demoStore.regions(at: $0).contains("Kharkiv Oblast") })
        #expect(d.regions.map(\.name) == ["Kharkiv Oblast"])
        press(&d, .enter)
        #expect(d.state.query.region == nil)
        #expect(d.view.count == demoStore.count)
        press(&d, .enter, .escape)
        #expect(d.state.query.region == nil)
    }

    @Test func flippingTheOrderKeepsTheSelectedEvent() {
        var d = dashboard(width: 120, height: 40)
        press(&d, .down, .down, .down)
        let id = d.state.selection.id
        press(&d, .character("o"))
        #expect(!d.state.newestFirst)
        #expect(d.state.selection.id == id)
        #expect(d.state.selection.row == demoStore.count - 4)
        #expect(d.state.selection.detail?.id == id)
        _ = d.render()
        #expect(d.timelineTop <= d.state.selection.row)
    }

    @Test func detailFollowsTheSelection() {
        var d = dashboard(width: 120, height: 40)
        let first = d.state.selection.detail?.title
        press(&d, .character("j"))
        #expect(d.state.selection.detail?.title != first)
        #expect(d.state.selection.detail?.id == d.state.selection.id)
    }

    @Test func narrowLayoutShowsOnePaneAndEnterOpensTheDetail() {
        var d = dashboard(width: 60, height: 20)
        #expect(
            d.state.layout.panes(focus: d.state.focus, detailOpen: false).keys.sorted { $0.rawValue < $1.rawValue } == [
                .timeline
            ])
        press(&d, .enter)
        #expect(d.state.mode == .detail && d.state.focus == .detail)
        #expect(d.render().lines[0].contains("Detail"))
        press(&d, .escape)
        #expect(d.state.mode == .normal && d.state.focus == .timeline)
        press(&d, .tab)
        #expect(d.state.focus == .regions)
        #expect(d.render().lines[0].contains("Regions"))
    }

    @Test func resizingToTinyAndBackKeepsThePlace() {
        var d = dashboard(width: 120, height: 40)
        press(&d, .down, .down, .tab)
        d.resize(width: 30, height: 8)
        #expect(d.render().lines[0].hasPrefix("sitrep needs"))
        d.resize(width: 120, height: 40)
        #expect(d.state.selection.row == 2 && d.state.focus == .regions)
        for (w, h) in [(1, 1), (500, 200), (41, 10), (79, 23), (0, 0)] {
            d.resize(width: w, height: h)
            let screen = d.render()
            #expect(screen.width == w && screen.height == h)
        }
    }

    @Test func theMouseSelectsAndScrolls() {
        var d = dashboard(width: 120, height: 40)
        _ = d.render()
        press(&d, .mouseClick(x: 10, y: 5))
        #expect(d.state.selection.row == 3)
        press(&d, .mouseWheelDown)
        #expect(d.state.selection.row == 4)
        press(&d, .mouseClick(x: 70, y: 3))
        #expect(d.state.focus == .regions && d.selectedRegionRow == 2)
    }

    @Test func helpClosesWithEscOrQuestionMarkAndQQuits() {
        var d = dashboard(width: 120, height: 40)
        press(&d, .character("?"))
        #expect(d.state.mode == .help)
        press(&d, .down)
        #expect(d.state.mode == .help && d.state.selection.row == 0)
        press(&d, .escape)
        #expect(d.state.mode == .normal)
        #expect(d.handle(.character("q")) == [.quit])
    }

    @Test func regionsSortByNameOrCount() {
        var d = dashboard(width: 120, height: 40)
        #expect(d.regions.first?.name == "Dnipropetrovsk Oblast")
        press(&d, .character("s"))
        #expect(d.regions.map(\.name) == d.regions.map(\.name).sorted())
    }
}
