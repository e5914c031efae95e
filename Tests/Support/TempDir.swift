import Foundation

/// A folder under the system's temporary directory for one test's files, removed when the value
/// is released. Every test target makes its folders with this one type.
public final class TempDir: @unchecked Sendable {
    public let path: String

    public init(_ prefix: String = "sitrep-tests") {
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file (text as UTF-8), making the folders on its way, and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) -> String { write(name, bytes: Array(text.utf8)) }

    @discardableResult
    public func write(_ name: String, bytes: [UInt8]) -> String {
        let full = (path as NSString).appendingPathComponent(name)
        try? FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
        return full
    }
}
