import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

/// Every pane and mode at sizes in a grid from 1x1 to 250x70 and at every layout breakpoint, through
/// the real runtime: nothing traps, and each pane drawn alone leaves every cell outside its
/// rectangle as it was. The map once trapped at 90x30 and at walls of 200x30.
@Suite("Every size")
struct SizeSweepTests {
    /// Widths and heights: the small ones, each breakpoint and its neighbours, and the sizes where
    /// the map and the wall trapped.
    /// Under the sanitizers (`SITREP_SWEEP=coarse`, set by `.ci/run`), which run every test many
    /// times slower, a coarser grid that still crosses each breakpoint; the plain run takes them all.
    static let coarse = ProcessInfo.processInfo.environment["SITREP_SWEEP"] == "coarse"
    static let widths =
        coarse
        ? [1, 39, 40, 79, 80, 90, 119, 120, 171, 200, 250]
        : [
            1, 2, 3, 5, 8, 13, 20, 31, 39, 40, 41, 44, 48, 60, 72, 79, 80, 81, 90, 100, 110, 119, 120, 121, 130, 140,
            160, 169, 170, 171, 173, 180, 190, 200, 202, 220, 250,
        ]
    static let heights =
        coarse
        ? [1, 9, 10, 24, 30, 45, 70]
        : [1, 2, 3, 4, 6, 9, 10, 11, 12, 14, 16, 20, 24, 29, 30, 31, 32, 35, 38, 40, 44, 45, 46, 50, 70]

    /// A mode is the keys that reach it from the demo's first screen.
    static let modes: [(name: String, keys: [Key])] = [
        ("timeline", []), ("regions", [.tab]), ("detail", [.enter]), ("trends", [.character("t")]),
        ("trends plotting a figure", [.character("t"), .character("p")]), ("map", [.character("m")]),
        ("map focused", [.character("m"), .tab, .right, .down]), ("help", [.character("?")]),
        ("filter prompt", [.character("/"), .character("k")]), ("search prompt", [.control("f"), .character("d")]),
        ("stories opened", [.character("r"), .enter]), ("same-as menu", [.character("f")]),
        ("last row", [.character("G")]),
    ]

    @Test(arguments: modes.indices)
    func everyModeAtEverySize(_ mode: Int) {
        var d = dashboard(width: 120, height: 40)
        run(&d, Self.modes[mode].keys.map(Message.key))
        for width in Self.widths {
            for height in Self.heights {
                run(&d, [.resize(width: width, height: height)])
                check(d, "\(Self.modes[mode].name) at \(width)x\(height)")
            }
        }
    }

    @Test func theWallAtEverySize() {
        var d = dashboard(width: 120, height: 40)
        d.setNow(1_733_009_400, clock: "23:30 UTC")
        d.enterWall(WallSettings(clocks: [("UTC", .utc), ("Kyiv", DisplayZone("Europe/Kyiv")!)], shiftEvery: 600))
        for width in Self.widths {
            for height in Self.heights {
                run(&d, [.resize(width: width, height: height)])
                let screen = d.render()
                #expect(screen.width == width && screen.height == height, "wall at \(width)x\(height)")
            }
        }
    }

    /// The map's raster alone at every width and height a pane can have, up to 250x70.
    @Test func theMapRasterAtEveryPaneSize() {
        let step = Self.coarse ? 17 : 3
        for width in stride(from: 1, through: 250, by: step) {
            for height in stride(from: 1, through: 70, by: step) {
                let raster = MapRaster(shapes: RegionShapes.builtIn, width: width, height: height)
                #expect(raster.cells.count == raster.width * raster.height)
            }
        }
    }

    /// The screen is its size, and each pane drawn on its own into an empty screen writes only
    /// inside its rectangle.
    func check(_ d: Dashboard, _ what: String) {
        let screen = d.render()
        #expect(screen.width == d.state.width && screen.height == d.state.height, "\(what): screen size")
        for (part, rect) in d.shownParts {
            var alone = Buffer(width: d.state.width, height: d.state.height)
            d.draw(part, into: &alone, rect)
            var outside = 0
            for y in 0..<alone.height {
                for x in 0..<alone.width
                where !(x >= rect.x && x < rect.x + rect.width && y >= rect.y && y < rect.y + rect.height) {
                    if alone[x, y] != .blank { outside += 1 }
                }
            }
            #expect(outside == 0, "\(what): \(part.pane.rawValue) drew \(outside) cells outside its rectangle")
        }
    }
}
