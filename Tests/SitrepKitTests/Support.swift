import Testing
import Foundation
@testable import SitrepKit
import SitrepTestSupport

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

/// The generator the older tests call `Random(state:)`: the shared seeded one.
typealias Random = SeededRandom

extension SeededRandom {
    init(state: UInt64) { self.init(seed: state) }
}

/// Appends text to a file, as a writer following it would.
func appendText(_ path: String, _ text: String) throws {
    let h = try #require(FileHandle(forWritingAtPath: path))
    h.seekToEndOfFile()
    h.write(Data(text.utf8))
    try h.close()
}
