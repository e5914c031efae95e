/// A problem found in an input file, reported as `path:line:column: error: message`.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable { case error, warning }

    public var path: String
    /// 1-based; 0 when the problem concerns the whole file.
    public var line: Int
    /// 1-based, counted in characters.
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(path: String, line: Int, column: Int, severity: Severity, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// An error that kept a whole file from being read: it could not be opened, is binary, or has
    /// a layout no profile reads.
    public var skipsFile: Bool { severity == .error && (line == 0 || message.hasSuffix("file skipped")) }

    /// A problem with a file as a whole, which the status line names: one that kept it from being
    /// read, or a followed file that could not be read again (its earlier events are shown). An
    /// empty file is no such problem: a feed not written yet is empty.
    public var aboutWholeFile: Bool { skipsFile || (line == 0 && message != Self.emptyFile) }

    public static let emptyFile = "empty file"

    public static func error(_ path: String, _ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, severity: .error, message: message)
    }

    public static func warning(_ path: String, _ line: Int, _ column: Int, _ message: String) -> Diagnostic {
        Diagnostic(path: path, line: line, column: column, severity: .warning, message: message)
    }

    public var description: String {
        let shown = RawPath.display(path)
        let place = line > 0 ? "\(shown):\(line):\(max(column, 1))" : shown
        return "\(place): \(severity.rawValue): \(message)"
    }
}

/// The problems of one file, counted exactly but kept only up to a bound, so that a binary or
/// garbage file of a gigabyte cannot fill memory with messages.
public struct DiagnosticLog: Sendable {
    public static let keptPerFile = 1000

    public private(set) var kept: [Diagnostic] = []
    public private(set) var errors = 0
    public private(set) var warnings = 0
    public private(set) var dropped = 0

    public init() {}

    public mutating func add(_ d: Diagnostic) {
        if d.severity == .error { errors += 1 } else { warnings += 1 }
        if kept.count < Self.keptPerFile { kept.append(d) } else { dropped += 1 }
    }

    public mutating func append(contentsOf other: DiagnosticLog) {
        for d in other.kept { add(d) }
        errors += other.errors - other.kept.filter { $0.severity == .error }.count
        warnings += other.warnings - other.kept.filter { $0.severity == .warning }.count
        dropped += other.dropped
    }

    /// Line numbers found after the fact (a file read in two halves) are moved here.
    mutating func shiftLines(by delta: Int) {
        for i in kept.indices where kept[i].line > 0 { kept[i].line += delta }
    }

    /// The kept messages, and one closing line when some were not kept.
    public func lines(path: String) -> [Diagnostic] {
        guard dropped > 0 else { return kept }
        return kept + [.warning(path, 0, 0, "\(dropped) more problems in this file not shown")]
    }
}
