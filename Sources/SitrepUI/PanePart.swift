/// A pane's name. Each pane's file declares its own (`extension Pane { static let map = ... }`),
/// so that adding a pane touches no list of cases.
public struct Pane: RawRepresentable, Hashable, Sendable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// One pane of the dashboard. It reads the dashboard and changes only its own typed `State` (a
/// scroll position, a cursor, what it worked out for the view); what it wants of the rest (select
/// an event, narrow to a region, open the detail) it returns as `PaneIntent`s, which the dashboard
/// applies. It declares its own keys, and the help is made from the declarations. Adding a pane
/// is one file with its part and one entry in `Layout.table` (or `Layout.standIns`).
protocol PanePart: Sendable {
    associatedtype State: PaneState
    var pane: Pane { get }
    /// The key that puts this pane in the regions pane's place and back (`t`, `m`), for the panes
    /// listed in `Layout.standIns`.
    var showKey: PaneKey? { get }
    /// The pane's own keys, answered while it is shown (by the focused pane first).
    var keys: [PaneKey] { get }
    /// Keeps the state in bounds for the rectangle the pane now has, before it is drawn: scrolls so
    /// the selection shows, works out what the view needs.
    func settle(_ d: Dashboard, _ s: inout State, in rect: Rect)
    func draw(_ d: Dashboard, _ s: State, into buffer: inout Buffer, _ rect: Rect)
    /// A key or click given to the pane.
    func handle(_ input: PaneInput, _ d: Dashboard, _ s: inout State, in rect: Rect) -> [PaneIntent]
}

extension PanePart {
    var showKey: PaneKey? { nil }
    var keys: [PaneKey] { [] }
    func settle(_ d: Dashboard, _ s: inout State, in rect: Rect) {}
}

/// A key a pane answers itself: the keys, the name its `handle` is told, and the help's words.
struct PaneKey: Sendable {
    var keys: [Key]
    var name: String
    var help: String

    /// Whether the key is one of these, or is at the same place on a Latin keyboard.
    func matches(_ key: Key) -> Bool {
        keys.contains(key) || KeyLayouts.latin(for: key).map(keys.contains) == true
    }
}

/// What a pane is given: movement (rows up or down, large for first and last), ← →, Enter, a click
/// at a screen position inside its rectangle, or one of its own keys by name.
enum PaneInput: Sendable, Equatable {
    case move(Int)
    case moveAcross(Int)
    case open
    case click(x: Int, y: Int)
    case key(String)
}

/// What a pane asks of the dashboard: the parts of the state that are not its own.
enum PaneIntent: Sendable, Equatable {
    /// Select a row of the timeline, and one of the reports listed under it.
    case selectRow(Int, report: Int?)
    /// List the reports of the selected story under its row.
    case expandStory
    /// Show the selected event's detail: beside the lists where the layout has room, else in their place.
    case showDetail
    /// The region whose totals the detail shows while the regions pane has the focus.
    case pointAtRegion(String?)
    /// Only this region's events; when it is the one already chosen, all again.
    case toggleRegion(String)
    /// The filter in force becomes this text (a pane narrowing the timeline).
    case setFilter(String)
    /// The next thing the trends and the map plot (`p`).
    case nextPlot
    /// A short message in the status line.
    case notice(String)
}

/// View state a pane keeps for itself: made empty the first time the pane is shown.
public protocol PaneState: Sendable {
    init()
}

/// The panes' states, each stored under its own type: a pane reads back exactly the type it
/// stored, so there is no cast that could fail and quietly hand back a default.
public struct PaneStates: Sendable {
    private var byType: [ObjectIdentifier: any PaneState] = [:]

    public init() {}

    public subscript<S: PaneState>(_ type: S.Type) -> S {
        get {
            guard let stored = byType[ObjectIdentifier(type)] else { return S() }
            // Stored only by this subscript's setter, under the key of its own type.
            return stored as! S
        }
        set { byType[ObjectIdentifier(type)] = newValue }
    }
}

extension Dashboard {
    /// Settles a part against its own state.
    mutating func settle<P: PanePart>(_ part: P, in rect: Rect) {
        var s = state.panes[P.State.self]
        part.settle(self, &s, in: rect)
        state.panes[P.State.self] = s
    }

    func draw<P: PanePart>(_ part: P, into buffer: inout Buffer, _ rect: Rect) {
        part.draw(self, state.panes[P.State.self], into: &buffer, rect)
    }

    /// Gives a part an input and applies what it asks for.
    mutating func send<P: PanePart>(_ input: PaneInput, to part: P, in rect: Rect) {
        var s = state.panes[P.State.self]
        let intents = part.handle(input, self, &s, in: rect)
        state.panes[P.State.self] = s
        for intent in intents { apply(intent) }
    }
}
