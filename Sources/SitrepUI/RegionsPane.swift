import SitrepKit

extension Dashboard {
    /// One row per region for the events shown: name, count, a bar, and the last 14 days.
    mutating func drawRegions(_ buffer: inout Buffer, _ rect: Rect) {
        let order = state.regionsByName ? "by name" : "by count"
        drawFrame(&buffer, rect, title: "Regions \(regions.count) · \(order)", pane: .regions)
        let area = rect.inner
        guard area.height > 0, area.width > 0 else { return }
        guard !regions.isEmpty else {
            buffer.put(Buffer.fit("No regions.", area.width), x: area.x, y: area.y, role: .message)
            return
        }
        state.selectedRegionRow = min(max(0, state.selectedRegionRow), regions.count - 1)
        // No empty rows below the last region while rows above are hidden: after a filter leaves
        // fewer regions, the list starts again where it fits.
        state.regionsTop = max(0, min(state.regionsTop, regions.count - area.height))
        state.regionsTop = min(state.regionsTop, state.selectedRegionRow)
        if state.selectedRegionRow >= state.regionsTop + area.height { state.regionsTop = state.selectedRegionRow - area.height + 1 }
        let largest = max(1, regions.map(\.count).max() ?? 1)
        let countWidth = max(3, grouped(largest).count)
        let sparkWidth = area.width >= 32 ? RegionSummary.days : 0
        let nameWidth = min(24, max(8, area.width - countWidth - sparkWidth - 6))
        let barWidth = max(0, area.width - nameWidth - countWidth - sparkWidth - 3)
        let shortNames = nameWidth < 20
        for line in 0..<area.height {
            let row = state.regionsTop + line
            guard row < regions.count else { break }
            let r = regions[row]
            let y = area.y + line
            var x = area.x
            let name = Buffer.fit(shortNames ? Self.shortRegion(r.name) : r.name, nameWidth)
            buffer.put(name, x: x, y: y, maxWidth: nameWidth, role: r.name == state.regionFilter ? .countsSelected : .countsName)
            x += nameWidth + 1
            let count = grouped(r.count)
            buffer.put(String(repeating: " ", count: countWidth - count.count) + count, x: x, y: y, role: .countsNumber)
            x += countWidth + 1
            if barWidth > 0 {
                let filled = max(1, r.count * barWidth / largest)
                buffer.put(String(repeating: "█", count: filled), x: x, y: y, role: .countsBar)
                x += barWidth + 1
            }
            if sparkWidth > 0 { buffer.put(RegionSummary.sparkline(r.days), x: x, y: y, role: .sparkline) }
            if row == state.selectedRegionRow, state.focus == .regions {
                buffer.restyle(Rect(x: area.x, y: y, width: area.width, height: 1), role: .timelineSelected)
            }
        }
    }
}
