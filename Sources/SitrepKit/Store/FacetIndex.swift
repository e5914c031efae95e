/// The facets events are counted and filtered by.
public enum Facet: String, Sendable, CaseIterable {
    case region, category, source, day
}

/// For each region, category and source: the positions of its events in timeline order, built once
/// per snapshot so that counting or narrowing to one region does not scan a million rows.
public struct FacetIndex: Sendable {
    /// Interned string number -> positions, one table per facet.
    var regions: [UInt32: Postings] = [:]
    var categories: [UInt32: Postings] = [:]
    var sources: [UInt32: Postings] = [:]
    /// Positions of events with no region, no category, no source.
    var withoutRegion = Postings()
    var withoutCategory = Postings()
    var withoutSource = Postings()

    init(order: TimelineOrder, segments: [Segment]) {
        add(order, from: 0, segments: segments)
    }

    /// This index with the events at the end of a longer timeline added: what an append costs
    /// instead of indexing a million events again.
    func appending(_ refs: ArraySlice<RowRef>, from first: Int, segments: [Segment]) -> FacetIndex {
        var copy = self
        copy.add(refs, from: first, segments: segments)
        return copy
    }

    /// Positions are first gathered in arrays indexed by string number (numbers are dense) and a
    /// segment's arrays are taken once per run of its rows: a dictionary lookup per event and a copy
    /// of the segment's arrays per event were most of a snapshot's time.
    private mutating func add(_ refs: some Collection<RowRef>, from first: Int, segments: [Segment]) {
        var byRegion: [Postings] = [], bySource: [Postings] = [], byCategory: [Postings] = []
        func put(_ table: inout [Postings], _ id: UInt32, _ p: UInt32) {
            let i = Int(id)
            if i >= table.count { table.append(contentsOf: repeatElement(Postings(), count: i + 1 - table.count)) }
            table[i].append(p)
        }
        var current = -1
        var rows: [EventRow] = [], lists: [UInt32] = []
        var p = UInt32(first)
        for ref in refs {
            if Int(ref.segment) != current {
                current = Int(ref.segment)
                rows = segments[current].rows
                lists = segments[current].lists
            }
            let r = rows[Int(ref.index)]
            let start = Int(r.lists)
            if r.regionCount == 0 { withoutRegion.append(p) }
            for k in start..<start + Int(r.regionCount) { put(&byRegion, lists[k], p) }
            let sourceStart = start + Int(r.regionCount)
            if r.sourceCount == 0 { withoutSource.append(p) }
            for k in sourceStart..<sourceStart + Int(r.sourceCount) { put(&bySource, lists[k], p) }
            if r.category == 0 { withoutCategory.append(p) } else { put(&byCategory, r.category, p) }
            p += 1
        }
        for (table, gathered) in [
            (\FacetIndex.regions, byRegion), (\FacetIndex.sources, bySource), (\FacetIndex.categories, byCategory),
        ] {
            for (id, positions) in gathered.enumerated() where !positions.isEmpty {
                // A new key takes the gathered array itself (shared, not copied).
                if self[keyPath: table][UInt32(id)] == nil {
                    self[keyPath: table][UInt32(id)] = positions
                } else {
                    self[keyPath: table][UInt32(id)]?.append(contentsOf: positions)
                }
            }
        }
    }
}
