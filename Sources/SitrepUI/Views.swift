import SitrepKit

extension Dashboard {
    /// The saved views from the config file, and one to open with (`--view`).
    public mutating func setViews(_ views: [(name: String, query: String)], open name: String? = nil) {
        state.query.views = views
        if let name, let view = views.first(where: { $0.name == name }) { apply(view) }
    }

    mutating func apply(_ view: (name: String, query: String)) {
        state.query.filter = view.query
        state.query.viewName = view.name
        rebuildView()
    }

    /// 1-9 picks a view; Esc closes the picker.
    mutating func chooseView(_ key: Key) {
        if case .character(let c) = key, let n = c.wholeNumberValue, n >= 1, n <= min(9, state.query.views.count) {
            state.mode = .normal
            apply(state.query.views[n - 1])
        } else if key == .escape || key == .character("v") || key == .character("q") {
            state.mode = .normal
        }
    }

    func drawViewPicker(_ buffer: inout Buffer) {
        guard state.mode == .menu(.views) else { return }
        drawMenu(&buffer, title: "Views", items: state.query.views.map { ($0.name, $0.query) })
    }
}
