import SitrepKit

extension Pane {
    public static let map = Pane(rawValue: "map")
}

/// Ukraine's regions and their neighbours, shaded by the shown events (or, when the trends pane
/// plots a figure, by that figure's sum). Arrows move the selection to the nearest region that way,
/// Enter narrows to it like the regions pane (again: all), a click selects, `d` puts a dot where an
/// event with coordinates is.
struct MapPart: PanePart {
    var pane: Pane { .map }

    var showKey: PaneKey? {
        PaneKey(keys: [.character("m")], name: "show", help: "the map in place of the regions, and back")
    }

    var keys: [PaneKey] {
        [
            PaneKey(keys: [.character("d")], name: "dots", help: "map: dots for events with coordinates"),
            PaneKey(
                keys: [.character("p")], name: "plot",
                help: "trends and map: plot the count, a figure, or two side by side"),
        ]
    }

    func settle(_ d: Dashboard, _ s: inout MapState, in rect: Rect) {
        let (w, h) = (rect.inner.width, max(0, rect.inner.height - MapChart.reserved))
        if s.raster?.width != w || s.raster?.height != h, w > 0, h > 0 {
            s.raster = MapRaster.cached(width: w, height: h)
        }
        let key = [d.viewGeneration, d.state.plot, s.showDots ? 1 : 0]
        if s.valuesKey != key {
            s.values = MapValues(d)
            s.valuesKey = key
            s.eventDots = s.showDots ? MapValues.eventPoints(d) : []
        }
        if s.selected == nil, let raster = s.raster {
            // Start where the most happened.
            s.selected = raster.shapes.indices.filter { raster.shapes[$0].isUkrainian }.max {
                (s.values?.value(raster.shapes[$0].code) ?? 0) < (s.values?.value(raster.shapes[$1].code) ?? 0)
            }
        }
    }

    func draw(_ d: Dashboard, _ s: MapState, into buffer: inout Buffer, _ rect: Rect) {
        MapChart(d: d, state: s).draw(&buffer, rect)
    }

    func handle(_ input: PaneInput, _ d: Dashboard, _ s: inout MapState, in rect: Rect) -> [PaneIntent] {
        switch input {
        case .move(let delta):
            if abs(delta) == 1 { step(&s, dx: 0, dy: delta) }
        case .moveAcross(let delta): step(&s, dx: delta, dy: 0)
        // Enter: only the selected region's events, as in the regions pane; again: all.
        case .open: return s.selectedName(d).map { [.toggleRegion($0)] } ?? []
        case .click(let x, let y):
            guard let raster = s.raster else { return [] }
            let r = raster.region(atCell: x - rect.inner.x, y - rect.inner.y - 1)
            if r >= 0 { s.selected = Int(r) }
        case .key("dots"):
            s.showDots.toggle()
            return [.notice(s.showDots ? "map: events with coordinates as dots" : "map: no dots")]
        case .key("plot"): return [.nextPlot]
        case .key: break
        }
        return []
    }

    /// To the region whose centre lies most nearly that way from the selected one's.
    func step(_ s: inout MapState, dx: Int, dy: Int) {
        guard let raster = s.raster, let from = s.selected, let start = raster.centres[from] else { return }
        let values = s.values
        var best: (index: Int, score: Int)?
        for (i, centre) in raster.centres.enumerated() where i != from {
            guard let c = centre, raster.shapes[i].isUkrainian || (values?.value(raster.shapes[i].code) ?? 0) > 0 else {
                continue
            }
            // Cells are twice as tall as wide: a row counts as two columns.
            let (vx, vy) = (c.x - start.x, (c.y - start.y) * 2)
            let along = vx * dx + vy * dy
            guard along > 0 else { continue }
            let across = abs(vx * dy - vy * dx)
            // Near and straight that way wins; a city (a region of a cell or two) only when it is
            // clearly the one meant, so that Kyiv Oblast is not skipped for Kyiv City.
            // A region that touches the selected one comes before one across a sea or beyond.
            let score =
                (along * along + 4 * across * across) * (raster.cellCounts[i] < 3 ? 4 : 1)
                * (raster.neighbours[from].contains(Int16(i)) ? 1 : 3)
            if best.map({ score < $0.score }) ?? true { best = (i, score) }
        }
        if let best { s.selected = best.index }
    }
}

/// The map pane's own view state.
struct MapState: PaneState {
    var raster: MapRaster?
    /// The selected region, as an index into the raster's shapes.
    var selected: Int?
    var values: MapValues?
    /// The view, plot and dots the values were worked out for.
    var valuesKey: [Int] = []
    var showDots = false
    /// Where shown events with coordinates are (`d`).
    var eventDots: [MapPoint] = []

    /// The gazetteer's name of the selected region: what filters and counts go by.
    func selectedName(_ d: Dashboard) -> String? {
        guard let raster, let selected else { return nil }
        return d.store.gazetteer.regions.first { $0.code == raster.shapes[selected].code }?.name
    }
}
