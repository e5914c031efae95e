import Foundation
import SitrepKit
import SitrepUI

/// Times the map pane at 200x60 on the demo (`--map`): the first draw at a size (the regions are
/// rasterised then), the draws after it, and the memory the shapes take.
enum MapTimings {
    static func run() {
        let store = Loader.load(DemoEvents.sources)
        var d = Dashboard(store: store, width: 200, height: 60)
        print("")
        print("the map at 200x60 (median of 20 draws after the first):")
        var start = DispatchTime.now().uptimeNanoseconds
        d.handle(.character("m"))
        _ = d.render()
        let first = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        var times: [Double] = []
        for _ in 0..<20 {
            start = DispatchTime.now().uptimeNanoseconds
            _ = d.render()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        let points = RegionShapes.builtIn.reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.count } }
        print(String(format: "  first draw (shapes read, regions rasterised)   %8.1f ms", first))
        print(
            String(
                format: "  a draw after it                                %8.2f ms   (budget 5 ms)",
                Measure.median(times)))
        print(
            String(
                format: "  shapes: %d regions, %d points, %.2f MB   (budget 2 MB)", RegionShapes.builtIn.count, points,
                Double(points * MemoryLayout<MapPoint>.stride) / 1e6))
    }
}
