import Foundation
import SitrepKit

/// The map drawn for one pane size: which region each dot belongs to, dots being braille's grid of
/// 2 by 4 per cell, which on a terminal cell twice as tall as wide are square. Longitude is scaled by
/// the cosine of the mean latitude (equirectangular), which keeps Ukraine's shape. Made once per
/// size and kept: drawing afterwards only reads it.
struct MapRaster: Sendable {
    /// The area shown: Ukraine and a margin of its neighbours.
    static let west: Float = 21.6, east: Float = 41.4, south: Float = 43.9, north: Float = 53.0
    static let cosine = Float(0.6652) // cos(48.45°), the mean latitude of the area

    let width: Int, height: Int
    let dotsWide: Int, dotsHigh: Int
    let shapes: [RegionShape]
    /// Region index per dot (row by row), -1 where no region is.
    let dots: [Int16]
    /// Region index per cell: the region most of its dots belong to, -1 for none.
    let cells: [Int16]
    /// Per region: the cell its label and the arrow keys go by, where it has one.
    let centres: [(x: Int, y: Int)?]
    /// Per cell: the braille dots of region borders in it (0 inside a region or at sea).
    let borders: [UInt8]
    /// Per region: how many cells it has.
    let cellCounts: [Int]
    /// Per region: the regions whose dots touch its dots (its neighbours on this map).
    let neighbours: [Set<Int16>]
    /// Dots per degree, and where the area's north-west corner is, in dots.
    let scale: Float, left: Float, top: Float

    init(shapes: [RegionShape], width: Int, height: Int) {
        self.shapes = shapes
        // A pane with no room still gets a raster of one cell, so nothing below divides by zero
        // or indexes an empty grid.
        let (width, height) = (max(1, width), max(1, height))
        (self.width, self.height) = (width, height)
        (dotsWide, dotsHigh) = (width * 2, height * 4)
        let spanX = (Self.east - Self.west) * Self.cosine, spanY = Self.north - Self.south
        scale = min(Float(dotsWide) / spanX, Float(dotsHigh) / spanY)
        left = (Float(dotsWide) - spanX * scale) / 2
        top = (Float(dotsHigh) - spanY * scale) / 2
        var dots = [Int16](repeating: -1, count: dotsWide * dotsHigh)
        for (index, shape) in shapes.enumerated() {
            Self.fill(shape, Int16(index), into: &dots, dotsWide, dotsHigh, scale, left, top)
        }
        self.dots = dots
        (cells, centres) = Self.cells(dots, shapes.count, width, height)
        borders = Self.borders(dots, width, height)
        var counts = [Int](repeating: 0, count: shapes.count)
        for r in cells where r >= 0 { counts[Int(r)] += 1 }
        cellCounts = counts
        var touching = [Set<Int16>](repeating: [], count: shapes.count)
        for y in 0..<dotsHigh {
            for x in 0..<dotsWide {
                let r = dots[y * dotsWide + x]
                guard r >= 0 else { continue }
                let right: Int16 = x + 1 < dotsWide ? dots[y * dotsWide + x + 1] : -1
                let below: Int16 = y + 1 < dotsHigh ? dots[(y + 1) * dotsWide + x] : -1
                for other in [right, below] where other >= 0 && other != r {
                    touching[Int(r)].insert(other)
                    touching[Int(other)].insert(r)
                }
            }
        }
        neighbours = touching
    }

    /// Braille's bit for each dot of a cell, column by column.
    static let brailleBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    /// A dot is on a border when it belongs to a region and a dot beside it (left, right, above,
    /// below) belongs to another region or to none.
    private static func borders(_ dots: [Int16], _ w: Int, _ h: Int) -> [UInt8] {
        let (dw, dh) = (w * 2, h * 4)
        func at(_ x: Int, _ y: Int) -> Int16 { x >= 0 && x < dw && y >= 0 && y < dh ? dots[y * dw + x] : -1 }
        var out = [UInt8](repeating: 0, count: w * h)
        for y in 0..<dh {
            for x in 0..<dw {
                let r = dots[y * dw + x]
                guard r >= 0, at(x - 1, y) != r || at(x + 1, y) != r || at(x, y - 1) != r || at(x, y + 1) != r else {
                    continue
                }
                out[(y / 4) * w + x / 2] |= brailleBits[x % 2][y % 4]
            }
        }
        return out
    }

    /// The dot a point falls on (may be outside the grid).
    func dot(_ p: MapPoint) -> (x: Float, y: Float) {
        (left + (p.lon - Self.west) * Self.cosine * scale, top + (Self.north - p.lat) * scale)
    }

    /// The cell a point falls in, if it is on the map.
    func cell(of p: MapPoint) -> (x: Int, y: Int)? {
        let d = dot(p)
        let x = Int((d.x / 2).rounded(.down)), y = Int((d.y / 4).rounded(.down))
        return x >= 0 && x < width && y >= 0 && y < height ? (x, y) : nil
    }

    func region(atCell x: Int, _ y: Int) -> Int16 {
        x >= 0 && x < width && y >= 0 && y < height ? cells[y * width + x] : -1
    }

    func region(atDot x: Int, _ y: Int) -> Int16 {
        x >= 0 && x < dotsWide && y >= 0 && y < dotsHigh ? dots[y * dotsWide + x] : -1
    }

