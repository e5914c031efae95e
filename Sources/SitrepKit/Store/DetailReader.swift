/// Reads events in full for many positions in a row (`sitrep list`), keeping each file open
/// instead of opening it once per event. A file sitrep holds open since it read it
/// (`LoadedFile.held`) is read through that descriptor: the records are where the store says, even
/// if the file was replaced or deleted since.
public final class DetailReader {
    let store: EventStore
    private var open: [Int: ByteReader] = [:]

    public init(store: EventStore) { self.store = store }

    deinit { open.values.forEach { $0.close() } }

    func reader(for file: Int) -> ByteReader? {
        if let held = store.files[file].held { return held.reader }
        if let r = open[file] { return r }
        // Files not held are opened again by name; a few at a time, for a folder of thousands.
        if open.count >= HeldFile.openByName {
            open.values.forEach { $0.close() }
            open.removeAll()
        }
        guard let r = try? store.files[file].source.open() else { return nil }
        open[file] = r
        return r
    }

    public func event(at i: Int) -> (event: Event, stale: Bool) {
        store.event(at: i, reader: self)
    }
}
