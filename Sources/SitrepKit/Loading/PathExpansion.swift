import Foundation

/// Turns the paths a user gives into the files to read: files as given, directories searched
/// recursively for known extensions (hidden files and folders skipped), in name order.
public enum PathExpansion {
    public struct Result: Sendable {
        public var sources: [EventSource] = []
        /// Paths that do not exist or cannot be read: a usage error for `sitrep check`.
        public var problems: [Diagnostic] = []

        public init(sources: [EventSource] = [], problems: [Diagnostic] = []) {
            self.sources = sources
            self.problems = problems
        }
    }

    public static let knownExtensions: Set<String> = ["jsonl", "ndjson", "csv", "tsv"]

    /// A path that names nothing readable: a symbolic link that loops or leads nowhere says so.
    static func whyMissing(_ path: String) -> String {
        guard let info = RawPath.linkStatus(of: path), info.st_mode & S_IFMT == S_IFLNK else {
            return "no such file or directory"
        }
        var target = stat()
        if RawPath.withCString(path, { stat($0, &target) }) != 0, errno == ELOOP { return "a loop of symbolic links" }
        return "a symbolic link to something that does not exist"
    }

    public static func expand(_ paths: [String]) -> Result {
        var result = Result()
        var seen = Set<String>()
        for path in paths {
            guard let info = RawPath.status(of: path) else {
                result.problems.append(.error(path, 0, 0, Self.whyMissing(path)))
                continue
            }
            if !RawPath.isDirectory(info) {
                guard RawPath.isReadable(path) else {
                    result.problems.append(.error(path, 0, 0, "permission denied"))
                    continue
                }
                if seen.insert(path).inserted { result.sources.append(.file(path)) }
                continue
            }
            guard RawPath.isReadable(path) else {
                result.problems.append(.error(path, 0, 0, "permission denied"))
                continue
            }
            for file in filesInDirectory(path) where seen.insert(file).inserted {
                result.sources.append(.file(file))
            }
        }
        return result
    }

    /// Known event files below a directory, sorted, without following links to directories
    /// (a link loop cannot trap the search).
    static func filesInDirectory(_ directory: String) -> [String] {
        var out: [String] = []
        var pending = [directory]
        var visited = 0
        while let dir = pending.popLast(), visited < 100_000 {
            visited += 1
            guard let names = RawPath.names(in: dir) else { continue }
            for name in names where !name.hasPrefix(".") {
                let full = (dir as NSString).appendingPathComponent(name)
                guard let st = RawPath.linkStatus(of: full) else { continue }
                if (st.st_mode & S_IFMT) == S_IFDIR {
                    pending.append(full)
                } else if knownExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    out.append(full)
                }
            }
        }
        return out.sorted()
    }
}
