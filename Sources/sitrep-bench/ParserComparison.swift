import Foundation
import SitrepKit

/// Times Foundation's JSONSerialization against sitrep's own reader on the same file, in this
/// process, one core: the measurement behind choosing a hand-written reader (ARCHITECTURE.md).
enum ParserComparison {
    static func run(path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let lines = data.split(separator: 0x0A)
        var start = DispatchTime.now().uptimeNanoseconds
        var parsed = 0
        for line in lines {
            if let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                object["title"] != nil
            {
                parsed += 1
            }
        }
        let foundation = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        start = DispatchTime.now().uptimeNanoseconds
        var options = LoadOptions()
        options.threads = 1
        let store = Loader.load([.file(path)], options: options)
        let own = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print("")
        print("parser comparison on \(lines.count) lines, one core:")
        print(String(format: "  JSONSerialization, objects only (no store):  %.2f s  (%d objects)", foundation, parsed))
        print(String(format: "  sitrep reader, parse and build the store:     %.2f s  (%d events)", own, store.count))
    }
}
