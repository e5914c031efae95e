import Synchronization

/// Reads the titles that stay in their files (`EventFlags.titleInFile`): from the file as it was
/// read (`LoadedFile.held`), or, beyond the descriptors sitrep holds, from the file opened again by
/// name. A snapshot reads only the titles it shows — a screenful, a listed page — so a few
/// descriptors opened again are enough; the threads that ask share them, and they close with the
/// snapshot. A file that changed since it was
/// read (replaced, rewritten in place, made unreadable) gives no title: the reload that follows a
/// change replaces the snapshot, except where the file can no longer be read as events at all.
final class TitleFiles: Sendable {
    private let sources: [EventSource]
    private let keys: [FileKey?]
    private let held: [HeldFile?]
    private let readers = Mutex<[Int: ByteReader]>([:])
    /// Shown in place of a title when its file was rewritten since it was read: the reload that
    /// follows every change replaces the snapshot within moments.
    static let changed = "(title not readable: its file changed)"

    init(_ files: [LoadedFile]) {
        sources = files.map(\.source)
        keys = files.map(\.key)
        held = files.map(\.held)
    }

    deinit { readers.withLock { $0.values.forEach { $0.close() } } }

    /// The title at `offset` in `file`, `count` bytes long; nil unless the quotes around it are
    /// still there (a file rewritten in place since it was loaded), and a message in its place when
    /// the file cannot be opened.
    func title(file: Int, at offset: Int, count: Int, whole: Bool = true) -> String? {
        guard file < sources.count, offset > 0 else { return nil }
        let quote = UInt8(ascii: "\"")
        if let reader = held[file]?.reader {
            guard let bytes = try? reader.bytes(at: offset - 1, count: count + 2), bytes.count == count + 2, bytes.first == quote, bytes.last == quote || !whole else { return nil }
            return String(decoding: bytes[1...count], as: UTF8.self)
        }
        return readers.withLock { open -> String? in
            if open[file] == nil {
                if open.count >= HeldFile.openByName {
                    open.values.forEach { $0.close() }
                    open.removeAll()
                }
                // A file replaced under the same name is not the one these offsets are in.
                let reader: ByteReader
                do throws(SourceError) {
                    reader = try sources[file].open()
                } catch {
                    return "(title not readable: \(error.message))"
                }
                guard reader.fileKey == keys[file] else {
                    reader.close()
                    return nil
                }
                open[file] = reader
            }
            guard let reader = open[file], let bytes = try? reader.bytes(at: offset - 1, count: count + 2),
                  bytes.count == count + 2, bytes.first == quote, bytes.last == quote || !whole else { return nil }
            return String(decoding: bytes[1...count], as: UTF8.self)
        }
    }
}
