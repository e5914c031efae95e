import Foundation
import Synchronization

/// A file kept open after it was read, so that the titles left in it (`EventFlags.titleInFile`) are
/// read from the very file the store's offsets point into: still there when the file is deleted,
/// replaced or made unreadable while its events stay on screen. Closed when the last snapshot that
/// uses it goes.
final class HeldFile: Sendable {
    let reader: ByteReader
    private static let open = Atomic<Int>(0)
    /// At most half the process's descriptors are held; files beyond that (a folder of thousands)
    /// are opened again by name when a title is needed.
    static let limit: Int = {
        var l = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &l) == 0 else { return 256 }
        return Int(min(l.rlim_cur / 2, 8192))
    }()

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
