import Foundation
import SitrepKit
@testable import SitrepUI
import SitrepWork
import Testing
import SitrepTestSupport

/// The demo events, loaded once for all tests.
let demoStore = Loader.load(DemoEvents.sources)

/// A dashboard showing a store, at noon on the first day of 1970 (the clock reads "12:00 UTC"),
/// with its selected event read in full by the runtime.
func dashboard(_ store: EventStore = demoStore, width: Int, height: Int) -> Dashboard {
    var d = Dashboard(store: store, width: width, height: height)
    d.setNow(43_200, clock: "12:00 UTC")
    run(&d, [.tick])
    return d
}

/// Types text key by key, as into the filter or search line.
func type(_ d: inout Dashboard, _ text: String) {
    run(&d, text.map { .key(.character($0)) })
}

/// Sends keys through the real runtime, at the dashboard's own time.
func press(_ d: inout Dashboard, _ keys: Key...) {
    run(&d, keys.map(Message.key))
}

/// Sends messages through the real runtime and the real work (on this thread): what a running
/// dashboard does with them, including reading the selected event in full.
func run(_ d: inout Dashboard, _ messages: [Message]) {
    let program = Program(
        runtime: Runtime(resuming: d), screen: MemoryScreen(width: d.state.width, height: d.state.height),
        work: Work(
            library: EventLibrary(sources: [], options: LoadOptions()),
            snapshotsDirectory: NSTemporaryDirectory() + "/sitrep-test-snapshots", keepsHistory: false),
        background: false)
    let now = Instant(wall: Double(d.state.time.now), uptime: 1_000_000_000)
    for m in messages { program.send(m, at: now) }
    d = program.runtime.dashboard
}

/// Compares a screen with `Golden/NAME.txt`; records the file when it is missing or when
/// `RECORD_GOLDEN` is set (then review the diff before committing it).
func matchesGolden(_ buffer: Buffer, _ name: String) -> Bool {
    let path = (#filePath as NSString).deletingLastPathComponent + "/Golden/\(name).txt"
    let text = buffer.lines.joined(separator: "\n") + "\n"
    // Recording is asked for, never assumed: a golden file that is missing fails the test.
    if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
        try? text.write(toFile: path, atomically: true, encoding: .utf8)
        return true
    }
    guard FileManager.default.fileExists(atPath: path) else {
        print("golden screen \(name) is missing; record it with RECORD_GOLDEN=1 swift test")
        return false
    }
    let expected = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    if expected != text {
        let diffPath = NSTemporaryDirectory() + "/\(name).actual.txt"
        try? text.write(toFile: diffPath, atomically: true, encoding: .utf8)
        print("golden screen \(name) differs; actual screen written to \(diffPath)")
        print(lineDifference(expected, text))
    }
    return expected == text
}

/// The lines that differ between two screens, numbered, the expected one first: what a failing
/// golden comparison shows instead of two whole screens.
func lineDifference(_ expected: String, _ actual: String, most: Int = 12) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let differing = (0..<max(a.count, b.count)).filter { i in (i < a.count ? a[i] : nil) != (i < b.count ? b[i] : nil) }
    var out = differing.prefix(most).map { i in
        "line \(i + 1):\n- \(i < a.count ? String(a[i]) : "(none)")\n+ \(i < b.count ? String(b[i]) : "(none)")"
    }
    if differing.count > most { out.append("... and \(differing.count - most) more lines") }
    return out.joined(separator: "\n")
}

/// A failing expectation names a screen by its size, not by every cell it holds.
extension Buffer: CustomTestStringConvertible {
    public var testDescription: String { "screen \(width)x\(height)" }
}

/// A store with Cyrillic, CJK, emoji and hostile text, for width and safety checks.
func mixedStore() -> EventStore {
    let dir = NSTemporaryDirectory() + "/sitrep-ui-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let lines = [
        #"{"id": "uk", "time": "2024-11-26T08:00Z", "regions": ["Харківська область"], "category": "frontline", "title": "Окупанти обстріляли Куп'янськ, пошкоджено будинки", "sources": ["Суспільне", "Укрінформ"], "figures": {"поранені": 3}}"#,
        #"{"id": "cjk", "time": "2024-11-26T09:30Z", "regions": ["Kyiv City"], "category": "diplomacy", "title": "東京で会合 😀 meeting in Tokyo about air defence", "body": "Ministers met. 東京 was the host city."}"#,
        #"{"id": "evil", "time": "2024-11-25", "regions": ["Sumy"], "category": "strike", "title": "evil \u001b[2J\u001b]52;c;aGk=\u0007 title \u009b31m \u202eright-to-left"}"#,
    ]
    let path = dir + "/mixed.jsonl"
    _ = FileManager.default.createFile(atPath: path, contents: Data((lines.joined(separator: "\n") + "\n").utf8))
    return Loader.load([.file(path)])
}

/// The panes' own states, read (and set) the way the tests look at them.
extension Dashboard {
    var trendsState: TrendsState { state.panes[TrendsState.self] }

    var mapState: MapState {
        get { state.panes[MapState.self] }
        set { state.panes[MapState.self] = newValue }
    }

    var timelineTop: Int {
        get { state.panes[TimelineState.self].top }
        set { state.panes[TimelineState.self].top = newValue }
    }

    var regionsTop: Int { state.panes[RegionsState.self].top }
}

/// Draws the dashboard as the program does for a dashboard driven without it: titles the first
/// drawing leaves out are read (as the work reads them off the loop) and the screen drawn again.
func renderWithTitles(_ d: inout Dashboard) -> Buffer {
    _ = d.render()
    let missing = d.missingTitles()
    if !missing.isEmpty {
        d.keepTitles(Dictionary(uniqueKeysWithValues: missing.map { ($0, d.store.title(at: $0)) }), of: d.store)
    }
    return d.render()
}
