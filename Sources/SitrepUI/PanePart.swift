/// A pane's name. Each pane's file declares its own (`extension Pane { static let map = ... }`),
/// so that adding a pane touches no list of cases.
public struct Pane: RawRepresentable, Hashable, Sendable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// One pane of the dashboard: it draws the dashboard's state into its rectangle, keeps its view of
/// that state in bounds (scrolling so the selection shows), and handles the keys and clicks given
/// to it while it has the focus. Drawing reads and never changes anything. Adding a pane is one
/// file with its part and one entry in `Layout.table`.
protocol PanePart: Sendable {
    var pane: Pane { get }
    /// Adjusts scroll positions for the rectangle the pane now has, before it is drawn.
    func settle(_ d: inout Dashboard, in rect: Rect)
    func draw(_ d: Dashboard, into buffer: inout Buffer, _ rect: Rect)
    /// Up/down, pages, first/last: `delta` rows (large for first and last).
    func move(_ d: inout Dashboard, by delta: Int)
    /// ← and →, for panes that run across (the trends' cursor).
    func moveAcross(_ d: inout Dashboard, by delta: Int)
    /// Enter.
    func open(_ d: inout Dashboard)
    /// A mouse click at a screen position inside the pane's rectangle.
    func click(_ d: inout Dashboard, x: Int, y: Int, in rect: Rect)
}

extension PanePart {
    func settle(_ d: inout Dashboard, in rect: Rect) {}
    func moveAcross(_ d: inout Dashboard, by delta: Int) {}
    func open(_ d: inout Dashboard) {}
    func click(_ d: inout Dashboard, x: Int, y: Int, in rect: Rect) {}
}

/// View state a pane keeps for itself (a cursor, a zoom), stored by pane in `AppState.paneStates`.
public protocol PaneState: Sendable {}
