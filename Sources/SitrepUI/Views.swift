import SitrepKit

extension Dashboard {
    /// The saved views from the config file, and one to open with (`--view`).
    public mutating func setViews(_ views: [(name: String, query: String)], open name: String? = nil) {
        state.views = views
        if let name, let view = views.first(where: { $0.name == name }) { apply(view) }
    }

    private mutating func apply(_ view: (name: String, query: String)) {
        state.filter = view.query
        state.viewName = view.name
        rebuildView()
    }

    /// 1-9 picks a view; Esc closes the picker.
    mutating func chooseView(_ key: Key) {
        if case .character(let c) = key, let n = c.wholeNumberValue, n >= 1, n <= min(9, state.views.count) {
            state.viewPickerOpen = false
            apply(state.views[n - 1])
        } else if key == .escape || key == .character("v") || key == .character("q") {
            state.viewPickerOpen = false
        }
    }

    func drawViewPicker(_ buffer: inout Buffer) {
        guard state.viewPickerOpen else { return }
        let items = state.views.prefix(9)
        let width = min(buffer.width - 2, max(34, (items.map { DisplayWidth.of($0.name) + DisplayWidth.of($0.query) }.max() ?? 0) + 12))
        let height = min(buffer.height - 2, items.count + 3)
        guard width > 10, height > 3 else { return }
        let rect = Rect(x: (buffer.width - width) / 2, y: (buffer.height - height) / 2, width: width, height: height)
        buffer.fill(rect, role: .helpText)
        buffer.box(rect, role: .helpBorder)
        buffer.put(" Views (1-\(items.count), Esc) ", x: rect.x + 2, y: rect.y, role: .helpBorder)
        for (i, view) in items.prefix(height - 3).enumerated() {
            let y = rect.y + 2 + i
            buffer.put("\(i + 1)", x: rect.x + 2, y: y, role: .helpKey)
            let used = buffer.put(Buffer.fit(view.name, width / 2), x: rect.x + 5, y: y, role: .helpText)
            buffer.put(Buffer.fit(view.query, width - used - 9), x: rect.x + 6 + used, y: y, role: .detailLabel)
        }
    }
}
