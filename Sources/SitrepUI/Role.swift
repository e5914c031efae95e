/// What a cell shows, named for the user's eye, not for a colour: the theme maps each role to a style.
public enum Role: String, Sendable, CaseIterable {
    case normal = "normal"
    /// The page behind an HTML or SVG snapshot, where the terminal's own colours would show: a
    /// light theme sets a light page.
    case page = "page"
    case paneBorder = "pane.border"
    case paneBorderFocused = "pane.border.focused"
    case paneTitle = "pane.title"
    case paneTitleFocused = "pane.title.focused"
    case timelineRow = "timeline.row"
    case timelineSelected = "timeline.selected"
    case timelineSelectedUnfocused = "timeline.selected.unfocused"
    case timelineTime = "timeline.time"
    case timelineRegion = "timeline.region"
    case timelineMarker = "timeline.marker"
    /// An event that arrived by a reload, for a while (`--new-for`).
    case eventNew = "event.new"
    case daySeparator = "timeline.day"
    /// A category marker: one role per family of categories, and `category` for the others.
    case category = "category"
    case categoryAir = "category.air"
    case categoryStrike = "category.strike"
    case categoryGround = "category.ground"
    case categoryPolitical = "category.political"
    case categoryHumanitarian = "category.humanitarian"
    case countsName = "counts.name"
    case countsNumber = "counts.number"
    case countsBar = "counts.bar"
    case countsSelected = "counts.selected"
    case sparkline = "counts.sparkline"
    /// The change against the week before, and the mark of a surging region.
    case countsChange = "counts.change"
    case countsSurge = "counts.surge"
    /// The trends pane: bars, the second figure's bars, the cursor, the axes.
    case trendsBar = "trends.bar"
    case trendsSecond = "trends.second"
    case trendsCursor = "trends.cursor"
    case trendsAxis = "trends.axis"
    /// The map: the five steps of the fill (ordered, low to high), borders, the selected region,
    /// labels, and dots for events with coordinates.
    case mapStep1 = "map.step1"
    case mapStep2 = "map.step2"
    case mapStep3 = "map.step3"
    case mapStep4 = "map.step4"
    case mapStep5 = "map.step5"
    case mapBorder = "map.border"
    case mapSelected = "map.selected"
    case mapLabel = "map.label"
    case mapDot = "map.dot"
    case detailTitle = "detail.title"
    case detailLabel = "detail.label"
    case detailValue = "detail.value"
    case detailFigure = "detail.figure"
    case statusLine = "status"
    case statusWarning = "status.warning"
    case statusHint = "status.hint"
    case helpText = "help"
    case helpKey = "help.key"
    case helpBorder = "help.border"
    case message = "message"
    case filterBar = "filter.bar"
    case filterError = "filter.error"
    case searchMatch = "search.match"
    /// A warning anywhere outside the status line (a broken theme, a file gone).
    case warning = "warning"
    /// Wall mode: the clocks, the big counters and their labels, and how fresh the data is.
    case wallClock = "wall.clock"
    case wallCounter = "wall.counter"
    case wallLabel = "wall.label"
    case wallFresh = "wall.fresh"
    case wallStale = "wall.stale"

    /// The role that stands in for this one in a theme that does not set it: a warning-like role
    /// takes `warning`, any other its family's (`category.air` → `category`, `pane.border.focused`
    /// → `pane.border`), and a role without family `normal`. New roles therefore never break a
    /// user's theme: they look like their family until the theme says otherwise.
    public var fallback: Role? {
        switch self {
        case .normal: return nil
        case .wallStale, .statusWarning, .filterError, .countsSurge: return .warning
        case .countsChange, .trendsAxis: return .countsNumber
        case .trendsBar: return .countsBar
        case .trendsSecond: return .sparkline
        case .trendsCursor: return .timelineSelected
        case .mapStep1, .mapStep2, .mapStep3, .mapStep4, .mapStep5: return .countsBar
        case .mapBorder: return .paneBorder
        case .mapSelected: return .paneBorderFocused
        case .mapLabel: return .countsName
        case .mapDot: return .eventNew
        default:
            var name = Substring(rawValue)
            while let dot = name.lastIndex(of: ".") {
                name = name[..<dot]
                if let family = Role(rawValue: String(name)) { return family }
            }
            return .normal
        }
    }

    /// The marker role of a category, by the words in its name: `air-raid`, `drone` and `missile`
    /// are air; `shelling`, `strike` and ACLED's `Explosions/Remote violence` strikes; `frontline` and
    /// `Battles` ground; politics, diplomacy, legal and statements political; humanitarian, civilians
    /// and infrastructure humanitarian. Others take `category`.
    public static func forCategory(_ name: String?) -> Role {
        // The family is in the first words; a category of megabytes is not searched whole per row.
        guard let name = name.map({ String($0.prefix(64)).lowercased() }) else { return .category }
        let families: [(Role, [String])] = [
            (.categoryAir, ["air", "drone", "missile", "alert", "uav", "shahed"]),
            (.categoryStrike, ["strike", "shell", "explosion", "remote violence", "artillery", "bomb"]),
            (.categoryGround, ["front", "battle", "assault", "ground", "capture", "advance", "clash"]),
            (
                .categoryPolitical,
                ["polit", "diplom", "legal", "sanction", "statement", "strategic", "protest", "riot", "nuclear"]
            ),
            (.categoryHumanitarian, ["humanit", "civilian", "evacu", "infrastr", "energy", "aid", "refugee"]),
        ]
        return families.first { $0.1.contains(where: name.contains) }?.0 ?? .category
    }
}
