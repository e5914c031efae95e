import SitrepKit

/// How a role looks: colours and attributes. Attributes work on every terminal, so a theme can
/// stay readable without colour (the `mono` theme uses nothing else).
public struct Style: Sendable, Equatable {
    public var foreground = ThemeColor.terminalDefault
    public var background = ThemeColor.terminalDefault
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var reverse = false

    public init() {}

    /// Whether the style asks for any colour (NO_COLOR and the mono theme ask for none).
    public var usesColor: Bool { foreground != .terminalDefault || background != .terminalDefault }
}

/// A theme with every role resolved (inheritance applied).
public struct Theme: Sendable, Equatable {
    public let name: String
    public let description: String
    public let styles: [Role: Style]

    public init(name: String, description: String, styles: [Role: Style]) {
        self.name = name
        self.description = description
        self.styles = styles
    }

    public func style(_ role: Role) -> Style { styles[role] ?? Style() }

    /// The theme `NO_COLOR` selects and the one for a terminal without colours.
    public static let monochromeName = "mono"
    public static let defaultName = "dark"
}

/// One theme file as read, before inheritance.
public struct ThemeSource: Sendable {
    public var path: String
    public var text: String
    public var name: String
    public var description = ""
    public var inherits: String?
    public var styles: [Role: Style] = [:]
    /// What reading the file found wrong, kept so that resolving the theme does not parse it again.
    public var problems: [Diagnostic] = []
}
