import Foundation
import SitrepKit

/// The dashboard's filter history, one query a line in `$XDG_CONFIG_HOME/sitrep/history`.
/// Written atomically (a temporary file renamed over), so a full disk or a crash never leaves a
/// half-written history; a failure to write is not an error worth stopping for.
public enum FilterHistory {
    public static var path: String { (SitrepPaths.configDirectory as NSString).appendingPathComponent("history") }

    public static func load() -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).suffix(100).map { $0 }
    }

    public static func save(_ history: [String]) {
        guard !history.isEmpty else { return }
        let dir = SitrepPaths.configDirectory
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let temp = path + ".tmp-\(getpid())"
        let text =
            history.suffix(100).map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n") + "\n"
        guard FileManager.default.createFile(atPath: temp, contents: Data(text.utf8)) else {
            unlink(temp) // whatever part of it a full disk let through
            return
        }
        if rename(temp, path) != 0 { unlink(temp) }
    }
}
