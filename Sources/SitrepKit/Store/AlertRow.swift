/// What an air-raid alert's row says, as its title and derived id are made from it: a plain alert
/// (`StoreBuilder.addPlainAlert`) keeps neither, only the region, source, category, `duration_min`
/// figure and tags it keeps anyway. Its id is made again when asked: seventeen bytes of `~` and hex
/// per alert were 17 MB of the dashboard of a 1M-row alert log.
struct AlertParts {
    var region: String?
    var source: String?
    var category: String?
    var minutes: Double?
    var estimated: Bool
    var ongoing: Bool

    init(region: String?, source: String?, category: String?, minutes: Double?, estimated: Bool, ongoing: Bool) {
        (self.region, self.source, self.category) = (region, source, category)
        (self.minutes, self.estimated, self.ongoing) = (minutes, estimated, ongoing)
    }

    /// The parts of a row of a segment whose interned numbers are `strings`'.
    init(_ r: EventRow, in segment: Segment, strings: [String]) {
        let lists = segment.lists[Int(r.lists)...]
        let extras = segment.extras(of: r)
        let tags = lists.dropFirst(Int(r.regionCount) + Int(r.sourceCount) + extras.actorCount).prefix(extras.tagCount)
        func has(_ tag: String) -> Bool { tags.contains { strings[Int($0)] == tag } }
        let duration = segment.figures[extras.figures].first { strings[Int($0.name)] == AlertTitle.durationName }
        self.init(
            region: r.regionCount > 0 ? lists.first.map { strings[Int($0)] } : nil,
            source: r.sourceCount > 0 ? strings[Int(lists[Int(r.lists) + Int(r.regionCount)])] : nil,
            category: r.category == 0 ? nil : strings[Int(r.category)],
            minutes: duration?.value, estimated: has(AlertTitle.estimatedTag), ongoing: has(AlertTitle.ongoingTag))
    }

    var title: String {
        AlertTitle.text(region: region, area: nil, minutes: minutes, estimated: estimated, ongoing: ongoing)
    }

    /// The hash the general reader derives for the same record (`StoreBuilder.derivedHash`): time,
    /// precision, title, region, category, source. `scratch` holds the title's bytes meanwhile.
    func idHash(time: Int64, precision: UInt8, scratch: inout [UInt8]) -> UInt64 {
        scratch.removeAll(keepingCapacity: true)
        AlertTitle.write(
            region: region, area: nil, minutes: minutes, estimated: estimated, ongoing: ongoing, into: &scratch)
        var h = StableHash()
        h.add(time)
        h.add(Int64(precision))
        scratch.withUnsafeBufferPointer { h.add($0) }
        h.add(region ?? "")
        h.add(category ?? "")
        if let source { h.add(source) }
        return h.value
    }
}

extension EventRow {
    /// A plain alert's row: no id bytes, the derived id made from the row when asked.
    var hasComputedID: Bool { idLength == 0 && hasDerivedTitle && EventFlags(rawValue: flags).contains(.derivedID) }
}

extension Segment {
    /// The hash a row's derived id spells: made again for a plain alert, read from the arena's hex
    /// otherwise (nil for an id the file gave or a numbered repeat).
    func derivedIDHash(of r: EventRow, strings: [String], scratch: inout [UInt8]) -> UInt64? {
        guard EventFlags(rawValue: r.flags).contains(.derivedID) else { return nil }
        if r.hasComputedID {
            return AlertParts(r, in: self, strings: strings).idHash(
                time: r.time, precision: r.precision, scratch: &scratch)
        }
        return arena.withUnsafeBufferPointer {
            StableHash.value(ofID: UnsafeBufferPointer(rebasing: $0[r.text..<r.text + Int(r.idLength)]))
        }
    }

    /// Calls `body` with the id's UTF-8 bytes, wherever they are kept.
    func withID<T>(of r: EventRow, strings: [String], _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var id: [UInt8] = []
        guard r.hasComputedID, let hash = derivedIDHash(of: r, strings: strings, scratch: &id) else {
            return arena.withUnsafeBufferPointer {
                body(UnsafeBufferPointer(rebasing: $0[r.text..<r.text + Int(r.idLength)]))
            }
        }
        id.removeAll(keepingCapacity: true)
        StableHash.appendID(hash, to: &id)
        return id.withUnsafeBufferPointer(body)
    }

    func id(of r: EventRow, strings: [String]) -> String {
        withID(of: r, strings: strings) { String(decoding: $0, as: UTF8.self) }
    }
}
