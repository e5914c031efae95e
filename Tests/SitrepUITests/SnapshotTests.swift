import Foundation
import Testing
import SitrepKit
@testable import SitrepUI
@testable import SitrepWork

/// Snapshots: the dashboard's Buffer written as text, ANSI, HTML and SVG.
@Suite("Snapshots")
struct SnapshotTests {
    let dark = ThemeCatalog.builtIn.theme("dark").theme!

    func goldenText(_ text: String, _ name: String) -> Bool {
        let path = (#filePath as NSString).deletingLastPathComponent + "/Golden/\(name)"
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil {
            return FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        }
        guard let expected = FileManager.default.contents(atPath: path) else { return false }
        if String(decoding: expected, as: UTF8.self) != text {
            _ = FileManager.default.createFile(atPath: NSTemporaryDirectory() + "/" + name, contents: Data(text.utf8))
            return false
        }
        return true
    }

    @Test func theDemoAsTextAndHTML() throws {
        let d = dashboard(width: 120, height: 40)
        let snapshot = Snapshot(buffer: d.render(), theme: dark)
        let text = snapshot.render(.txt)
        #expect(goldenText(text, "snapshot-120x40.txt"))
        #expect(text == d.render().lines.joined(separator: "\n") + "\n", "the text is the screen")
        let html = snapshot.render(.html)
        #expect(goldenText(html, "snapshot-120x40.html"))
        // It holds the titles shown (.ci/e2e-snapshot.sh reads it with Python's HTML and XML parsers).
        #expect(html.contains("Air-raid alert in Dnipropet") && html.contains("Dnipropetrovsk Oblast (2 h 4"))
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("</html>"))
        let ansi = snapshot.render(.ansi)
        #expect(ansi.contains("\u{1B}[0;") && ansi.split(separator: "\n").count == 40)
    }

    @Test func aHostileTitleIsTextInEveryFormat() throws {
        let dir = NSTemporaryDirectory() + "/sitrep-snap-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/evil.jsonl"
        try
            (#"{"id": "x", "time": "2024-11-26T10:00Z", "title": "<script>alert('x')</script> & \"q\" \u001b[2J", "regions": ["Sumy Oblast"]}"#
            + "\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let d = dashboard(Loader.load([.file(path)]), width: 120, height: 40)
        let snapshot = Snapshot(buffer: d.render(), theme: dark)
        #expect(snapshot.render(.html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        for format in [SnapshotFormat.html, .svg] {
            let out = snapshot.render(format)
            #expect(!out.contains("<script") && out.contains("&lt;"), "\(format)")
            #expect(!out.contains("\u{1B}"), "\(format)")
        }
        #expect(!snapshot.render(.txt).contains("\u{1B}"))
    }

    /// `S` in the dashboard writes the screen in every format and says where.
    @Test func theKeyWritesFilesAndSaysWhere() throws {
        let run = TestRun()
        let folder = run.dir + "/snapshots"
        let written = SnapshotFiles.write(Snapshot(buffer: run.dashboard.render(), theme: dark), to: folder)
        #expect(written.hasPrefix("snapshot: "))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(files.map { ($0 as NSString).pathExtension } == ["ansi", "html", "svg", "txt"])
        let effects = run.press(.character("S"))
        #expect(effects.contains { if case .writeSnapshot = $0 { true } else { false } })
        #expect(run.statusLine.contains("snapshot"))
    }
}
