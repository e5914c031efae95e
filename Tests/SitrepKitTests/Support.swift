import Testing
import Foundation
@testable import SitrepKit

/// A folder under the system's temporary directory, removed when the value is released.
final class TempDir {
    let path: String

    init() {
        let base = (NSTemporaryDirectory() as NSString).appendingPathComponent("sitrep-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        path = base
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file (bytes as given) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, bytes: Array(text.utf8)) }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) -> String {
        let full = (path as NSString).appendingPathComponent(name)
        try? FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(bytes))
        return full
    }
}

enum Fixtures {
    static let directory = (#filePath as NSString).deletingLastPathComponent + "/Fixtures"
    static func path(_ name: String) -> String { directory + "/" + name }
}

/// Loads files with default options (or the ones given).
func load(_ paths: [String], _ configure: (inout LoadOptions) -> Void = { _ in }) -> EventStore {
    var options = LoadOptions()
    configure(&options)
    return Loader.load(paths.map(EventSource.file), options: options)
}

extension EventStore {
    var titles: [String] { (0..<count).map(title(at:)) }
    var messages: [String] { diagnostics.map(\.description) }
}

/// A small deterministic generator for generated test data, so a failing case can be made again.
struct Random {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(n))
    }
}

/// Appends text to a file, as a writer following it would.
func appendText(_ path: String, _ text: String) throws {
    let h = try #require(FileHandle(forWritingAtPath: path))
    h.seekToEndOfFile()
    h.write(Data(text.utf8))
    try h.close()
}
