import SitrepKit

/// A rectangle on the screen, in cells.
public struct Rect: Sendable, Equatable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        (self.x, self.y, self.width, self.height) = (x, y, max(0, width), max(0, height))
    }

    public var isEmpty: Bool { width <= 0 || height <= 0 }

    /// The rectangle less a border of one cell.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
}

/// One cell of the screen: the text it shows (one character, or "" behind a wide one) and its role.
public struct Cell: Sendable, Equatable {
    public var text: String
    public var role: Role

    public static let blank = Cell(text: " ", role: .normal)
}

/// An off-screen screen: panes draw into it, tests read it, and the terminal adapter copies it out.
/// Every string is cleaned (`TerminalText`) and cut by display width before it lands in a cell.
public struct Buffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set { if x >= 0, y >= 0, x < width, y < height { cells[y * width + x] = newValue } }
    }

    /// Writes text from (x, y), no further than `maxWidth` columns (and the buffer's edge).
    /// Returns the columns used. A wide character that does not fit whole is not drawn.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, role: Role) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(maxWidth ?? (width - x), width - x)
        var column = 0
        // Cleaned character by character, up to the width: a text of megabytes costs what it shows.
        for raw in text.unicodeScalars {
            guard let scalar = TerminalText.clean(raw) else { continue }
            let w = DisplayWidth.of(scalar)
            if w == 0 {
                // A combining mark joins the character before it.
                if column > 0, x + column - 1 >= 0 {
                    cells[y * width + x + column - 1].text.unicodeScalars.append(scalar)
                }
                continue
            }
            guard column + w <= limit else { break }
            if x + column >= 0 {
                cells[y * width + x + column] = Cell(text: String(scalar), role: role)
                if w == 2 { cells[y * width + x + column + 1] = Cell(text: "", role: role) }
            }
            column += w
        }
        return column
    }

    /// Fills a rectangle with spaces of one role.
    public mutating func fill(_ rect: Rect, role: Role) {
        for yy in max(0, rect.y)..<min(height, rect.y + rect.height) {
            for xx in max(0, rect.x)..<min(width, rect.x + rect.width) {
                cells[yy * width + xx] = Cell(text: " ", role: role)
            }
        }
    }

    /// Changes the role of cells without changing their text (a selected row).
    public mutating func restyle(_ rect: Rect, role: Role) {
        for yy in max(0, rect.y)..<min(height, rect.y + rect.height) {
            for xx in max(0, rect.x)..<min(width, rect.x + rect.width) { cells[yy * width + xx].role = role }
        }
    }

    /// The screen as lines of text, for golden tests and tmux comparisons.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width { line += cells[y * width + x].text }
            return line
        }
    }

    /// Text cut to a display width, with `…` when something was cut.
    public static func fit(_ raw: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        // One pass that stops just past the width: a region name or title of megabytes is fitted
        // at every frame, and cleaning or measuring it whole took seconds.
        var out = String.UnicodeScalarView()
        var used = 0
        for raw in raw.unicodeScalars {
            guard let s = TerminalText.clean(raw) else { continue }
            let w = DisplayWidth.of(s)
            if used + w > width {
                // Cut: back to one column short of the width, for the ellipsis.
                while used > width - 1, let last = out.popLast() { used -= DisplayWidth.of(last) }
                return String(out) + "…"
            }
            out.append(s)
            used += w
        }
        return String(out)
    }
}
