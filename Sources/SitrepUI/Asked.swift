/// What a key asks for beyond the dashboard's own state, returned by `Dashboard.handle`: the
/// runtime turns each into effects at once. Adding one is a case here and a line in
/// `Runtime.perform(_:)`, with no flag for the schedule to look at.
public enum Asked: Sendable, Equatable {
    /// Write the screen to files (`S`).
    case snapshot
    /// Show this theme (`T`).
    case theme(String)
    /// Leave (`q`, Ctrl-C).
    case quit
}
