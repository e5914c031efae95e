import SitrepKit

extension Dashboard {
    /// Draws the whole screen from the state; changes nothing (scroll positions are kept in
    /// bounds by `settle`, which the runtime runs after every message).
    public func render() -> Buffer {
        if state.mode == .wall, let settings = state.wall.settings { return renderWall(settings) }
        var buffer = Buffer(width: state.width, height: state.height)
        let layout = state.layout
        guard layout.kind != .tiny else {
            let text = "sitrep needs at least 40x10 (now \(state.width)x\(state.height))"
            buffer.put(Buffer.fit(text, state.width), x: 0, y: 0, role: .message)
            return buffer
        }
        for (part, rect) in shownParts { draw(part, into: &buffer, rect) }
        if state.mode == .editingFilter {
            drawFilterLine(&buffer, layout.status)
        } else if state.mode == .editingSearch {
            drawSearchLine(&buffer, layout.status)
        } else {
            drawStatus(&buffer, layout.status)
        }
        drawSameMenu(&buffer)
        drawViewPicker(&buffer)
        if state.mode == .help { drawHelp(&buffer) }
        return buffer
    }

    /// A box with a title; the focused pane's border and title stand out.
    func drawFrame(_ buffer: inout Buffer, _ rect: Rect, title: String, pane: Pane) {
        let focused = state.focus == pane
        let border: Role = focused ? .paneBorderFocused : .paneBorder
        guard rect.width >= 2, rect.height >= 2 else { return }
        buffer.box(rect, role: border)
        buffer.put(
            Buffer.fit(" \(title) ", rect.width - 4), x: rect.x + 2, y: rect.y,
            role: focused ? .paneTitleFocused : .paneTitle)
    }
}

extension Buffer {
    /// A frame of line-drawing characters around a rectangle.
    mutating func box(_ rect: Rect, role: Role) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let right = rect.x + rect.width - 1, bottom = rect.y + rect.height - 1
        for x in rect.x...right {
            put("─", x: x, y: rect.y, role: role)
            put("─", x: x, y: bottom, role: role)
        }
        for y in rect.y...bottom {
            put("│", x: rect.x, y: y, role: role)
            put("│", x: right, y: y, role: role)
        }
        for (x, y, corner) in [
            (rect.x, rect.y, "┌"), (right, rect.y, "┐"), (rect.x, bottom, "└"), (right, bottom, "┘"),
        ] {
            put(corner, x: x, y: y, role: role)
        }
    }
}

/// Numbers with thousands separators: `1,909`.
func grouped(_ n: Int) -> String { Counting.grouped(n) }

/// Words wrapped to a display width; a word longer than the width is cut into pieces. One pass over
/// the text: a single word of megabytes (a hostile title or body) wraps in linear time.
func wrap(_ text: String, _ width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var line = ""
        var lineWidth = 0
        for word in paragraph.split(separator: " ") {
            let ww = DisplayWidth.of(String(word))
            if ww <= width {
                if lineWidth > 0, lineWidth + 1 + ww > width {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                if lineWidth > 0 {
                    line += " "
                    lineWidth += 1
                }
                line += word
                lineWidth += ww
                continue
            }
            // Longer than a line: its own lines, cut where the width is reached; the last piece
            // starts the next line.
            if !line.isEmpty { lines.append(line) }
            var piece = String.UnicodeScalarView()
            var pieceWidth = 0
            for s in word.unicodeScalars {
                let sw = DisplayWidth.of(s)
                if pieceWidth + sw > width, !piece.isEmpty {
                    lines.append(String(piece))
                    piece = String.UnicodeScalarView()
                    pieceWidth = 0
                }
                piece.append(s)
                pieceWidth += sw
            }
            line = String(piece)
            lineWidth = pieceWidth
        }
        lines.append(line)
    }
    return lines
}

/// At most `limit` characters of a text for the screen, and how many bytes were left out: the
/// detail of an event with a title or body of megabytes is drawn at every key.
func shownPart(_ text: String, limit: Int) -> (text: String, leftOut: Int) {
    guard text.utf8.count > limit else { return (text, 0) }
    let part = String(String.UnicodeScalarView(text.unicodeScalars.prefix(limit)))
    return (part, text.utf8.count - part.utf8.count)
}
