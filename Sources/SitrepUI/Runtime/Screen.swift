/// What the runtime needs of a terminal: its size, drawing a Buffer, colours by theme, and the keys
/// waiting. The curses terminal implements it; `MemoryScreen` implements it for tests and for
/// drawing without a terminal.
public protocol Screen: AnyObject {
    var size: (width: Int, height: Int) { get }
    func draw(_ buffer: Buffer)
    func apply(_ theme: Theme)
    /// Every key waiting, and nil for a resize (the size has then changed).
    func readInput() -> [Key?]
}

/// A terminal in memory: keeps the last screen drawn and the theme, and hands out scripted keys.
public final class MemoryScreen: Screen {
    public var size: (width: Int, height: Int)
    public private(set) var lastDrawn: Buffer?
    public private(set) var draws = 0
    public private(set) var theme: Theme?
    /// Keys (and nil for a resize) the next `readInput` returns.
    public var input: [Key?] = []

    public init(width: Int, height: Int) { size = (width, height) }

    public func draw(_ buffer: Buffer) {
        lastDrawn = buffer
        draws += 1
    }

    public func apply(_ theme: Theme) { self.theme = theme }

    public func readInput() -> [Key?] {
        defer { input = [] }
        return input
    }

    /// The last screen as lines of text.
    public var lines: [String] { lastDrawn?.lines ?? [] }
}
