import Foundation

/// Where sitrep looks for the user's own files: `$XDG_CONFIG_HOME/sitrep` (default `~/.config/sitrep`).
public enum SitrepPaths {
    public static var configDirectory: String {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_CONFIG_HOME"], !xdg.isEmpty { return (xdg as NSString).appendingPathComponent("sitrep") }
        let home = env["HOME"] ?? NSHomeDirectory()
        return (home as NSString).appendingPathComponent(".config/sitrep")
    }

    /// CSV profiles, one TOML file each.
    public static var profilesDirectory: String { (configDirectory as NSString).appendingPathComponent("profiles") }

    /// Extra region spellings: `alias,region` per line.
    /// The user's themes, which add to or replace the built-in ones.
    public static var themesDirectory: String { (configDirectory as NSString).appendingPathComponent("themes") }
    public static var regionAliasesFile: String { (configDirectory as NSString).appendingPathComponent("regions.csv") }

    /// Screens written from the dashboard: `$XDG_DATA_HOME/sitrep/snapshots` (default
    /// `~/.local/share/sitrep/snapshots`).
    public static var snapshotsDirectory: String {
        let env = ProcessInfo.processInfo.environment
        let data =
            env["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((env["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".local/share")
        return (data as NSString).appendingPathComponent("sitrep/snapshots")
    }
}
