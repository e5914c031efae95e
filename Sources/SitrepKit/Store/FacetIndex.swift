/// The facets events are counted and filtered by.
public enum Facet: String, Sendable, CaseIterable {
    case region, category, source, day
}

/// For each region, category and source: the positions of its events in timeline order, built once
/// per snapshot so that counting or narrowing to one region does not scan a million rows.
public struct FacetIndex: Sendable {
    /// Interned string number -> positions, one table per facet.
    let regions: [UInt32: [UInt32]]
    let categories: [UInt32: [UInt32]]
    let sources: [UInt32: [UInt32]]
    /// Positions of events with no region, no category, no source.
    let withoutRegion: [UInt32]
    let withoutCategory: [UInt32]
    let withoutSource: [UInt32]

    init(order: [RowRef], segments: [Segment]) {
        var regions: [UInt32: [UInt32]] = [:]
        var categories: [UInt32: [UInt32]] = [:]
        var sources: [UInt32: [UInt32]] = [:]
        var noRegion: [UInt32] = [], noCategory: [UInt32] = [], noSource: [UInt32] = []
        for (position, ref) in order.enumerated() {
            let p = UInt32(position)
            let segment = segments[Int(ref.segment)]
            let r = segment.rows[Int(ref.index)]
            let start = Int(r.lists)
            let lists = segment.lists
            if r.regionCount == 0 { noRegion.append(p) }
            for k in start..<start + Int(r.regionCount) { regions[lists[k], default: []].append(p) }
            let sourceStart = start + Int(r.regionCount)
            if r.sourceCount == 0 { noSource.append(p) }
            for k in sourceStart..<sourceStart + Int(r.sourceCount) { sources[lists[k], default: []].append(p) }
            if r.category == 0 { noCategory.append(p) } else { categories[r.category, default: []].append(p) }
        }
        self.regions = regions
        self.categories = categories
        self.sources = sources
        withoutRegion = noRegion
        withoutCategory = noCategory
        withoutSource = noSource
    }
}
