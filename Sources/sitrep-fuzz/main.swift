import Foundation
import SitrepKit
import SitrepUI
import SitrepWork

// libFuzzer entry point. Built by `bash Tests/Fuzz/fuzz.sh` with `-sanitize=fuzzer,address` and
// `-DSITREP_FUZZ`: the program then hands its arguments to libFuzzer's driver. In an ordinary build
// it does nothing.
// SITREP_FUZZ picks what each input is fed to: jsonl, csv-acled, csv-viina, csv-alerts,
// csv-alerts-official, csv-sitrep, query, theme, or runtime (a script of keys, resizes and file
// changes run by the real runtime, `RuntimeScript`). Every input goes through the public API, as a
// file would, and every event read is then read back in full and drawn, so that a crash anywhere
// after parsing is found too.

enum FuzzTarget {
    static let name = ProcessInfo.processInfo.environment["SITREP_FUZZ"] ?? "jsonl"
    /// The demo's 20 news events: enough fields and regions for every kind of term.
    static let demo = Loader.load(Array(DemoEvents.sources.prefix(1)))

    static func run(_ bytes: [UInt8]) {
        switch name {
        case "jsonl":
            let source = EventSource.embedded("fuzz.jsonl", bytes)
            exercise(Loader.load([source]))
            // The counting path of `summary` reads the same lines its own way.
            var counting = LoadOptions()
            counting.countingBy = .source
            _ = EventLibrary(sources: [source], options: counting).countAll()
        case let csv where csv.hasPrefix("csv-"):
            var options = LoadOptions()
            options.profile = CSVProfile.builtIn.first { $0.name == String(csv.dropFirst(4)) }
            precondition(options.profile != nil, "unknown profile in SITREP_FUZZ=\(csv)")
            exercise(Loader.load([.embedded("fuzz.csv", bytes)], options: options))
        case "runtime":
            // Keys, resizes, appends, deletions, rotations, time and themes, run by the real runtime.
            RuntimeScript.run(
                bytes, in: NSTemporaryDirectory(), alertLog: "Tests/SitrepKitTests/Fixtures/alerts-official-2024-04.csv"
            )
        case "query":
            let text = String(decoding: bytes, as: UTF8.self)
            if let query = try? QueryParser(gazetteer: demo.gazetteer, zone: .utc, now: 1_732_665_600).parse(text) {
                _ = QueryMatcher(store: demo, query: query).positions()
            }
        case "theme":
            let text = String(decoding: bytes, as: UTF8.self)
            guard let source = ThemeFile.parse(text, path: "fuzz.toml").source else { return }
            var catalog = ThemeCatalog.builtIn
            catalog.add(text, path: "fuzz.toml")
            _ = catalog.theme(source.name)
        default:
            fatalError("SITREP_FUZZ=\(name) is not a fuzz target")
        }
    }

    /// Reads every event back in full and draws the dashboard over them at two sizes.
    static func exercise(_ store: EventStore) {
        _ = store.diagnostics.map(\.description)
        for i in 0..<store.count { _ = store.event(at: i) }
        // A word search reads the records back from the file, its own way.
        _ = QueryMatcher(store: store, query: .text("a")).positions()
        // Sums of every figure, by day and by region: where a figure at the edge of a double
        // once made infinity.
        _ = store.tabulate(by: [.period(.day), .region], sums: store.figureNames)
        for (w, h) in [(120, 40), (41, 11)] {
            var d = Dashboard(store: store, width: w, height: h)
            d.setDetail(d.selectedPosition.map { store.event(at: $0).event })
            _ = d.render()
            // The trends pane plotting the first figure, then the map shading by it; then the end.
            for key in [Key.character("t"), .character("p"), .character("m"), .character("G")] {
                d.handle(key)
                _ = d.render()
            }
        }
    }
}

#if SITREP_FUZZ
    // SwiftPM names the program's entry point itself, so libFuzzer's own `main` cannot be used;
    // its driver is called instead.
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    /// One input; also exported under libFuzzer's name, which its runtime refers to.
    @_cdecl("LLVMFuzzerTestOneInput")
    public func sitrepFuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
        guard let data else { return 0 }
        FuzzTarget.run(Array(UnsafeBufferPointer(start: data, count: size)))
        return 0
    }

    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in sitrepFuzzOne(data, size) })
#endif
