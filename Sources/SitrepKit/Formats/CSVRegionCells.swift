/// The names of a region cell made regions: a profile's own aliases first, then the gazetteer, then
/// the places below regions (`Kryvyi Rih` is in Dnipropetrovsk Oblast).
extension CSVEventReader {
    /// `place` is the first place a name turned out to be. A name that places in several regions
    /// share is warned about once per reading, with the candidates, and left as written (or left
    /// out, for a profile that keeps only known regions).
    func resolved(
        _ names: [String], in f: CSVRow, cell: CSVCellRef?, gazetteer: Gazetteer, memo: inout CSVReadMemo,
        place: inout Place?, log: inout DiagnosticLog
    ) -> [String] {
        names.compactMap { written in
            let name = profile.aliases[Gazetteer.writtenKey(written)] ?? written
            if isRegion(name, gazetteer) { return name }
            // A note in brackets says where in the region: `Kyiv oblast (south)`.
            let plain = profile.regionKnownOnly ? Gazetteer.withoutBrackets(name) : nil
            if let plain {
                let region = profile.aliases[Gazetteer.writtenKey(plain)] ?? plain
                if isRegion(region, gazetteer) { return region }
            }
            // The alert logs name their oblast, raion and hromada in columns of their own.
            let match = profile.special == .airRaidAlerts ? .none : gazetteer.places.match(plain ?? name)
            switch match {
            case .one(let found):
                place = place ?? found
                return found.region
            case .several(let candidates):
                // The row's other cells may name the region (an oblast column beside a town column).
                if let found = Self.told(candidates, by: f, gazetteer) {
                    place = place ?? found
                    return found.region
                }
                // Warned once, when the file is loaded: reading a record again for its detail says nothing.
                if !detail, memo.warnedPlaces.insert(name).inserted {
                    let list = candidates.prefix(8).map(\.described).joined(separator: "; ")
                    let more = candidates.count > 8 ? "; and \(candidates.count - 8) more" : ""
                    log.add(
                        .warning(
                            path, cell?.line ?? 0, cell?.column ?? 1,
                            "'\(name)' names places in several regions (\(list)\(more)); no region taken from it, here or in the file's other rows that name it"
                        ))
                }
            case .none: break
            }
            guard profile.regionKnownOnly else { return name }
            memo.dropped[name, default: 0] += 1
            return nil
        }
    }

    /// The one candidate whose region another cell of the row names, if exactly one is.
    static func told(_ candidates: [Place], by f: CSVRow, _ gazetteer: Gazetteer) -> Place? {
        let regions = Set(candidates.map(\.region))
        var named = Set<String>()
        for i in 0..<f.count where !f.isBlank(i) {
            let text = f.text(i)
            guard text.utf8.count <= 64, let region = gazetteer.region(named: text)?.name, regions.contains(region)
            else { continue }
            named.insert(region)
        }
        guard named.count == 1, let region = named.first else { return nil }
        return candidates.first { $0.region == region }
    }

    private func isRegion(_ name: String, _ gazetteer: Gazetteer) -> Bool {
        gazetteer.region(named: name) != nil || profile.aliases.values.contains(name)
    }

    /// The fields a place adds to its event's detail (`place:`, `raion:` in queries), unless the
    /// file has columns of those names. Found once per file, when the header is read.
    static func placeFieldNames(header: [String], profile: CSVProfile, columns: CSVColumns) -> [String] {
        guard !columns.regions.isEmpty, profile.special != .airRaidAlerts else { return [] }
        let taken = Set(header.map { $0.lowercased() })
        return ["place", "raion"].filter { !taken.contains($0) }
    }

    func placeFields(_ p: Place) -> [ExtraField] {
        let names = placeFieldNames
        var fields: [ExtraField] = []
        let own = p.kind == .hromada ? "\(p.latin) hromada" : p.latin
        if p.kind != .raion, names.contains("place") {
            fields.append(ExtraField(name: "place", json: JSONText.quoted(own)))
        }
        let raion = p.kind == .raion ? p.latin : p.raion
        if !raion.isEmpty, names.contains("raion") {
            fields.append(ExtraField(name: "raion", json: JSONText.quoted(raion)))
        }
        return fields
    }
}
