/// Where the panes go for a terminal size: the first rule of `table` the size meets. Layouts are
/// data (which panes, their shares, the breakpoints), so a new pane or a new layout is an entry
/// here, not edits to the key handling.
public struct Layout: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// At least 120 columns: timeline, regions and detail side by side (and the map beside the
        /// regions from 170x45).
        case wide
        /// 80 to 119 columns: timeline with regions beside it; detail below when there is height for
        /// it, otherwise in place of the lists on Enter.
        case medium
        /// Under 80 columns: one pane at a time; Tab switches.
        case narrow
        /// Under 40x10: a one-line message.
        case tiny
    }

    public let width: Int
    public let height: Int
    /// The pane in the regions pane's place (`t`).
    public let secondPane: Pane

    public init(width: Int, height: Int, secondPane: Pane = .regions) {
        self.width = width
        self.height = height
        self.secondPane = secondPane
    }

    /// Panes that can take the regions pane's place, in the order `t` shows them (after the regions).
    static let standIns: [any PanePart] = [TrendsPart(), MapPart(), SourcesPart()]

    /// Every part the dashboard can show, each once: the help lists their keys.
    static var everyPart: [any PanePart] {
        var seen = Set<Pane>()
        let all = table.flatMap { $0.arrangement.parts + ($0.inPlace.map { [$0] } ?? []) } + standIns
        return all.filter { seen.insert($0.pane).inserted }
    }

    /// The part drawn where the table puts a part: the stand-in chosen for the regions pane, unless
    /// the layout shows that pane already (the map beside the regions on a large screen).
    func resolved(_ part: any PanePart) -> any PanePart {
        guard part.pane == .regions, secondPane != .regions,
            rule?.arrangement.parts.contains(where: { $0.pane == secondPane }) != true
        else { return part }
        return Self.standIns.first { $0.pane == secondPane } ?? part
    }

    /// The breakpoints, largest first. Shares are of the body (the screen above the status line).
    static let table: [LayoutRule] = [
        // Room for the map beside the regions: four panes.
        LayoutRule(
            kind: .wide, minWidth: 170, minHeight: 45,
            arrangement: .side([
                (.percent(34), .pane(TimelinePart())),
                (.between(percent: 22, min: 38, max: 48), .pane(RegionsPart())),
                (.between(percent: 26, min: 44, max: 64), .pane(MapPart())),
                (.rest, .pane(DetailPart())),
            ])),
        LayoutRule(
            kind: .wide, minWidth: 120, minHeight: 10,
            arrangement: .side([
                (.percent(44), .pane(TimelinePart())),
                (.between(percent: 30, min: 38, max: 56), .pane(RegionsPart())),
                (.rest, .pane(DetailPart())),
            ])),
        LayoutRule(
            kind: .medium, minWidth: 80, minHeight: 30,
            arrangement: .stacked([
                (.percent(58), .side([(.percent(62), .pane(TimelinePart())), (.rest, .pane(RegionsPart()))])),
                (.rest, .pane(DetailPart())),
            ])),
        LayoutRule(
            kind: .medium, minWidth: 80, minHeight: 10,
            arrangement: .side([
                (.percent(62), .pane(TimelinePart())), (.rest, .pane(RegionsPart())),
            ]), inPlace: DetailPart()),
        LayoutRule(
            kind: .narrow, minWidth: 40, minHeight: 10,
            arrangement: .oneAtATime([TimelinePart(), RegionsPart(), DetailPart()]),
            inPlace: DetailPart()),
    ]

    var rule: LayoutRule? { Self.table.first { width >= $0.minWidth && height >= $0.minHeight } }

    public var kind: Kind { rule?.kind ?? .tiny }

    /// The bottom line.
    public var status: Rect { Rect(x: 0, y: height - 1, width: width, height: 1) }

    /// The area above the status line.
    var body: Rect { Rect(x: 0, y: 0, width: width, height: height - 1) }

    /// Whether the detail is shown in place of the lists (mode `.detail`) rather than beside them.
    var showsDetailInPlace: Bool { rule?.inPlace != nil }

    /// The panes Tab visits, in order.
    var focusOrder: [Pane] {
        guard let rule else { return [] }
        let shown = rule.arrangement.parts.map { resolved($0).pane }
        return shown + (rule.inPlace.map { shown.contains($0.pane) ? [] : [$0.pane] } ?? [])
    }

    /// The parts shown in this state, each with its rectangle.
    func parts(focus: Pane, detailOpen: Bool) -> [(part: any PanePart, rect: Rect)] {
        guard let rule else { return [] }
        if detailOpen, let inPlace = rule.inPlace { return [(inPlace, body)] }
        return rule.arrangement.place(in: body, focus: focus, resolve: resolved)
    }

    /// The rectangle of each pane shown in this state (absent panes are not shown).
    public func panes(focus: Pane, detailOpen: Bool) -> [Pane: Rect] {
        Dictionary(parts(focus: focus, detailOpen: detailOpen).map { ($0.part.pane, $0.rect) }) { first, _ in first }
    }

    public static func == (a: Layout, b: Layout) -> Bool {
        a.width == b.width && a.height == b.height && a.secondPane == b.secondPane
    }
}

