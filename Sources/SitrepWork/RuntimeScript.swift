import Foundation
import SitrepKit
import SitrepUI

/// Bytes read as a script of what a person and the world do to a running dashboard: keys (Latin,
/// Cyrillic, control, mouse), resizes, lines appended to a followed file, the file deleted, rotated
/// or cut short, time passing, the theme changed. The script runs the real runtime and its work on
/// this thread over a memory screen, so a fuzzer (`sitrep-fuzz`, target `runtime`) and the tests
/// drive the same program the terminal does. Whatever the bytes, nothing may trap, and every
/// screen drawn is exactly the screen's size.
public enum RuntimeScript {
    /// The events a script runs over, chosen by its first byte: the demo, a real alert log, or a
    /// generated feed; a followed file of its own is always there too.
    public enum Base: Int, CaseIterable, Sendable { case demo, alerts, generated }

    /// Runs `bytes` in a fresh folder under `directory`; `alertLog` is a real alert log's path.
    public static func run(_ bytes: [UInt8], in directory: String, alertLog: String) {
        let dir = directory + "/script-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var script = Reader(bytes: bytes)
        let feed = dir + "/feed.jsonl"
        var sources: [EventSource] = [.file(feed)]
        switch Base(rawValue: Int(script.next() % 3)) ?? .demo {
        case .demo: sources += DemoEvents.sources
        case .alerts: sources.append(.file(alertLog))
        case .generated: write(feed, (0..<Int(script.next())).map { line($0, hour: $0 % 24) })
        }
        let settings = settings(script.next(), &script)
        let (width, height) = (1 + Int(script.next() % 160), 1 + Int(script.next() % 60))
        var options = LoadOptions()
        options.holdUnfinishedLines = true
        let screen = MemoryScreen(width: width, height: height)
        let program = Program(
            runtime: Runtime(
                dashboard: Dashboard(store: .empty, width: width, height: height), settings: settings,
                themes: .builtIn, theme: ThemeCatalog.builtIn.theme(Theme.defaultName).theme!),
            screen: screen,
            work: Work(
                library: EventLibrary(sources: sources, options: options), themesDirectory: dir + "/themes",
                snapshotsDirectory: dir + "/snapshots", keepsHistory: false),
            background: false)
        var now = Instant(wall: 1_733_011_230, uptime: 10_000_000_000)
        program.start(at: now)
        var appended = 0, steps = 0
        // At most `longest` steps an input: longer scripts find no more, and each must stay well
        // within the fuzzer's time limit on a busy machine.
        while !script.atEnd, program.exitStatus == nil, steps < longest {
            steps += 1
            let step = script.next()
            now = now.adding(milliseconds: Int(script.next()) * 40)
            switch step % 16 {
            case 0...8: program.send(.key(key(step, script.next())), at: now)
            case 9:
                let (w, h) = (Int(script.next()) % 251, Int(script.next()) % 81)
                screen.size = (w, h)
                program.send(.resize(width: w, height: h), at: now)
            case 10, 11:
                appended += 1
                append(feed, line(1_000 + appended, hour: Int(script.next()) % 24, region: region(script.next())))
                program.send(.filesChanged([feed]), at: now)
            case 12: try? FileManager.default.removeItem(atPath: feed); program.send(.filesChanged([feed]), at: now)
            case 13:
                try? FileManager.default.moveItem(atPath: feed, toPath: feed + ".1")
                write(feed, [line(2_000 + appended, hour: 3)])
                program.send(.filesChanged([feed]), at: now)
            case 14:
                if let handle = FileHandle(forWritingAtPath: feed) {
                    try? handle.truncate(atOffset: UInt64(script.next()))
                    try? handle.close()
                }
                program.send(.filesChanged([feed]), at: now)
            default: program.send(.tick, at: now)
            }
            if let drawn = screen.lastDrawn {
                precondition(drawn.width == screen.size.width && drawn.height == screen.size.height)
            }
        }
    }

    static let longest = 64

    /// `--as-of`, `--replay`, grouping and the wall, from one byte.
    static func settings(_ byte: UInt8, _ script: inout Reader) -> RuntimeSettings {
        var s = RuntimeSettings()
        s.watchMode = "watching"
        switch byte % 4 {
        case 1: s.asOf = .newest
        case 2: s.asOf = .moment(1_732_000_000 + Int64(script.next()) * 3_600)
        default: break
        }
        if byte & 4 != 0 { s.replay = [1, 600, 100_000][Int(script.next()) % 3] }
        if byte & 8 != 0 { s.grouping = true }
        if byte & 16 != 0 { s.wall = WallSettings(clocks: [("UTC", .utc)], shiftEvery: 60) }
        if byte & 32 != 0 { s.filter = "region:kharkiv" }
        return s
    }

    /// Keys people press: the command keys, arrows and pages, Enter and Esc, Cyrillic letters (a
    /// Ukrainian keyboard), control keys and the mouse.
    static let keys: [Key] =
        Array("jkgGqoOstmdprax1730!fvTnNP+-S/?hl ").map { .character($0) }
        + [
            .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .escape, .backspace,
            .control("f"), .control("u"), .control("c"), .control("g"), .mouseWheelUp, .mouseWheelDown, .unknown,
        ]
        + Array("йцукенгшщзхїфівапролджєячсмитьбю.ЙЦУКЕНІ").map { .character($0) }

    static func key(_ step: UInt8, _ pick: UInt8) -> Key {
        if step % 9 == 8 { return .mouseClick(x: Int(pick % 200), y: Int(pick / 4)) }
        // `q` and Ctrl-C end the run: kept rare, so that scripts go on long enough to find things.
        let k = keys[Int(pick) % keys.count]
        return k == .character("q") || k == .control("c") ? (step & 1 == 0 ? .down : k) : k
    }

    static func region(_ byte: UInt8) -> String {
        ["Kharkiv Oblast", "Sumy", "Харківська область", "Kursk Oblast", "Atlantis", "", "Kyiv City"][Int(byte) % 7]
    }

    static func line(_ n: Int, hour: Int, region: String = "Sumy") -> String {
        let h = hour < 10 ? "0\(hour)" : "\(hour)"
        return
            #"{"id": "s\#(n)", "time": "2024-11-30T\#(h):\#(n % 60 < 10 ? "0" : "")\#(n % 60):00Z", "regions": ["\#(region)"], "category": "air-raid alert", "title": "Alert \#(n) over \#(region)", "figures": {"duration_min": \#(n % 300)}}"#
    }

    static func write(_ path: String, _ lines: [String]) {
        _ = FileManager.default.createFile(atPath: path, contents: Data(lines.map { $0 + "\n" }.joined().utf8))
    }

    static func append(_ path: String, _ line: String) {
        guard let handle = FileHandle(forWritingAtPath: path) else { return write(path, [line]) }
        handle.seekToEndOfFile()
        handle.write(Data((line + "\n").utf8))
        try? handle.close()
    }

    /// The script's bytes one at a time; zeros once they run out.
    struct Reader {
        let bytes: [UInt8]
        var at = 0
        var atEnd: Bool { at >= bytes.count }
        mutating func next() -> UInt8 {
            defer { at += 1 }
            return at < bytes.count ? bytes[at] : 0
        }
    }
}
