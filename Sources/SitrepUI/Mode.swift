/// What the dashboard is doing with keys, as one value: only one of these can be true at a time, so
/// combinations such as "editing a filter while a menu is open" cannot be represented.
public enum Mode: Sendable, Equatable {
    /// Keys move, open, filter through the keymap.
    case normal
    /// The filter line is open: keys are text (`QueryState.draft`).
    case editingFilter
    /// The search line (Ctrl-F) is open: keys are text (`QueryState.searchDraft`).
    case editingSearch
    /// A numbered menu over the panes: 1-9 picks, Esc closes.
    case menu(Menu)
    /// The key overlay.
    case help
    /// The selected event's detail in place of the lists (layouts without room beside them).
    case detail
    /// The wall display (`--wall`); Esc goes back to the dashboard unless it is locked.
    case wall

    /// Whether keys are taken as text, so that command keys (`q`, `j`) are letters here.
    public var takesText: Bool { self == .editingFilter || self == .editingSearch }
}

/// The menus the dashboard opens.
public enum Menu: Sendable, Equatable {
    /// "Same region / category / source as the selected event" (`f`).
    case sameAs([MenuItem])
    /// The saved views (`v`).
    case views
}

/// One line of a menu: what it says and the filter it applies.
public struct MenuItem: Sendable, Equatable {
    public var label: String
    public var query: String

    public init(label: String, query: String) {
        self.label = label
        self.query = query
    }
}