/// One breakpoint: from which size it applies, how the panes share the body, and which pane (if
/// any) Enter shows over the whole body when there is no room beside the lists.
struct LayoutRule: Sendable {
    let kind: Layout.Kind
    let minWidth: Int
    let minHeight: Int
    let arrangement: Arrangement
    var inPlace: (any PanePart)?
}

/// How much of a row or column a part gets.
enum Share: Sendable {
    case percent(Int)
    /// A percentage held between two sizes in cells.
    case between(percent: Int, min: Int, max: Int)
    /// What the others leave.
    case rest

    func cells(of total: Int) -> Int? {
        switch self {
        case .percent(let p): total * p / 100
        case .between(let p, let low, let high): min(high, max(low, total * p / 100))
        case .rest: nil
        }
    }
}

/// Panes side by side, stacked, or one at a time (the one with the focus). A struct whose children
/// are in an array rather than an indirect enum: the table is a global made once, and an indirect
/// enum's boxes, referenced through pointers carrying the enum's tag bits, look unreachable to the
/// leak checker.
struct Arrangement: Sendable {
    enum Kind: Sendable { case pane, side, stacked, oneAtATime }
    let kind: Kind
    /// The pane (`.pane`) or the panes shown one at a time (`.oneAtATime`).
    let panes: [any PanePart]
    /// The shares and what fills them (`.side`, `.stacked`).
    let items: [(share: Share, arrangement: Arrangement)]

    static func pane(_ part: any PanePart) -> Arrangement { Arrangement(kind: .pane, panes: [part], items: []) }
    static func side(_ items: [(Share, Arrangement)]) -> Arrangement {
        Arrangement(kind: .side, panes: [], items: items.map { ($0.0, $0.1) })
    }
    static func stacked(_ items: [(Share, Arrangement)]) -> Arrangement {
        Arrangement(kind: .stacked, panes: [], items: items.map { ($0.0, $0.1) })
    }
    static func oneAtATime(_ parts: [any PanePart]) -> Arrangement {
        Arrangement(kind: .oneAtATime, panes: parts, items: [])
    }

    var parts: [any PanePart] { kind == .pane || kind == .oneAtATime ? panes : items.flatMap { $0.arrangement.parts } }

    func place(in rect: Rect, focus: Pane, resolve: (any PanePart) -> any PanePart) -> [(
        part: any PanePart, rect: Rect
    )] {
        switch kind {
        case .pane: return [(resolve(panes[0]), rect)]
        case .oneAtATime:
            let shown = panes.map(resolve)
            return [(shown.first { $0.pane == focus } ?? shown[0], rect)]
        case .side, .stacked:
            let across = kind == .side
            let total = across ? rect.width : rect.height
            let fixed = items.map { $0.share.cells(of: total) }
            let rest = max(0, total - fixed.compactMap { $0 }.reduce(0, +))
            var offset = 0
            var placed: [(part: any PanePart, rect: Rect)] = []
            for (i, item) in items.enumerated() {
                let size = fixed[i] ?? rest
                let r =
                    across
                    ? Rect(x: rect.x + offset, y: rect.y, width: size, height: rect.height)
                    : Rect(x: rect.x, y: rect.y + offset, width: rect.width, height: size)
                placed += item.arrangement.place(in: r, focus: focus, resolve: resolve)
                offset += size
            }
            return placed
        }
    }
}
