@preconcurrency import CNcursesw
import SitrepUI

/// The built-in colours for each role (the themes issue replaces this table with theme files).
/// -1 is the terminal's own default colour: the background is never painted over.
enum DefaultStyles {
    struct Style {
        var foreground: Int16 = -1
        var background: Int16 = -1
        var bold = false
        var dim = false
        var reverse = false
        var underline = false
    }

    static func style(_ role: Role) -> Style {
        switch role {
        case .normal, .timelineRow, .detailValue, .countsName, .helpText: Style()
        case .paneBorder: Style(foreground: 8)
        case .paneBorderFocused: Style(foreground: 6)
        case .paneTitle: Style(bold: true)
        case .paneTitleFocused: Style(foreground: 6, bold: true)
        case .timelineSelected: Style(reverse: true)
        case .timelineSelectedUnfocused: Style(underline: true)
        case .timelineTime: Style(foreground: 8)
        case .timelineRegion: Style(foreground: 3)
        case .timelineMarker: Style(foreground: 5, bold: true)
        case .eventNew: Style(foreground: 2, bold: true)
        case .daySeparator: Style(foreground: 4, bold: true)
        case .category: Style(foreground: 1, bold: true)
        case .countsNumber: Style(bold: true)
        case .countsBar: Style(foreground: 4)
        case .countsSelected: Style(foreground: 6, bold: true, underline: true)
        case .sparkline: Style(foreground: 2)
        case .detailTitle: Style(bold: true)
        case .detailLabel: Style(foreground: 8)
        case .detailFigure: Style(foreground: 3, bold: true)
        case .statusLine: Style(reverse: true)
        case .statusWarning: Style(foreground: 3, reverse: true)
        case .statusHint: Style(reverse: true)
        case .helpKey: Style(foreground: 6, bold: true)
        case .helpBorder: Style(foreground: 6)
        case .message: Style(foreground: 3)
        case .filterBar: Style(foreground: 6, bold: true)
        case .filterError: Style(foreground: 1, bold: true)
        case .searchMatch: Style(foreground: 3, bold: true, reverse: true)
        }
    }

    /// The curses attributes of a role, with its colour pair when the terminal has colours.
    static func attributes(_ role: Role, pair: Int32, colors: Bool) -> attr_t {
        let s = style(role)
        var a: attr_t = 0
        if s.bold { a |= sitrep_attr_bold() }
        if s.dim { a |= sitrep_attr_dim() }
        if s.reverse { a |= sitrep_attr_reverse() }
        if s.underline { a |= sitrep_attr_underline() }
        if colors { a |= sitrep_color_pair(pair) }
        return a
    }
}
