import Foundation
import TOMLKit

/// The user's settings file, `$XDG_CONFIG_HOME/sitrep/config.toml`: the theme and saved views.
///
///     theme = "night"
///     [surges]
///     factor = 2       # the last 7 days against the weekly mean of the 4 weeks before
///     minimum = 10     # and at least this many events
///     [stories]
///     group = true             # one row per story from the start (`r` toggles)
///     alert_seconds = 120      # alerts of one region starting this close are one story
///     report_hours = 24        # reports this close in time may be one story
///     title_similarity = 0.4   # ... when their titles' words are this alike (0 to 1)
///     figure_minimum = 10      # ... or they give the same figures, one at least this large
///     alert_categories = ["air-raid alert"]
///     trusted = ["Ukrainian Air Force", "Reuters"]   # whose title a story shows first
///     [views]
///     "Kharkiv this week" = "region:kharkiv since:7d"
///     drones = "drones or cat:drone"
public struct UserConfig: Sendable {
    public var views: [(name: String, query: String)] = []
    /// The theme to start with (`theme = "night"`), unless `--theme` or NO_COLOR says otherwise.
    public var theme: String?
    /// When a region counts as surging (`[surges]`).
    public var surges = SurgeRule()
    /// When reports are one story (`[stories]`), and whether the dashboard starts grouped.
    public var stories = StoryRules()
    public var groupStories = false

    public init() {}

    public static var path: String { (SitrepPaths.configDirectory as NSString).appendingPathComponent("config.toml") }

    /// The settings in a file, with every problem as `path:line:column`; a missing file is no problem.
    /// The largest settings file read.
    public static let largest = 8 << 20

    public static func load(from path: String = UserConfig.path) -> (config: UserConfig, problems: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: path) else { return (UserConfig(), []) }
        // Ten thousand views are half a megabyte; a file far larger is a mistake, and the TOML
        // parser would take gigabytes for a 100 MB value before any check could look at it.
        guard data.count <= largest else {
            return (
                UserConfig(),
                [
                    .error(
                        path, 1, 1,
                        "the file is \(data.count / 1_048_576) MB; sitrep reads settings files of up to \(largest / 1_048_576) MB, and none of this one was used"
                    )
                ]
            )
        }
        let text = String(decoding: data, as: UTF8.self)
        let table: TOMLTable
        switch TOMLSource.table(text, path: path) {
        case .success(let t): table = t
        case .failure(let problem): return (UserConfig(), [problem])
        }
        var config = UserConfig()
        var problems: [Diagnostic] = []
        let positions = KeyPositions(text)
        for key in table.keys where !["views", "theme", "surges", "stories"].contains(key) {
            let (line, column) = positions.position(of: key)
            problems.append(.warning(path, line, column, "unknown setting '\(key)'"))
        }
        if let theme = table["theme"] {
            if let name = theme.string {
                config.theme = name
            } else {
                let (line, column) = positions.position(of: "theme")
                problems.append(.error(path, line, column, "'theme' must be a theme's name in quotes"))
            }
        }
        if let surges = table["surges"] {
            problems += config.readSurges(surges, positions: positions, path: path)
        }
        if let stories = table["stories"] {
            problems += config.readStories(stories, positions: positions, path: path)
        }
        guard let views = table["views"] else { return (config, problems) }
        guard let t = views.table else {
            return (config, problems + [.error(path, 1, 1, "'views' must be a table of name = \"query\"")])
        }
        // TOML tables come back sorted by name; the picker lists views in the file's order.
        let placed = t.keys.map { (name: $0, at: positions.position(of: $0)) }.sorted { $0.at.0 < $1.at.0 }
        for (name, (line, column)) in placed {
            guard let query = t[name]?.string else {
                problems.append(.error(path, line, column, "view '\(name)' must be a query in quotes"))
                continue
            }
            do throws(QueryError) {
                // A view may name an extra field of the files it is meant for; those are not read yet.
                _ = try QueryParser(now: 0, extraFields: .any).parse(query)
                config.views.append((name, query))
            } catch {
                problems.append(
                    .error(
                        path, line, column, "view '\(name)': \(error.message) at column \(error.column) of its query"))
            }
        }
        return (config, problems)
    }

    /// `[surges]`: `factor` (a number above 0) and `minimum` (a count of events).
    private mutating func readSurges(_ value: TOMLValueConvertible, positions: KeyPositions, path: String)
        -> [Diagnostic]
    {
        let (line, column) = positions.position(of: "surges")
        guard let t = value.table else {
            return [.error(path, line, column, "'surges' must be a table: factor = 2, minimum = 10")]
        }
        var problems: [Diagnostic] = []
        for key in t.keys {
            let (l, c) = positions.position(of: key)
            switch key {
            case "factor":
                if let f = t[key]?.double ?? t[key]?.int.map(Double.init), f > 0, f.isFinite {
                    surges.factor = f
                } else {
                    problems.append(.error(path, l, c, "'factor' must be a number above 0"))
                }
            case "minimum":
                if let n = t[key]?.int, n >= 0 {
                    surges.minimum = n
                } else {
                    problems.append(.error(path, l, c, "'minimum' must be a count of events"))
                }
            default:
                problems.append(
                    .warning(path, l, c, "unknown setting '\(key)' in [surges] (it has factor and minimum)"))
            }
        }
        return problems
    }

    /// `[stories]`: the grouping's thresholds (see `StoryRules`) and whether to start grouped.
    private mutating func readStories(_ value: TOMLValueConvertible, positions: KeyPositions, path: String)
        -> [Diagnostic]
    {
        let (line, column) = positions.position(of: "stories")
        guard let t = value.table else {
            return [.error(path, line, column, "'stories' must be a table: group = true, title_similarity = 0.4, ...")]
        }
        var problems: [Diagnostic] = []
        for key in t.keys {
            let (l, c) = positions.position(of: key)
            let number = t[key]?.double ?? t[key]?.int.map(Double.init)
            let names = t[key]?.array.map { $0.compactMap { $0.string } }
            func bad(_ what: String) { problems.append(.error(path, l, c, "'\(key)' must be \(what)")) }
            switch key {
            case "group":
                if let b = t[key]?.bool { groupStories = b } else { bad("true or false") }
            case "alert_seconds":
                if let n = number, n >= 0 { stories.alertStart = Int64(n * 1000) } else { bad("a number of seconds") }
            case "report_hours":
                if let n = number, n >= 0 {
                    stories.reportWindow = Int64(n * 3_600_000)
                } else {
                    bad("a number of hours")
                }
            case "title_similarity":
                if let n = number, n > 0, n <= 1 {
                    stories.titleSimilarity = n
                } else {
                    bad("a number above 0, at most 1")
                }
            case "figure_minimum":
                if let n = number, n >= 0 { stories.figureMinimum = n } else { bad("a number, 0 or more") }
            case "alert_categories":
                if let names { stories.alertCategories = names } else { bad("a list of category names") }
            case "trusted":
                if let names { stories.trusted = names } else { bad("a list of source names") }
            case "field":
                if let name = t[key]?.string, !name.isEmpty {
                    stories.storyField = name
                } else {
                    bad("a field name in quotes")
                }
            default:
                problems.append(
                    .warning(
                        path, l, c,
                        "unknown setting '\(key)' in [stories] (it has group, alert_seconds, report_hours, title_similarity, figure_minimum, alert_categories, trusted, field)"
                    ))
            }
        }
        return problems
    }
}
