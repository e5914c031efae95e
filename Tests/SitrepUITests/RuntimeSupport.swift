import Foundation
import SitrepKit
@testable import SitrepUI
import SitrepWork
import SitrepTestSupport

/// A dashboard run as the executable runs it (runtime, program, work), on an in-memory screen and
/// a made-up clock: the work is done at once on this thread, and time moves only when told.
final class TestRun {
    let screen: MemoryScreen
    let program: Program
    var now: Instant
    let dir: String

    /// A run over the demo, or over a file of JSON Lines written in a temporary folder.
    init(
        lines: [String]? = nil, settings: RuntimeSettings = RuntimeSettings(), at wall: Double = 1_733_011_230,
        width: Int = 120, height: Int = 40, backgroundFrom: Int? = nil, fileExists: Bool = true
    ) {
        dir = NSTemporaryDirectory() + "/sitrep-run-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var sources = DemoEvents.sources
        if let lines {
            let path = dir + "/feed.jsonl"
            if fileExists {
                _ = FileManager.default.createFile(atPath: path, contents: Data(lines.map { $0 + "\n" }.joined().utf8))
            }
            sources = [.file(path)]
        }
        var options = LoadOptions()
        options.holdUnfinishedLines = true
        screen = MemoryScreen(width: width, height: height)
        var dashboard = Dashboard(store: .empty, width: width, height: height)
        if let backgroundFrom { dashboard.backgroundFrom = backgroundFrom }
        let dark = ThemeCatalog.builtIn.theme(Theme.defaultName).theme!
        program = Program(
            runtime: Runtime(dashboard: dashboard, settings: settings, themes: .builtIn, theme: dark), screen: screen,
            work: Work(
                library: EventLibrary(sources: sources, options: options), themesDirectory: dir + "/themes",
                snapshotsDirectory: dir + "/snapshots", keepsHistory: false),
            background: false)
        now = Instant(wall: wall, uptime: 10_000_000_000)
        program.start(at: now)
    }

    deinit { try? FileManager.default.removeItem(atPath: dir) }

    var path: String { dir + "/feed.jsonl" }
    var dashboard: Dashboard { program.runtime.dashboard }
    var statusLine: String { screen.lines.last ?? "" }

    @discardableResult
    func send(_ message: Message, after ms: Int = 0) -> [Effect] {
        now = now.adding(milliseconds: ms)
        return program.send(message, at: now)
    }

    @discardableResult
    func tick(after ms: Int) -> [Effect] { send(.tick, after: ms) }

    @discardableResult
    func press(_ keys: Key..., after ms: Int = 0) -> [Effect] {
        var effects = send(.key(keys[0]), after: ms)
        for k in keys.dropFirst() { effects += send(.key(k)) }
        return effects
    }

    /// Appends lines to the feed as a writer would.
    func append(_ lines: String...) {
        let handle = FileHandle(forWritingAtPath: path)!
        handle.seekToEndOfFile()
        handle.write(Data(lines.map { $0 + "\n" }.joined().utf8))
        try? handle.close()
    }
}

/// One alert in JSON Lines, `minutes` after 2024-12-01T00:00Z.
func alertLine(_ id: String, minutes: Int, region: String = "Sumy Oblast") -> String {
    let h = minutes / 60, m = minutes % 60
    return
        #"{"id": "\#(id)", "time": "2024-12-01T\#(h < 10 ? "0" : "")\#(h):\#(m < 10 ? "0" : "")\#(m):00Z", "regions": ["\#(region)"], "category": "air-raid alert", "title": "Alert \#(id)"}"#
}

extension [Effect] {
    var reloads: [[String]] { compactMap { if case .reload(let p) = $0 { p } else { nil } } }
    var draws: Int { filter { if case .draw = $0 { true } else { false } }.count }
    var filterRuns: [(FilterJob, Cancellation)] {
        compactMap { if case .runFilter(let j, let c) = $0 { (j, c) } else { nil } }
    }
    var searchRuns: [(SearchJob, Cancellation)] {
        compactMap { if case .runSearch(let j, let c) = $0 { (j, c) } else { nil } }
    }
    var cancels: [Cancellation] { compactMap { if case .cancel(let c) = $0 { c } else { nil } } }
    var themes: [String] { compactMap { if case .applyTheme(let t) = $0 { t.name } else { nil } } }
}
