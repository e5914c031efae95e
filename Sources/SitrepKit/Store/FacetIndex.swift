/// The facets events are counted and filtered by.
public enum Facet: String, Sendable, CaseIterable {
    case region, category, source, day
}

/// For each region, category and source: the positions of its events in timeline order, built once
/// per snapshot so that counting or narrowing to one region does not scan a million rows.
public struct FacetIndex: Sendable {
    /// Interned string number -> positions, one table per facet.
    var regions: [UInt32: [UInt32]] = [:]
    var categories: [UInt32: [UInt32]] = [:]
    var sources: [UInt32: [UInt32]] = [:]
    /// Positions of events with no region, no category, no source.
    var withoutRegion: [UInt32] = []
    var withoutCategory: [UInt32] = []
    var withoutSource: [UInt32] = []

    init(order: [RowRef], segments: [Segment]) {
        add(order[...], from: 0, segments: segments)
    }

    /// This index with the events at the end of a longer timeline added: what an append costs
    /// instead of indexing a million events again.
    func appending(_ refs: ArraySlice<RowRef>, from first: Int, segments: [Segment]) -> FacetIndex {
        var copy = self
        copy.add(refs, from: first, segments: segments)
        return copy
    }

    private mutating func add(_ refs: ArraySlice<RowRef>, from first: Int, segments: [Segment]) {
        for (offset, ref) in refs.enumerated() {
            let p = UInt32(first + offset)
            let segment = segments[Int(ref.segment)]
            let r = segment.rows[Int(ref.index)]
            let start = Int(r.lists)
            if r.regionCount == 0 { withoutRegion.append(p) }
            for k in start..<start + Int(r.regionCount) { regions[segment.lists[k], default: []].append(p) }
            let sourceStart = start + Int(r.regionCount)
            if r.sourceCount == 0 { withoutSource.append(p) }
            for k in sourceStart..<sourceStart + Int(r.sourceCount) { sources[segment.lists[k], default: []].append(p) }
            if r.category == 0 { withoutCategory.append(p) } else { categories[r.category, default: []].append(p) }
        }
    }
}
