import Foundation
import SitrepKit
import SitrepUI

/// Writes a screen in every snapshot format to a folder, under one timestamped name, and says where
/// (or why not) in words for the status line. Files are written whole to a temporary name and renamed.
enum SnapshotFiles {
    static func write(_ snapshot: Snapshot, to folder: String, at date: Date = Date()) -> String {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return "snapshot not written: cannot make \(RawPath.display(folder))"
        }
        let stamp = ISO8601DateFormatter.string(
            from: date, timeZone: TimeZone(identifier: "UTC") ?? .current,
            formatOptions: [.withYear, .withMonth, .withDay, .withTime])
        let base = (folder as NSString).appendingPathComponent(
            "sitrep-" + stamp.replacingOccurrences(of: ":", with: ""))
        for format in SnapshotFormat.allCases {
            let path = base + "." + format.fileExtension
            let temp = path + ".tmp-\(getpid())"
            guard FileManager.default.createFile(atPath: temp, contents: Data(snapshot.render(format).utf8)),
                rename(temp, path) == 0
            else {
                unlink(temp)
                return "snapshot not written to \(RawPath.display(path)) (disk full or no permission?)"
            }
        }
        return "snapshot: \(RawPath.display(base)).{txt,ansi,html,svg}"
    }
}
