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

    func settle(_ d: inout Dashboard, in rect: Rect) {
        var s = d.mapState
        let (w, h) = (rect.inner.width, max(0, rect.inner.height - MapChart.reserved))
        if s.raster?.width != w || s.raster?.height != h, w > 0, h > 0 {
            s.raster = MapRaster.cached(width: w, height: h)
        }
        let key = [d.viewGeneration, d.trendsState.plot, s.showDots ? 1 : 0]
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
        d.mapState = s
    }

    func draw(_ d: Dashboard, into buffer: inout Buffer, _ rect: Rect) {
        MapChart(d: d, state: d.mapState).draw(&buffer, rect)
    }

    func move(_ d: inout Dashboard, by delta: Int) {
        guard abs(delta) == 1 else { return }
        step(&d, dx: 0, dy: delta)
    }

    func moveAcross(_ d: inout Dashboard, by delta: Int) { step(&d, dx: delta, dy: 0) }

    /// To the region whose centre lies most nearly that way from the selected one's.
    func step(_ d: inout Dashboard, dx: Int, dy: Int) {
        guard let raster = d.mapState.raster, let from = d.mapState.selected, let start = raster.centres[from] else {
            return
        }
        let values = d.mapState.values
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
        if let best { d.mapState.selected = best.index }
    }

    /// Enter: only the selected region's events, as in the regions pane; again: all.
    func open(_ d: inout Dashboard) {
        guard let name = d.mapState.selectedName(d) else { return }
        d.state.regionFilter = d.state.regionFilter == name ? nil : name
        d.rebuildView()
    }

    func click(_ d: inout Dashboard, x: Int, y: Int, in rect: Rect) {
        guard let raster = d.mapState.raster else { return }
        let r = raster.region(atCell: x - rect.inner.x, y - rect.inner.y - 1)
        if r >= 0 { d.mapState.selected = Int(r) }
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

extension Dashboard {
    var mapState: MapState {
        get { state.paneStates[.map] as? MapState ?? MapState() }
        set { state.paneStates[.map] = newValue }
    }

    /// `d`: dots for the shown events that have coordinates, on the map.
    mutating func toggleMapDots() {
        guard state.secondPane == .map else { return }
        mapState.showDots.toggle()
        state.notice = mapState.showDots ? "map: events with coordinates as dots" : "map: no dots"
    }
}
