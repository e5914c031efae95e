import SitrepKit

extension Dashboard {
    /// Draws the whole screen. Keeps the scroll positions it chose so that the selection stays in view.
    public mutating func render() -> Buffer {
        if state.wallActive, let settings = state.wall { return renderWall(settings) }
        var buffer = Buffer(width: state.width, height: state.height)
        let layout = state.layout
        guard layout.kind != .tiny else {
            let text = "sitrep needs at least 40x10 (now \(state.width)x\(state.height))"
            buffer.put(Buffer.fit(text, state.width), x: 0, y: 0, role: .message)
            return buffer
        }
        let panes = layout.panes(focus: state.focus, detailOpen: state.detailOpen)
        if let rect = panes[.timeline] { drawTimeline(&buffer, rect) }
        if let rect = panes[.regions] { drawRegions(&buffer, rect) }
        if let rect = panes[.detail] { drawDetail(&buffer, rect) }
        if state.editing {
            drawFilterLine(&buffer, layout.status)
        } else if state.searching {
            drawSearchLine(&buffer, layout.status)
        } else {
            drawStatus(&buffer, layout.status)
        }
        drawSameMenu(&buffer)
        drawViewPicker(&buffer)
        if state.showHelp { drawHelp(&buffer) }
        return buffer
    }

    /// A box with a title; the focused pane's border and title stand out.
    func drawFrame(_ buffer: inout Buffer, _ rect: Rect, title: String, pane: Pane) {
        let focused = state.focus == pane
        let border: Role = focused ? .paneBorderFocused : .paneBorder
        guard rect.width >= 2, rect.height >= 2 else { return }
        buffer.box(rect, role: border)
        buffer.put(Buffer.fit(" \(title) ", rect.width - 4), x: rect.x + 2, y: rect.y, role: focused ? .paneTitleFocused : .paneTitle)
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
        for (x, y, corner) in [(rect.x, rect.y, "┌"), (right, rect.y, "┐"), (rect.x, bottom, "└"), (right, bottom, "┘")] {
            put(corner, x: x, y: y, role: role)
        }
    }
}

/// Numbers with thousands separators: `1,909`.
func grouped(_ n: Int) -> String {
    let digits = String(abs(n))
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(c)
    }
    return n < 0 ? "-" + out : out
}

/// Words wrapped to a display width; a word longer than the width is cut into pieces.
func wrap(_ text: String, _ width: Int) -> [String] {
    guard width > 0 else { return [] }
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
        var line = ""
        var lineWidth = 0
        for word in paragraph.split(separator: " ") {
            var w = String(word)
            while DisplayWidth.of(w) > width {
                if !line.isEmpty { lines.append(line); line = ""; lineWidth = 0 }
                let piece = Buffer.fit(w, width + 1).dropLast()
                lines.append(String(piece))
                w = String(w.unicodeScalars.dropFirst(piece.unicodeScalars.count))
            }
            let ww = DisplayWidth.of(w)
            if lineWidth > 0, lineWidth + 1 + ww > width {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            line += (lineWidth > 0 ? " " : "") + w
            lineWidth += (lineWidth > 0 ? 1 : 0) + ww
        }
        lines.append(line)
    }
    return lines
}
