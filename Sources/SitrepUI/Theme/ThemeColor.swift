/// A colour as a theme names it: the terminal's own default, one of the 256 indexed colours (0-15
/// are the ANSI names), or 24-bit RGB. `ColorDepth` turns it into what the terminal can show.
public enum ThemeColor: Sendable, Equatable, Hashable {
    case terminalDefault
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    /// The 16 ANSI names, in colour-number order.
    public static let names = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta", "bright-cyan",
        "bright-white",
    ]

    /// `default`, a name (`red`, `bright-blue`; `_` and `grey`/`gray` for bright-black accepted),
    /// `colorN` with N in 0-255, or `#rrggbb`; nil for anything else.
    public static func parse(_ text: String) -> ThemeColor? {
        let t = text.lowercased().replacingOccurrences(of: "_", with: "-")
        if t == "default" { return .terminalDefault }
        if t == "gray" || t == "grey" { return .indexed(8) }
        if let i = names.firstIndex(of: t) { return .indexed(i) }
        if t.hasPrefix("color"), let n = Int(t.dropFirst(5)), (0...255).contains(n), t.count <= 8 { return .indexed(n) }
        if t.hasPrefix("#"), t.count == 7, let v = UInt32(t.dropFirst(), radix: 16) {
            return .rgb(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
        }
        return nil
    }

    /// The RGB value: exact for `rgb`, xterm's defaults for indexed colours.
    var rgbValue: (Int, Int, Int)? {
        switch self {
        case .terminalDefault: return nil
        case .rgb(let r, let g, let b): return (Int(r), Int(g), Int(b))
        case .indexed(let n) where n < 16: return ColorDepth.ansi[n]
        case .indexed(let n) where n < 232:
            let i = n - 16
            return (ColorDepth.cube[i / 36], ColorDepth.cube[i / 6 % 6], ColorDepth.cube[i % 6])
        case .indexed(let n):
            let v = 8 + 10 * (n - 232)
            return (v, v, v)
        }
    }
}

/// How many colours the terminal shows, and the colour number it gets for a theme colour: every
/// theme is usable everywhere, each colour mapped to the nearest one the terminal has.
public enum ColorDepth: Sendable, Equatable {
    case none, eight, sixteen, palette256, direct

    /// From curses' `COLORS` (0 without colour, 16,777,216 on a direct-colour terminal).
    public init(colors: Int) {
        switch colors {
        case ..<8: self = .none
        case 8..<16: self = .eight
        case 16..<256: self = .sixteen
        case 256..<0x1000000: self = .palette256
        default: self = .direct
        }
    }

    /// xterm's default RGB for the 16 ANSI colours, and the levels of its 6x6x6 cube.
    static let ansi = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
        (255, 255, 255),
    ]
    static let cube = [0, 95, 135, 175, 215, 255]

    /// The colour number for curses: -1 is the terminal's default; direct colour is 0xRRGGBB.
    public func number(for color: ThemeColor) -> Int32 {
        guard self != .none, let rgb = color.rgbValue else { return -1 }
        switch (self, color) {
        case (.direct, _): return Int32(rgb.0 << 16 | rgb.1 << 8 | rgb.2)
        case (.palette256, .indexed(let n)): return Int32(n)
        case (.palette256, _): return Int32(Self.nearest256(rgb))
        case (.sixteen, .indexed(let n)) where n < 16: return Int32(n)
        case (.eight, .indexed(let n)) where n < 16: return Int32(n % 8)
        default: return Int32(Self.nearestANSI(rgb, count: self == .eight ? 8 : 16))
        }
    }

    /// The nearest of the 6x6x6 cube and the 24 greys of a 256-colour terminal.
    static func nearest256(_ c: (Int, Int, Int)) -> Int {
        func level(_ v: Int) -> Int { cube.indices.min { abs(cube[$0] - v) < abs(cube[$1] - v) }! }
        let (r, g, b) = (level(c.0), level(c.1), level(c.2))
        let inCube = 16 + 36 * r + 6 * g + b
        let grey = max(0, min(23, ((c.0 + c.1 + c.2) / 3 - 3) / 10))
        let greyValue = 8 + 10 * grey
        return distance(c, (cube[r], cube[g], cube[b])) <= distance(c, (greyValue, greyValue, greyValue))
            ? inCube : 232 + grey
    }

    static func nearestANSI(_ c: (Int, Int, Int), count: Int) -> Int {
        (0..<count).min { distance(c, ansi[$0]) < distance(c, ansi[$1]) }!
    }

    /// Squared distance, weighted for the eye (red 3, green 4, blue 2), so greens and greys land
    /// where a person would put them.
    static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }
}
