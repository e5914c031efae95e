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
    private let reopened = Mutex(ReopenedFiles())
    /// Shown in place of a title when its file was rewritten since it was read: the reload that
    /// follows every change replaces the snapshot within moments.
    static let changed = "(title not readable: its file changed)"

    init(_ files: [LoadedFile]) {
        sources = files.map(\.source)
        keys = files.map(\.key)
        held = files.map(\.held)
    }

    deinit { reopened.withLock { $0.closeAll() } }

    /// The title at `offset` in `file`, `count` bytes long; nil unless the quotes around it are
    /// still there (a file rewritten in place since it was loaded), and a message in its place when
    /// the file cannot be opened.
    func title(file: Int, at offset: Int, count: Int, whole: Bool = true) -> String? {
        guard file < sources.count, offset > 0 else { return nil }
        if let reader = held[file]?.reader { return Self.quoted(reader, at: offset, count: count, whole: whole) }
        return reopened.withLock { files -> String? in
            let reader: ByteReader?
            do throws(SourceError) {
                // A file replaced under the same name is not the one these offsets are in.
                reader = try files.reader(for: file, sources[file]) { $0.fileKey == keys[file] }
            } catch {
                return "(title not readable: \(error.message))"
            }
            return reader.flatMap { Self.quoted($0, at: offset, count: count, whole: whole) }
        }
    }

    /// The reader of a file sitrep holds open, for reading many titles in blocks.
    func heldReader(file: Int) -> ByteReader? { file < held.count ? held[file]?.reader : nil }

    /// The `count` bytes at `offset`, if a quote is still before them and, for a whole title, after.
    private static func quoted(_ reader: ByteReader, at offset: Int, count: Int, whole: Bool) -> String? {
        let quote = UInt8(ascii: "\"")
        guard let bytes = try? reader.bytes(at: offset - 1, count: count + 2), bytes.count == count + 2,
            bytes.first == quote, bytes.last == quote || !whole
        else { return nil }
        return String(decoding: bytes[1...count], as: UTF8.self)
    }
}
