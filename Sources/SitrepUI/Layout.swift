/// Where the panes go for a terminal size. Recomputed on every resize.
public struct Layout: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// At least 120 columns: timeline, regions and detail side by side.
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

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public var kind: Kind {
        if width < 40 || height < 10 { return .tiny }
        if width >= 120 { return .wide }
        return width >= 80 ? .medium : .narrow
    }

    /// The bottom line.
    public var status: Rect { Rect(x: 0, y: height - 1, width: width, height: 1) }

    /// The area above the status line.
    var body: Rect { Rect(x: 0, y: 0, width: width, height: height - 1) }

    /// Whether the medium layout has room for the detail below the lists.
    var mediumDetailBelow: Bool { height >= 30 }

    /// Whether the detail is shown in place of the lists (mode `.detail`) rather than beside them.
    var showsDetailInPlace: Bool { kind == .narrow || (kind == .medium && !mediumDetailBelow) }

    /// The rectangle of each pane shown in this state (absent panes are not shown).
    public func panes(focus: Pane, detailOpen: Bool) -> [Pane: Rect] {
        let b = body
        switch kind {
        case .tiny:
            return [:]
        case .wide:
            let timeline = b.width * 44 / 100
            let regions = min(56, max(38, b.width * 30 / 100))
            return [
                .timeline: Rect(x: 0, y: 0, width: timeline, height: b.height),
                .regions: Rect(x: timeline, y: 0, width: regions, height: b.height),
                .detail: Rect(x: timeline + regions, y: 0, width: b.width - timeline - regions, height: b.height),
            ]
        case .medium:
            if !mediumDetailBelow && detailOpen { return [.detail: b] }
            let listHeight = mediumDetailBelow ? b.height * 58 / 100 : b.height
            let timeline = b.width * 62 / 100
            var panes: [Pane: Rect] = [
                .timeline: Rect(x: 0, y: 0, width: timeline, height: listHeight),
                .regions: Rect(x: timeline, y: 0, width: b.width - timeline, height: listHeight),
            ]
            if mediumDetailBelow { panes[.detail] = Rect(x: 0, y: listHeight, width: b.width, height: b.height - listHeight) }
            return panes
        case .narrow:
            return [detailOpen ? .detail : focus: b]
        }
    }
}
