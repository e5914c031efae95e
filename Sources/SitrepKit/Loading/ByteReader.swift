import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Reads ranges of bytes from a file without mapping it: pages of a mapped file count as resident
/// memory, and a million-event file is larger than the memory budget. sitrep opens files read-only
/// and never writes to them.
enum ByteReader: @unchecked Sendable {
    case descriptor(Int32, size: Int)
    case memory([UInt8])

    static func file(_ path: String) throws(SourceError) -> ByteReader {
        let fd = RawPath.withCString(path) { Glibc.open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK) }
        guard fd >= 0 else { throw SourceError(message: "cannot open: \(String(cString: strerror(errno)))") }
        var st = stat()
        guard fstat(fd, &st) == 0 else {
            let message = String(cString: strerror(errno))
            Glibc.close(fd)
            throw SourceError(message: "cannot read: \(message)")
        }
        if (st.st_mode & S_IFMT) == S_IFDIR {
            Glibc.close(fd)
            throw SourceError(message: "is a directory")
        }
        guard (st.st_mode & S_IFMT) == S_IFREG else {
            Glibc.close(fd)
            throw SourceError(message: "not a regular file (a pipe, socket or device); sitrep reads files")
        }
        return .descriptor(fd, size: Int(st.st_size))
    }

    var size: Int {
        switch self {
        case .descriptor(_, let size): size
        case .memory(let bytes): bytes.count
        }
    }

    /// Reads up to `count` bytes at `offset` to `destination`; returns how many were read (0 at the end).
    func read(at offset: Int, count: Int, into destination: UnsafeMutableRawPointer) throws(SourceError) -> Int {
        switch self {
        case .memory(let bytes):
            guard offset < bytes.count, count > 0 else { return 0 }
            let n = min(bytes.count - offset, count)
            bytes.withUnsafeBytes { destination.copyMemory(from: $0.baseAddress! + offset, byteCount: n) }
            return n
        case .descriptor(let fd, _):
            var got = 0
            while got < count {
                let n = pread(fd, destination + got, count - got, off_t(offset + got))
                if n < 0 {
                    if errno == EINTR { continue }
                    throw SourceError(message: "read failed: \(String(cString: strerror(errno)))")
                }
                if n == 0 { break }
                got += n
            }
            return got
        }
    }

    /// The bytes of one record, for the detail view.
    func bytes(at offset: Int, count: Int) throws(SourceError) -> [UInt8] {
        guard count > 0 else { return [] }
        var failure: SourceError?
        let out = [UInt8](unsafeUninitializedCapacity: max(count, 0)) { buffer, initialized in
            do throws(SourceError) {
                initialized = try read(at: offset, count: count, into: UnsafeMutableRawPointer(buffer.baseAddress!))
            } catch {
                failure = error
                initialized = 0
            }
        }
        if let failure { throw failure }
        return out
    }

    /// Which file this reads (device and inode), to tell a file replaced under the same name.
    var fileKey: FileKey? {
        guard case .descriptor(let fd, _) = self else { return nil }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        return FileKey(st)
    }

    func close() {
        if case .descriptor(let fd, _) = self { Glibc.close(fd) }
    }
}

/// A file's device and inode: the same while it is appended to, different once it is replaced.
struct FileKey: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64

    init(_ st: stat) {
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }
}
