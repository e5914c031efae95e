import Foundation
import Synchronization

/// A file kept open after it was read, so that the titles left in it (`EventFlags.titleInFile`) are
/// read from the very file the store's offsets point into: still there when the file is deleted,
/// replaced or made unreadable while its events stay on screen. Closed when the last snapshot that
/// uses it goes.
final class HeldFile: Sendable {
    let reader: ByteReader
    private static let open = Atomic<Int>(0)
    /// The process's descriptor limit, shared out below: held files, files being loaded, files
    /// opened again by name, and a quarter left to the terminal, inotify and the system libraries
    /// (libdispatch stops the process when it cannot get a descriptor).
    static let descriptors: Int = {
        var l = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &l) == 0 else { return 1024 }
        return Int(min(l.rlim_cur, 1 << 20))
    }()
    /// At most three eighths of the descriptors (8,192 at most) are held; files beyond that (a folder
    /// of thousands) are opened again by name when a title or a detail is needed.
    static let limit = max(2, min(descriptors * 3 / 8, 8192))
    /// How many files a load opens at once.
    static let openAtOnce = max(2, limit / 2)
    /// How many files each reader that opens files by name (`TitleFiles`, `DetailReader`) keeps open.
    static let openByName = max(2, min(32, descriptors / 16))

    private init(_ reader: ByteReader) { self.reader = reader }

    deinit {
        reader.close()
        Self.open.subtract(1, ordering: .relaxed)
    }

    /// Holds a reader open, or closes it when too many are held already.
    static func hold(_ reader: ByteReader) -> HeldFile? {
        guard open.add(1, ordering: .relaxed).newValue <= limit else {
            open.subtract(1, ordering: .relaxed)
            reader.close()
            return nil
        }
        return HeldFile(reader)
    }
}
