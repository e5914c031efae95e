import SitrepKit
import SitrepUI

/// When the files last changed, and which are missing or broken, for the wall's freshness line.
enum FileHealthCheck {
    static func check(_ store: EventStore, namedFiles: [String]) -> FileHealth {
        var health = FileHealth()
        var seen = Set<String>()
        for file in store.files where !file.source.isEmbedded {
            seen.insert(file.path)
            guard let st = RawPath.status(of: file.path) else {
                health.problems.append("\(RawPath.display(file.path)): missing")
                continue
            }
            health.lastChange = max(health.lastChange ?? 0, Int64(st.st_mtim.tv_sec))
            if file.unreadable {
                health.problems.append("\(RawPath.display(file.path)): cannot be read")
            } else if let whole = file.log.kept.first(where: { $0.line == 0 }) {
                health.problems.append("\(RawPath.display(file.path)): \(whole.message)")
            }
        }
        // A file named on the command line that disappeared is reported, not forgotten.
        for path in namedFiles where !seen.contains(path) {
            if RawPath.status(of: path) == nil { health.problems.append("\(RawPath.display(path)): missing") }
        }
        return health
    }
}
