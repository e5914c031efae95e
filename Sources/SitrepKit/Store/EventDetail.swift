extension EventStore {
    /// The event at a position in full: the parts the store keeps, and the body, url, location,
    /// coordinates and extra fields read again from its file. When the file has changed since it was
    /// loaded, the parts in memory are returned alone and `stale` says so.
    public func event(at i: Int) -> (event: Event, stale: Bool) {
        event(at: i, reader: DetailReader(store: self))
    }

    func event(at i: Int, reader files: DetailReader) -> (event: Event, stale: Bool) {
        var event = Event(id: id(at: i), time: time(at: i), title: title(at: i), origin: origin(at: i))
        event.regions = regions(at: i)
        event.category = category(at: i)
        event.subcategory = subcategory(at: i)
        event.sources = sources(at: i)
        event.actors = actors(at: i)
        event.tags = tags(at: i)
        event.figures = figures(at: i)
        let needsFile: EventFlags = [.body, .url, .location, .coordinates, .extra]
        guard !flags(at: i).isDisjoint(with: needsFile) else { return (event, false) }
        guard let full = reread(i, files), full.title == event.title, full.time == event.time, sameID(full, as: i)
        else { return (event, true) }
        event.body = full.body
        event.url = full.url
        event.location = full.location
        event.latitude = full.latitude
        event.longitude = full.longitude
        event.extra = full.extra
        return (event, false)
    }

    /// Whether a record read again is still the event at `i`: its id, or the id its content gives
    /// (titles read from the file match whatever is there now, so the title alone does not tell).
    private func sameID(_ full: Event, as i: Int) -> Bool {
        let id = id(at: i)
        guard flags(at: i).contains(.derivedID) else {
            return full.id.utf8.prefix(StoreBuilder.maximumIDLength).elementsEqual(id.utf8)
        }
        let derived = StoreBuilder.derivedID(full, regions: full.regions.map { gazetteer.canonicalName($0) })
        return id == derived || id.hasPrefix(derived + "-")
    }

    /// Reads and parses one record again, in full.
    private func reread(_ i: Int, _ readers: DetailReader) -> Event? {
        let r = row(i)
        let file = files[file(at: i)]
        guard let reader = readers.reader(for: self.file(at: i)) else { return nil }
        guard var bytes = try? reader.bytes(at: Int(r.offset), count: Int(r.length)), bytes.count == Int(r.length)
        else { return nil }
        if r.offset == 0, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var log = DiagnosticLog()
        return bytes.withUnsafeBufferPointer { b -> Event? in
            if let csv = file.csv?.withDetail() {
                var parser = CSVParser()
                parser.delimiter = csv.delimiter
                parser.encoding = csv.encoding
                parser.line = Int(r.line)
                guard case (.record, let row?) = parser.nextRow(b, from: 0, base: Int(r.offset), final: true) else {
                    return nil
                }
                return csv.read(row, gazetteer: gazetteer, log: &log)?.event
            }
            let zone = DisplayZone.utc
            let reader = JSONLinesReader(path: file.path, zone: zone, detail: true)
            guard var event = reader.read(b, line: Int(r.line), log: &log)?.event else { return nil }
            // Local times were read in the load's zone; the stored time is the one to trust.
            event.time = time(at: i)
            return event
        }
    }
}