    /// Fills a region's dots row by row: where a row of dot centres crosses the region's rings, the
    /// stretches between the first and second crossing, third and fourth, ... are inside (even-odd).
    private static func fill(
        _ shape: RegionShape, _ index: Int16, into dots: inout [Int16], _ w: Int, _ h: Int, _ scale: Float,
        _ left: Float, _ top: Float
    ) {
        let project = { (p: MapPoint) in (left + (p.lon - west) * cosine * scale, top + (north - p.lat) * scale) }
        let rings = shape.rings.filter { !$0.isEmpty }.map { $0.map(project) }
        let ys = rings.joined().map(\.1)
        guard let low = ys.min(), let high = ys.max(), low.isFinite, high.isFinite else { return }
        // A region wholly above or below the grid (a neighbour beyond the area shown, on a pane
        // wider than it is tall) has no rows here at all.
        let first = max(0, Int(max(-1, low).rounded(.down))), last = min(h - 1, Int(min(Float(h), high).rounded(.up)))
        guard first <= last else { return }
        var crossings: [Float] = []
        for row in first...last {
            let y = Float(row) + 0.5
            crossings.removeAll(keepingCapacity: true)
            for ring in rings {
                var (px, py) = ring[ring.count - 1]
                for (x, yy) in ring {
                    if (py <= y) != (yy <= y) { crossings.append(px + (y - py) / (yy - py) * (x - px)) }
                    (px, py) = (x, yy)
                }
            }
            crossings.sort()
            var k = 0
            while k + 1 < crossings.count {
                let from = max(0, Int((crossings[k] - 0.5).rounded(.up))),
                    to = min(w - 1, Int((crossings[k + 1] - 0.5).rounded(.down)))
                if from <= to { for col in from...to { dots[row * w + col] = index } }
                k += 2
            }
        }
    }

    /// Each cell goes to the region holding most of its 8 dots (3 at least); a region too small to
    /// win a cell (a city) takes the cell nearest its dots' centre, so that every region is on the map.
    private static func cells(_ dots: [Int16], _ regions: Int, _ w: Int, _ h: Int) -> ([Int16], [(x: Int, y: Int)?]) {
        var cells = [Int16](repeating: -1, count: w * h)
        var sums = [(x: Double, y: Double, n: Int)](repeating: (0, 0, 0), count: regions)
        var tally = [Int](repeating: 0, count: regions)
        for cy in 0..<h {
            for cx in 0..<w {
                var seen: [Int16] = []
                for dy in 0..<4 {
                    for dx in 0..<2 {
                        let r = dots[(cy * 4 + dy) * (w * 2) + cx * 2 + dx]
                        guard r >= 0 else { continue }
                        if tally[Int(r)] == 0 { seen.append(r) }
                        tally[Int(r)] += 1
                        sums[Int(r)].x += Double(cx * 2 + dx); sums[Int(r)].y += Double(cy * 4 + dy);
                        sums[Int(r)].n += 1
                    }
                }
                if let best = seen.max(by: { tally[Int($0)] < tally[Int($1)] }), tally[Int(best)] >= 3 {
                    cells[cy * w + cx] = best
                }
                for r in seen { tally[Int(r)] = 0 }
            }
        }
        var centres: [(x: Int, y: Int)?] = Array(repeating: nil, count: regions)
        for r in 0..<regions where sums[r].n > 0 {
            let mx = Int(sums[r].x / Double(sums[r].n) / 2), my = Int(sums[r].y / Double(sums[r].n) / 4)
            let (cx, cy) = (min(w - 1, max(0, mx)), min(h - 1, max(0, my)))
            if cells[cy * w + cx] == Int16(r) { centres[r] = (cx, cy); continue }
            // The region's own cell nearest its centre, or that cell given to it.
            var best: (x: Int, y: Int, d: Int)?
            for y in 0..<h {
                for x in 0..<w where cells[y * w + x] == Int16(r) {
                    let d = (x - cx) * (x - cx) + 4 * (y - cy) * (y - cy)
                    if best.map({ d < $0.d }) ?? true { best = (x, y, d) }
                }
            }
            if let best { centres[r] = (best.x, best.y) } else { cells[cy * w + cx] = Int16(r); centres[r] = (cx, cy) }
        }
        return (cells, centres)
    }
}

extension MapRaster {
    /// Rasters made for the sizes asked for last, shared by every caller: the wall, which draws from
    /// its state without a pane of its own, finds the raster of its size here instead of making it
    /// again every minute.
    private static let recent = RecentRasters()

    static func cached(width: Int, height: Int) -> MapRaster {
        if let found = recent.find(width, height) { return found }
        let made = MapRaster(shapes: RegionShapes.builtIn, width: width, height: height)
        recent.keep(width, height, made)
        return made
    }
}

/// The last four rasters made, behind a pthread lock: ThreadSanitizer follows it, where it saw the
/// futex inside a `Synchronization.Mutex` static as no order at all between two panes settling on
/// two threads.
private final class RecentRasters: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [(width: Int, height: Int, raster: MapRaster)] = []

    func find(_ width: Int, _ height: Int) -> MapRaster? {
        lock.withLock { list.first { $0.width == width && $0.height == height }?.raster }
    }

    func keep(_ width: Int, _ height: Int, _ raster: MapRaster) {
        lock.withLock {
            list.insert((width, height, raster), at: 0)
            if list.count > 4 { list.removeLast() }
        }
    }
}

extension Dashboard {
    /// The wall's map: the regions shaded by their events of the last 24 hours.
    func drawWallMap(_ b: inout Buffer, _ figures: WallFigures, _ rect: Rect) {
        var state = MapState()
        state.raster = MapRaster.cached(width: rect.inner.width, height: max(1, rect.inner.height - MapChart.reserved))
        state.values = MapValues(rows: figures.regions, gazetteer: store.gazetteer)
        MapChart(d: self, state: state, scope: "last 24 h").draw(&b, rect)
    }
}
