/// The screen written down, from the same Buffer the terminal draws: plain lines, lines with the
/// theme's colours as SGR codes, or a self-contained HTML or SVG file for a briefing. Cell text is
/// already cleaned of control characters (`Buffer.put`); HTML and SVG escape it besides, so a title
/// such as `<script>` shows as text.
public enum SnapshotFormat: String, Sendable, CaseIterable {
    case txt, ansi, html, svg

    public var fileExtension: String { rawValue }
}

public struct Snapshot: Sendable {
    public let buffer: Buffer
    public let theme: Theme

    public init(buffer: Buffer, theme: Theme) {
        self.buffer = buffer
        self.theme = theme
    }

    public func render(_ format: SnapshotFormat) -> String {
        switch format {
        case .txt: return buffer.lines.joined(separator: "\n") + "\n"
        case .ansi: return ansi()
        case .html: return html()
        case .svg: return svg()
        }
    }

    /// Runs of cells with the same role in a line: (first column, columns, text, role).
    func runs(_ y: Int) -> [(x: Int, width: Int, text: String, role: Role)] {
        var out: [(x: Int, width: Int, text: String, role: Role)] = []
        for x in 0..<buffer.width {
            let cell = buffer[x, y]
            if let last = out.last, last.role == cell.role {
                out[out.count - 1].text += cell.text
                out[out.count - 1].width += 1
            } else {
                out.append((x, 1, cell.text, cell.role))
            }
        }
        return out
    }

    // MARK: - ANSI

    private func ansi() -> String {
        var out = ""
        for y in 0..<buffer.height {
            for run in runs(y) { out += "\u{1B}[" + sgr(theme.style(run.role)) + "m" + run.text }
            out += "\u{1B}[0m\n"
        }
        return out
    }

    /// `0;1;38;2;r;g;b`: a reset, the attributes, and the colours in 24 bits.
    private func sgr(_ style: Style) -> String {
        var codes = ["0"]
        if style.bold { codes.append("1") }
        if style.dim { codes.append("2") }
        if style.italic { codes.append("3") }
        if style.underline { codes.append("4") }
        if style.reverse { codes.append("7") }
        if let (r, g, b) = style.foreground.rgbValue { codes.append("38;2;\(r);\(g);\(b)") }
        if let (r, g, b) = style.background.rgbValue { codes.append("48;2;\(r);\(g);\(b)") }
        return codes.joined(separator: ";")
    }

    // MARK: - Colours for HTML and SVG

    /// The page's own colours: the theme's `page` (falling back to `normal`), or light grey on
    /// near black where neither sets a colour.
    var pageColours: (foreground: String, background: String) {
        let page = theme.style(.page), normal = theme.style(.normal)
        let fg = page.foreground.rgbValue ?? normal.foreground.rgbValue,
            bg = page.background.rgbValue ?? normal.background.rgbValue
        return (fg.map(Self.css) ?? "#d0d0d0", bg.map(Self.css) ?? "#121212")
    }

    /// A style's colours as CSS, reverse applied; nil where the page's own colours show.
    func colours(_ style: Style) -> (foreground: String, background: String?) {
        let page = pageColours
        var fg = style.foreground.rgbValue.map(Self.css) ?? page.foreground
        var bg = style.background.rgbValue.map(Self.css)
        if style.reverse { (fg, bg) = (bg ?? page.background, fg) }
        return (fg, bg)
    }

    static func css(_ rgb: (Int, Int, Int)) -> String {
        let hex = Array("0123456789abcdef")
        return "#" + [rgb.0, rgb.1, rgb.2].map { String([hex[($0 >> 4) & 15], hex[$0 & 15]]) }.joined()
    }

    /// Text safe inside HTML or SVG: `<`, `>`, `&` and quotes as entities.
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
