import Foundation
import SitrepKit
import SitrepUI

/// The themes a run can use (built in, plus the user's folder) and the one to start with.
public struct ThemeChoice: Sendable {
    public var catalog: ThemeCatalog
    /// The user's theme files, watched so that an edit is applied on save.
    public var files: [String]

    /// Reads the built-in themes and every `*.toml` in the user's themes folder. A folder that does
    /// not exist means no themes of the user's; a file that cannot be read is noted in the catalog
    /// (and said on screen), not skipped in silence.
    public static func load(directory: String = SitrepPaths.themesDirectory) -> ThemeChoice {
        var catalog = ThemeCatalog.builtIn
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let files = names.sorted().filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.map {
            (directory as NSString).appendingPathComponent($0)
        }
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                catalog.noteUnreadable(path: path)
                continue
            }
            catalog.add(String(decoding: data, as: UTF8.self), path: path)
        }
        return ThemeChoice(catalog: catalog, files: files)
    }

    /// `--theme` first, then NO_COLOR (any non-empty value, as no-color.org says), then the config
    /// file's `theme`, then the default.
    public static func startingName(
        flag: String?, config: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let flag { return flag }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return Theme.monochromeName }
        return config ?? Theme.defaultName
    }
}
