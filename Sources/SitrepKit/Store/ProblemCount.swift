import Foundation

/// How many errors and warnings a load has: the one count that `sitrep check`, the dashboard's status
/// line and the message at exit all give. It covers every message, also those past the 1,000 a file
/// keeps, the repeated ids found across files, and the problems outside the event files (paths that
/// cannot be read, the user's profiles and aliases).
public struct ProblemCount: Sendable, Equatable {
    public var errors: Int
    public var warnings: Int

    public init(errors: Int, warnings: Int) {
        self.errors = errors
        self.warnings = warnings
    }

    /// With `waiting` false, repeated ids not yet found count as none (the screen does not wait for
    /// the scan; it runs beside it and the screen is drawn again when it is done).
    public init(store: EventStore, outside: [Diagnostic], waiting: Bool = true) {
        let duplicates = waiting ? store.duplicateIDs.count : (store.duplicateIDsIfFound?.count ?? 0)
        errors = store.errorCount + outside.filter { $0.severity == .error }.count
        warnings = store.warningCount + duplicates + outside.filter { $0.severity == .warning }.count
    }

    public var total: Int { errors + warnings }
    public var text: String {
        "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
    }

    /// `3 errors, 1 warning`, with thousands grouped as on the screen.
    public func text(grouping: (Int) -> String) -> String {
        "\(grouping(errors)) error\(errors == 1 ? "" : "s"), \(grouping(warnings)) warning\(warnings == 1 ? "" : "s")"
    }
}

extension EventStore {
    /// The first problem with a whole file, for the status line to name: a count alone ("1 error")
    /// does not say that a file is missing from the screen, or is shown as it was.
    public var firstFileProblem: Diagnostic? {
        for file in files { if let d = file.log.kept.first(where: \.aboutWholeFile) { return d } }
        return nil
    }

    /// Records that share an explicit id with an earlier one (warnings), found once and kept.
    public var duplicateIDs: [Diagnostic] { duplicateCache.value { DuplicateIDs.find(in: self) } }

    /// The repeated ids if they have been found already, without finding them.
    public var duplicateIDsIfFound: [Diagnostic]? { duplicateCache.peek }
}
