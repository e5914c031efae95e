/// The store as it was at a moment: `--as-of` a time, and a replay at its position, show only the
/// events up to that moment, and every figure (counts, changes, surges, the wall, stories) is
/// worked out from those alone, as if the files had been cut there.
extension EventStore {
    /// The events at or before `moment` (seconds since 1970). The timeline is in time order, so
    /// they are its first positions: the cut keeps the rows, strings and files it shares with this
    /// store and only shortens the order and the index. `previous`, a cut of this store (or of one
    /// this store continues) at an earlier moment, is continued: its stories are extended, and a
    /// view of it is extended by the events between the two moments, as a live append is.
    public func upTo(_ moment: Int64, continuing previous: EventStore? = nil) -> EventStore {
        let kept = laterStart(after: moment)
        if kept == count, previous == nil { return self }
        let before = previous.flatMap { $0.count <= kept ? $0 : nil }
        return EventStore(
            files: files, order: order.cut(to: kept), strings: strings, segments: segments, gazetteer: gazetteer,
            index: index.prefix(UInt32(kept)), continues: before.map { (ObjectIdentifier($0), $0.count) },
            storiesBefore: before?.storyCache.peek, titleFiles: titleFiles)
    }

    /// Which of these ids are events of this store: one pass over the store's id hashes, each
    /// hash that matches checked against the id itself.
    public func held(_ ids: [String]) -> [String] {
        guard !ids.isEmpty else { return [] }
        var wanted: [UInt64: [String]] = [:]
        for id in ids { wanted[Self.idHash(id), default: []].append(id) }
        var found: [String] = []
        for i in 0..<count {
            guard let same = wanted[idHash(at: i)] else { continue }
            let id = self.id(at: i)
            if same.contains(id) { found.append(id) }
        }
        return found
    }

    static func idHash(_ id: String) -> UInt64 {
        var bytes = Array(id.utf8)
        return bytes.withUnsafeMutableBufferPointer { idHash(UnsafeBufferPointer($0)) }
    }

    /// The first position after `moment`: how many events there were at that moment.
    public func laterStart(after moment: Int64) -> Int {
        Self.firstIndex(in: count) { self.time(at: $0).seconds > moment }
    }
}

extension FacetIndex {
    /// The index of a timeline's first `count` positions.
    func prefix(_ count: UInt32) -> FacetIndex {
        var cut = self
        func shorten(_ table: [UInt32: Postings]) -> [UInt32: Postings] {
            var out: [UInt32: Postings] = [:]
            for (key, positions) in table {
                let kept = positions.prefix(below: count)
                if !kept.isEmpty { out[key] = kept }
            }
            return out
        }
        cut.regions = shorten(regions)
        cut.categories = shorten(categories)
        cut.sources = shorten(sources)
        cut.withoutRegion = withoutRegion.prefix(below: count)
        cut.withoutCategory = withoutCategory.prefix(below: count)
        cut.withoutSource = withoutSource.prefix(below: count)
        return cut
    }
}
