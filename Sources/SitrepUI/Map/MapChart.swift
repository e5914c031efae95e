import SitrepKit

/// Draws the map pane: the selected region and its value on the top line, the regions filled by
/// step (a different character for each step, so the steps read without colour too, as in the
/// `mono` theme), borders in braille dots, labels where they fit, and the legend at the bottom.
struct MapChart {
    /// Lines of the pane that are not map: the top line and the legend.
    static let reserved = 2
    /// Step 1 to 5.
    static let fills: [Character] = ["·", "░", "▒", "▓", "█"]
    static let stepRoles: [Role] = [.mapStep1, .mapStep2, .mapStep3, .mapStep4, .mapStep5]

    let d: Dashboard
    let state: MapState
    /// What the frame says after "Map · " (the wall: "last 24 h").
    var scope: String?

    func draw(_ b: inout Buffer, _ rect: Rect) {
        let values = state.values
        d.drawFrame(&b, rect, title: "Map · \(scope ?? values?.what ?? "events")", pane: .map)
        let area = rect.inner
        guard area.height > Self.reserved, area.width > 10, let raster = state.raster, let values else {
            if area.height > 0, area.width > 0 {
                b.put(Buffer.fit("Too small for the map.", area.width), x: area.x, y: area.y, role: .message)
            }
            return
        }
        drawHeader(&b, raster, values, area)
        let top = area.y + 1
        for y in 0..<raster.height {
            for x in 0..<raster.width {
                let r = raster.cells[y * raster.width + x]
                let border = raster.borders[y * raster.width + x]
                let step = r >= 0 ? values.step(raster.shapes[Int(r)].code) : 0
                let role: Role =
                    r >= 0 && Int(r) == state.selected
                    ? .mapSelected : (step > 0 ? Self.stepRoles[step - 1] : .mapBorder)
                // A shaded region's cells are filled, borders and all: at a terminal's resolution
                // the fill reads better than dots; regions without events are drawn by their borders.
                if step > 0 {
                    b.put(String(Self.fills[step - 1]), x: area.x + x, y: top + y, role: role)
                } else if border != 0 {
                    b.put(String(UnicodeScalar(0x2800 + UInt32(border)) ?? " "), x: area.x + x, y: top + y, role: role)
                }
            }
        }
        if state.showDots {
            for p in state.eventDots {
                if let c = raster.cell(of: p) { b.put("•", x: area.x + c.x, y: top + c.y, role: .mapDot) }
            }
        }
        drawLabels(&b, raster, values, x: area.x, y: top)
        drawLegend(&b, values, x: area.x, y: area.y + area.height - 1, width: area.width)
    }

    /// `Kharkiv Oblast · 170 events`.
    private func drawHeader(_ b: inout Buffer, _ raster: MapRaster, _ values: MapValues, _ area: Rect) {
        guard let selected = state.selected else { return }
        let code = raster.shapes[selected].code
        let name = state.selectedName(d) ?? code
        let text = "\(name) · \(ShortNumber.text(values.value(code))) \(values.what)"
        b.put(Buffer.fit(text, area.width), x: area.x, y: area.y, role: .detailValue)
    }

    /// Each region's name where it fits inside the region at its centre, else a three-letter short
    /// form, else nothing; the selected region's in the selection's role.
    private func drawLabels(_ b: inout Buffer, _ raster: MapRaster, _ values: MapValues, x: Int, y: Int) {
        for (i, shape) in raster.shapes.enumerated() {
            guard let c = raster.centres[i], shape.isUkrainian || values.value(shape.code) > 0 || i == state.selected
            else { continue }
            let full = d.store.gazetteer.regions.first { $0.code == shape.code }?.name ?? shape.code
            let name = full == "Autonomous Republic of Crimea" ? "Crimea" : Dashboard.shortRegion(full)
            for label in [name, MapLabels.short(name)] {
                let start = c.x - label.count / 2
                let fits = (start..<start + label.count).allSatisfy { raster.region(atCell: $0, c.y) == Int16(i) }
                guard fits else { continue }
                b.put(label, x: x + start, y: y + c.y, role: i == state.selected ? .mapSelected : .mapLabel)
                break
            }
        }
    }

    /// `░ 1–45  ▒ 46–90  ...`, the steps' characters in their roles.
    private func drawLegend(_ b: inout Buffer, _ values: MapValues, x: Int, y: Int, width: Int) {
        guard values.largest > 0 else {
            b.put(Buffer.fit("no \(values.what) in the shown events", width), x: x, y: y, role: .message)
            return
        }
        let steps = (1...MapValues.steps).compactMap { step in values.range(step).map { (step, $0) } }
        // Every step the map uses is named: with two spaces between entries where they fit, then
        // one, then by the lowest value of each step alone.
        let lows = steps.map { (step, range) in (step, String(range.prefix { $0 != "–" })) }
        let choices = [(steps, 2), (steps, 1), (lows, 1)]
        let (entries, gap) =
            choices.first { list, gap in
                list.reduce(0) { $0 + 2 + DisplayWidth.of($1.1) + gap } - gap <= width
            } ?? (lows, 1)
        var cx = x
        for (step, text) in entries {
            guard cx + 2 + DisplayWidth.of(text) <= x + width else { break }
            b.put(String(Self.fills[step - 1]), x: cx, y: y, role: Self.stepRoles[step - 1])
            cx += 2 + b.put(text, x: cx + 2, y: y, role: .mapLabel) + gap
        }
    }
}

/// Three-letter names for regions too small on screen for their whole name.
enum MapLabels {
    static let table: [String: String] = [
        "Kharkiv": "Khk", "Kherson": "Khe", "Khmelnytskyi": "Khm", "Kyiv": "Kyi", "Kyiv City": "KyC",
        "Chernihiv": "Chg", "Cherkasy": "Chk", "Chernivtsi": "Chv", "Zaporizhzhia": "Zap", "Zhytomyr": "Zhy",
        "Zakarpattia": "Zak", "Ivano-Frankivsk": "IvF", "Sevastopol": "Sev", "Crimea": "Cri",
    ]

    static func short(_ name: String) -> String { table[name] ?? String(name.prefix(3)) }
}
