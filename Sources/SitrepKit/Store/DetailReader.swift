/// Reads events in full for many positions in a row (`sitrep list`), keeping each file open
/// instead of opening it once per event. A file sitrep holds open since it read it
/// (`LoadedFile.held`) is read through that descriptor: the records are where the store says, even
/// if the file was replaced or deleted since.
public final class DetailReader {
    let store: EventStore
    private var reopened = ReopenedFiles()

    public init(store: EventStore) { self.store = store }

    deinit { reopened.closeAll() }

    func reader(for file: Int) -> ByteReader? {
        if let held = store.files[file].held { return held.reader }
        return try? reopened.reader(for: file, store.files[file].source)
    }

    public func event(at i: Int) -> (event: Event, stale: Bool) {
        store.event(at: i, reader: self)
    }
}
