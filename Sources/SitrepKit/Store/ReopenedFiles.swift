/// Files opened again by name for a file sitrep does not hold open (`LoadedFile.held`), a few at a
/// time: reading the titles or details of a folder of thousands must not use up the descriptors.
/// Not thread-safe; `TitleFiles` keeps one behind a lock, `DetailReader` one of its own.
struct ReopenedFiles {
    private var open: [Int: ByteReader] = [:]

    /// The file's reader, opened by name if need be; nil when what the name opens now is not one
    /// `accept` takes (it is closed again).
    mutating func reader(for file: Int, _ source: EventSource, accept: (ByteReader) -> Bool = { _ in true })
        throws(SourceError) -> ByteReader?
    {
        if let r = open[file] { return r }
        if open.count >= HeldFile.openByName { closeAll() }
        let r = try source.open()
        guard accept(r) else {
            r.close()
            return nil
        }
        open[file] = r
        return r
    }

    mutating func closeAll() {
        open.values.forEach { $0.close() }
        open.removeAll()
    }
}
