import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

/// The map pane (`m`): shapes placed where the regions are, arrows going where a person expects,
/// shading that follows the shown events, and golden screens.
@Suite("Map")
struct MapTests {
    func map(width: Int, height: Int) -> Dashboard {
        var d = dashboard(width: width, height: height)
        press(&d, .character("m"))
        return d
    }

    func index(_ d: Dashboard, _ name: String) -> Int? {
        guard let code = d.store.gazetteer.region(named: name)?.code else { return nil }
        return d.mapState.raster?.shapes.firstIndex { $0.code == code }
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func everyRegionsCentroidIsInOneOfItsCells(_ size: (Int, Int)) throws {
        let d = map(width: size.0, height: size.1)
        let raster = try #require(d.mapState.raster)
        let ukraine = raster.shapes.indices.filter { raster.shapes[$0].isUkrainian }
        #expect(ukraine.count == 27)
        for i in ukraine {
            let code = raster.shapes[i].code
            let centre = try #require(raster.centres[i], "\(code) has no cell at \(size)")
            #expect(raster.region(atCell: centre.x, centre.y) == Int16(i), "\(code)'s centre at \(size)")
            // The gazetteer's centroid (geoBoundaries) lands in the region's own cell, or, for a
            // region with a city inside it, next to one.
            let region = try #require(d.store.gazetteer.regions.first { $0.code == code })
            let cell = try #require(
                raster.cell(of: MapPoint(lon: Float(region.longitude ?? 0), lat: Float(region.latitude ?? 0))))
            let around = (-1...1).flatMap { dx in (-1...1).map { dy in raster.region(atCell: cell.x + dx, cell.y + dy) }
            }
            #expect(
                raster.region(atCell: cell.x, cell.y) == Int16(i) || around.contains(Int16(i)),
                "\(code)'s centroid at \(size)")
        }
    }

    /// Where a person expects an arrow to go.
    @Test(arguments: [
        ("Poltava Oblast", Key.right, "Kharkiv Oblast"), ("Kharkiv Oblast", .left, "Poltava Oblast"),
        ("Mykolaiv Oblast", .down, "Odesa Oblast"), ("Kherson Oblast", .down, "Autonomous Republic of Crimea"),
        ("Volyn Oblast", .right, "Rivne Oblast"), ("Zhytomyr Oblast", .right, "Kyiv Oblast"),
        ("Autonomous Republic of Crimea", .up, "Kherson Oblast"), ("Chernihiv Oblast", .left, "Kyiv Oblast"),
    ])
    func arrowsGoToTheNeighbourThatWay(_ from: String, _ key: Key, _ to: String) throws {
        var d = map(width: 120, height: 40)
        press(&d, .tab)
        #expect(d.state.focus == .map)
        d.mapState.selected = index(d, from)
        press(&d, key)
        let raster = try #require(d.mapState.raster)
        let got = d.mapState.selected.map { raster.shapes[$0].code }
        #expect(
            got == d.store.gazetteer.region(named: to)?.code, "from \(from) \(key.label) went to \(got ?? "nowhere")")
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func goldenScreens(_ size: (Int, Int)) {
        let d = map(width: size.0, height: size.1)
        let screen = d.render()
        #expect(matchesGolden(screen, "map-\(size.0)x\(size.1)"))
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == size.0 })
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("Map · events") && text.contains("Dnipropetrovsk Oblast · "))
    }

    @Test func enterFiltersToTheSelectedRegionAndAClickSelects() throws {
        var d = map(width: 120, height: 40)
        press(&d, .tab)
        d.mapState.selected = index(d, "Sumy Oblast")
        press(&d, .enter)
        #expect(
            d.state.query.region == "Sumy Oblast" && d.view.count == demoStore.positions(region: "Sumy Oblast").count)
        press(&d, .enter)
        #expect(d.state.query.region == nil)
        // A click on Kharkiv's centre selects it.
        let raster = try #require(d.mapState.raster)
        let kharkiv = try #require(index(d, "Kharkiv Oblast"))
        let centre = try #require(raster.centres[kharkiv])
        let rect = try #require(d.state.layout.panes(focus: d.state.focus, detailOpen: false)[.map])
        press(&d, .mouseClick(x: rect.x + 1 + centre.x, y: rect.y + 2 + centre.y))
        #expect(d.mapState.selected == kharkiv)
    }

    @Test func theShadesFollowTheFilterAndAFigure() throws {
        var d = map(width: 120, height: 40)
        let kharkiv = try #require(d.store.gazetteer.region(named: "Kharkiv Oblast")?.code)
        #expect(d.mapState.values?.value(kharkiv) == 170)
        press(&d, .character("/"))
        type(&d, "cat:drone")
        press(&d, .enter)
        #expect(
            d.mapState.values?.value(kharkiv) == Double(d.regions.first { $0.name == "Kharkiv Oblast" }?.count ?? 0))
        // With a figure plotted, the map shades by its sum.
        press(&d, .character("x"), .character("p"), .character("p"))
        #expect(d.mapState.values?.what == "aid usd m" || d.mapState.values?.what.isEmpty == false)
    }

    @Test func stepsDifferByCharacterAndTheShapesAreSmall() {
        #expect(Set(MapChart.fills).count == MapValues.steps)
        let points = RegionShapes.builtIn.reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.count } }
        #expect(points * MemoryLayout<MapPoint>.stride < 2 << 20, "\(points) points")
        let mono = ThemeCatalog.builtIn.theme("mono").theme
        #expect(mono?.style(.mapStep1).usesColor == false)
    }
}
