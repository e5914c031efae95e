import Foundation

/// Tells which followed paths changed: through inotify where it works, else by polling size,
/// modification time and inode (network filesystems deliver no inotify events; the watch limit can
/// be reached; `--poll SECONDS` asks for it).
public final class FileWatcher {
    public enum Mode: Sendable, Equatable {
        case inotify
        case polling(seconds: Double, reason: String)

        /// For the status line.
        public var label: String {
            switch self {
            case .inotify: "watching"
            case .polling(let s, _): "polling every \(Figure.text(s)) s"
            }
        }
    }

    public private(set) var mode: Mode
    /// The descriptor to poll(2) for readability in inotify mode; -1 when polling.
    public private(set) var descriptor: Int32 = -1
    /// Files the user named, by the directory that holds them (a symlink's target's too).
    private var namedFiles: [String: [String: String]] = [:]
    /// Folders the user named, watched with all their subfolders.
    private let roots: [String]
    private var watches: [Int32: String] = [:]
    private var watchedDirectories = Set<String>()
    private var snapshot: [String: FileIdentity] = [:]
    private let files: [String]

    static let mask: UInt32 = UInt32(
        IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF
            | IN_MOVE_SELF)

    /// `files` and `folders` as the user gave them (the same strings the library knows them by).
    public init(files: [String], folders: [String], pollSeconds: Double? = nil) {
        self.files = files
        roots = folders
        mode = .inotify
        if let pollSeconds {
            mode = .polling(seconds: pollSeconds, reason: "--poll")
        } else if let reason = Self.reasonToPoll(files.map { ($0 as NSString).deletingLastPathComponent } + folders) {
            mode = .polling(seconds: 2, reason: reason)
        } else {
            startInotify()
        }
        if case .polling = mode { snapshot = scan() }
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    // MARK: - inotify

    private func startInotify() {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return fallBack("inotify is not available") }
        for file in files {
            let directory = Self.directory(of: file)
            namedFiles[directory, default: [:]][(file as NSString).lastPathComponent] = file
            guard watch(directory) else { return }
            // A symlink: changes to its target arrive in the target's folder.
            if let target = RawPath.linkTarget(of: file) {
                let full = target.hasPrefix("/") ? target : (directory as NSString).appendingPathComponent(target)
                let targetDirectory = Self.directory(of: full)
                namedFiles[targetDirectory, default: [:]][(full as NSString).lastPathComponent] = file
                guard watch(targetDirectory) else { return }
            }
        }
        for root in roots {
            guard watchTree(root) else { return }
        }
    }

    private func watch(_ directory: String) -> Bool {
        guard descriptor >= 0 else { return false }
        if watchedDirectories.contains(directory) { return true }
        let wd = RawPath.withCString(directory) { inotify_add_watch(descriptor, $0, Self.mask) }
        if wd < 0 {
            if errno == ENOSPC { fallBack("the inotify watch limit is reached"); return false }
            return true // a folder that is gone or unreadable: nothing to watch there
        }
        watches[wd] = directory
        watchedDirectories.insert(directory)
        return true
    }

    private func watchTree(_ root: String) -> Bool {
        var pending = [root]
        var count = 0
        while let dir = pending.popLast(), count < 100_000 {
            count += 1
            guard watch(dir) else { return false }
            for name in RawPath.names(in: dir) ?? [] where !name.hasPrefix(".") {
                let full = (dir as NSString).appendingPathComponent(name)
                if let st = RawPath.linkStatus(of: full), RawPath.isDirectory(st) { pending.append(full) }
            }
        }
        return true
    }

    private func fallBack(_ reason: String) {
        if descriptor >= 0 { close(descriptor) }
        descriptor = -1
        watches = [:]
        watchedDirectories = []
        mode = .polling(seconds: 2, reason: reason)
    }

    /// Reads the waiting inotify events and returns the paths to refresh.
    public func readEvents() -> [String] {
        guard descriptor >= 0 else { return [] }
        var changed = Set<String>()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            var offset = 0
            while offset + 16 <= n {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (
                        raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                        raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                        Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    )
                }
                let nameBytes = buffer[(offset + 16)..<min(n, offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                    // Events were lost: look at everything.
                    changed.formUnion(files)
                    changed.formUnion(scan().keys)
                    continue
                }
                guard let directory = watches[wd] else { continue }
                changed.formUnion(
                    paths(for: nameBytes.withUnsafeBufferPointer { RawPath.string($0) }, in: directory, mask: mask))
            }
        }
        return changed.sorted()
    }

    private func paths(for name: String, in directory: String, mask: UInt32) -> [String] {
        var out: [String] = []
        if let named = namedFiles[directory]?[name] { out.append(named) }
        guard !name.isEmpty, !name.hasPrefix("."), isInsideRoot(directory) else { return out }
        let full = (directory as NSString).appendingPathComponent(name)
        if mask & UInt32(IN_ISDIR) != 0 {
            if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0, watchTree(full) {
                out += PathExpansion.filesInDirectory(full)
            }
        } else if PathExpansion.knownExtensions.contains((name as NSString).pathExtension.lowercased()) {
            out.append(full)
        }
        return out
    }

    private func isInsideRoot(_ directory: String) -> Bool {
        roots.contains { directory == $0 || directory.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
    }

    // MARK: - Polling

    /// Compares every followed file with the last look, and returns the paths that changed.
    public func pollChanges() -> [String] {
        let now = scan()
        var changed: [String] = []
        for (path, identity) in now where snapshot[path] != identity { changed.append(path) }
        for path in snapshot.keys where now[path] == nil { changed.append(path) }
        snapshot = now
        return changed.sorted()
    }

    private func scan() -> [String: FileIdentity] {
        var out: [String: FileIdentity] = [:]
        for file in files { if let id = FileIdentity.of(file) { out[file] = id } }
        for root in roots {
            for file in PathExpansion.filesInDirectory(root) { if let id = FileIdentity.of(file) { out[file] = id } }
        }
        return out
    }

    // MARK: - Where inotify cannot work

    static func directory(of path: String) -> String {
        let d = (path as NSString).deletingLastPathComponent
        return d.isEmpty ? "." : d
    }

    /// NFS, SMB/CIFS and FUSE (sshfs) filesystems do not deliver inotify events for changes made
    /// elsewhere: the mount table tells which filesystem holds each folder.
    static func reasonToPoll(_ directories: [String]) -> String? {
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return nil }
        let table: [(point: String, type: String)] = mounts.split(separator: "\n").compactMap { line in
            let f = line.split(separator: " ")
            return f.count >= 3 ? (String(f[1]).replacingOccurrences(of: "\\040", with: " "), String(f[2])) : nil
        }
        let remote = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afs", "ceph", "glusterfs"]
        for d in directories {
            let real = URL(fileURLWithPath: d.isEmpty ? "." : d).resolvingSymlinksInPath().path
            let mount = table.filter { real == $0.point || real.hasPrefix($0.point == "/" ? "/" : $0.point + "/") }
                .max { $0.point.count < $1.point.count }
            if let mount, remote.contains(mount.type) || mount.type.hasPrefix("fuse.sshfs") {
                return "\(d) is on \(mount.type), which sends no change events"
            }
        }
        return nil
    }
}
