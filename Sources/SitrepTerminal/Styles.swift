@preconcurrency import CNcursesw
import SitrepUI

/// A role as curses draws it: its colour pair (one per role) and attributes.
struct RoleLook {
    var attributes: attr_t
}

extension Style {
    /// The curses attributes of this style, with the role's colour pair when colours are in use.
    func attributes(pair: Int32, colors: Bool) -> attr_t {
        var a: attr_t = 0
        if bold { a |= sitrep_attr_bold() }
        if dim { a |= sitrep_attr_dim() }
        if italic { a |= sitrep_attr_italic() }
        if reverse { a |= sitrep_attr_reverse() }
        if underline { a |= sitrep_attr_underline() }
        if colors { a |= sitrep_color_pair(pair) }
        return a
    }
}
