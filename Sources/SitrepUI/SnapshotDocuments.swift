extension Snapshot {
    /// A page with one `<pre>`: each run of a role a `<span>` with its colours and attributes. Wide
    /// characters take their two cells because the cell behind them holds nothing.
    func html() -> String {
        let page = pageColours
        var body = ""
        for y in 0..<buffer.height {
            for run in runs(y) {
                let style = theme.style(run.role)
                let (fg, bg) = colours(style)
                var css = "color:\(fg)"
                if let bg { css += ";background:\(bg)" }
                if style.bold { css += ";font-weight:bold" }
                if style.dim { css += ";opacity:0.6" }
                if style.italic { css += ";font-style:italic" }
                if style.underline { css += ";text-decoration:underline" }
                body += "<span style=\"\(css)\">\(Self.escaped(run.text))</span>"
            }
            body += "\n"
        }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <title>sitrep \(buffer.width)x\(buffer.height) · \(Self.escaped(theme.name))</title>
            <style>
            body { margin: 0; background: \(page.background); }
            pre { margin: 1em; color: \(page.foreground); background: \(page.background); font-family: "DejaVu Sans Mono", "Noto Sans Mono", Menlo, Consolas, monospace; font-size: 14px; line-height: 1.2; }
            </style>
            </head>
            <body>
            <pre>\(body)</pre>
            </body>
            </html>

            """
    }

    /// An SVG of cells 9 by 18 pixels: each run's background a rectangle, its text placed at its
    /// column (a wide character spans two cells, so columns stay true whatever the font).
    func svg() -> String {
        let (cw, ch) = (9, 18)
        let page = pageColours
        var shapes = ""
        var texts = ""
        for y in 0..<buffer.height {
            for run in runs(y) {
                let style = theme.style(run.role)
                let (fg, bg) = colours(style)
                if let bg {
                    shapes +=
                        "<rect x=\"\(run.x * cw)\" y=\"\(y * ch)\" width=\"\(run.width * cw)\" height=\"\(ch)\" fill=\"\(bg)\"/>\n"
                }
                var attributes = "fill=\"\(fg)\""
                if style.bold { attributes += " font-weight=\"bold\"" }
                if style.dim { attributes += " fill-opacity=\"0.6\"" }
                if style.underline { attributes += " text-decoration=\"underline\"" }
                var x = run.x
                for column in 0..<run.width {
                    let text = buffer[run.x + column, y].text
                    defer { x += 1 }
                    guard !text.isEmpty, text != " " else { continue }
                    texts += "<text x=\"\(x * cw)\" y=\"\(y * ch + 14)\" \(attributes)>\(Self.escaped(text))</text>\n"
                }
            }
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="\(buffer.width * cw)" height="\(buffer.height * ch)" viewBox="0 0 \(buffer.width * cw) \(buffer.height * ch)" font-family="DejaVu Sans Mono, Noto Sans Mono, Menlo, Consolas, monospace" font-size="15" xml:space="preserve">
            <rect width="100%" height="100%" fill="\(page.background)"/>
            \(shapes)\(texts)</svg>

            """
    }
}
