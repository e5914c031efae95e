/// A key press or mouse event, as the terminal adapter reports it.
public enum Key: Sendable, Hashable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace
    case control(Character)
    case mouseWheelUp, mouseWheelDown
    case mouseClick(x: Int, y: Int)
    case unknown

    /// How the help screen names the key.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .control(let c): "Ctrl-\(c.uppercased())"
        case .mouseWheelUp: "wheel up"
        case .mouseWheelDown: "wheel down"
        case .mouseClick: "click"
        case .unknown: "?"
        }
    }
}

/// What a key does. Keys are bound to actions in one table (`Keymap`), which drives both the
/// dispatch and the help screen, so that a user keymap can later rebind them.
public enum Action: String, Sendable, CaseIterable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case focusNext, focusPrevious, open, back, quit, help, flipOrder, sortRegions
    case openFilter, lastDay, lastWeek, lastMonth, allTime, invertFilter, clearFilters
    case openSearch, nextMatch, previousMatch, sameAs, pickView, cycleTheme
    case toggleAsOf, moveLeft, moveRight, snapshot
    case pauseReplay, faster, slower, toggleStories
}

/// One line of the keymap: the keys, the action, and the words the help shows.
public struct Binding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var help: String
}

public struct Keymap: Sendable {
    public var bindings: [Binding]

    public static let standard = Keymap(bindings: [
        Binding(keys: [.up, .character("k")], action: .moveUp, help: "move up"),
        Binding(keys: [.down, .character("j")], action: .moveDown, help: "move down"),
        Binding(keys: [.pageUp], action: .pageUp, help: "page up"),
        Binding(keys: [.pageDown, .character(" ")], action: .pageDown, help: "page down"),
        Binding(keys: [.home, .character("g")], action: .first, help: "first row"),
        Binding(keys: [.end, .character("G")], action: .last, help: "last row"),
        Binding(keys: [.tab], action: .focusNext, help: "next pane"),
        Binding(keys: [.backTab], action: .focusPrevious, help: "previous pane"),
        Binding(
            keys: [.enter], action: .open, help: "open: a region filter, a story's reports, an event's detail"),
        Binding(keys: [.escape], action: .back, help: "back: help, detail, search, then region"),
        Binding(keys: [.character("o")], action: .flipOrder, help: "newest or oldest first"),
        Binding(keys: [.character("s")], action: .sortRegions, help: "regions by count, by name or by change"),
        Binding(
            keys: [.left, .character("h")], action: .moveLeft,
            help: "left: the trends' previous day or week, the map's region west"),
        Binding(
            keys: [.right, .character("l")], action: .moveRight,
            help: "right: the trends' next day or week, the map's region east"),
        Binding(
            keys: [.character("r")], action: .toggleStories,
            help: "one row per story (its reports together), or every report"),
        Binding(
            keys: [.character("a")], action: .toggleAsOf, help: "now is the clock, or the newest event (archived files)"
        ),
        Binding(keys: [.character("/")], action: .openFilter, help: "filter (Enter keeps, Esc restores, ↑↓ history)"),
        Binding(keys: [.character("1")], action: .lastDay, help: "the last 24 hours"),
        Binding(keys: [.character("7")], action: .lastWeek, help: "the last 7 days"),
        Binding(keys: [.character("3")], action: .lastMonth, help: "the last 30 days"),
        Binding(keys: [.character("0")], action: .allTime, help: "all time"),
        Binding(keys: [.character("!")], action: .invertFilter, help: "invert the filter"),
        Binding(keys: [.character("x")], action: .clearFilters, help: "clear filter, search, time window and region"),
        Binding(
            keys: [.character("f")], action: .sameAs, help: "same region / category / source as the selected event"),
        Binding(keys: [.character("v")], action: .pickView, help: "saved views (config.toml)"),
        Binding(keys: [.character("T")], action: .cycleTheme, help: "next theme (themes/, --theme)"),
        Binding(keys: [.control("f")], action: .openSearch, help: "search without narrowing (↑: the last)"),
        Binding(keys: [.character("n")], action: .nextMatch, help: "next search match"),
        Binding(keys: [.character("N")], action: .previousMatch, help: "previous search match"),
        Binding(keys: [.character("P")], action: .pauseReplay, help: "replay: pause and resume"),
        Binding(keys: [.character("+")], action: .faster, help: "replay: twice as fast"),
        Binding(keys: [.character("-")], action: .slower, help: "replay: half as fast"),
        Binding(keys: [.character("S")], action: .snapshot, help: "write this screen to files (txt, ansi, html, svg)"),
        Binding(keys: [.character("?")], action: .help, help: "this help"),
        Binding(keys: [.character("q"), .control("c")], action: .quit, help: "quit"),
    ])

    /// The action of a key, or of the key at the same place on a Latin keyboard (`й` quits like `q`).
    public func action(for key: Key) -> Action? {
        if let action = bindings.first(where: { $0.keys.contains(key) })?.action { return action }
        guard let latin = KeyLayouts.latin(for: key) else { return nil }
        return bindings.first { $0.keys.contains(latin) }?.action
    }
}
