import Testing
@testable import SitrepKit
import SitrepTestSupport

@Suite("JSON Lines")
struct JSONLinesTests {
    @Test func everyFieldIsRead() throws {
        let dir = TempDir()
        let line =
            #"{"id": "a1", "time": "2024-11-26T07:15Z", "regions": ["Kharkiv", "Sumy Oblast"], "location": "Kopanky", "category": "frontline", "subcategory": "territory", "title": "Village captured", "body": "Long text.", "sources": ["Interfax", "AP"], "url": "https://example.org/a", "actors": "Russian Defence Ministry", "figures": {"drones_launched": 188, "drones_shot_down": 76, "share": 0.5}, "tags": ["x"], "lat": 49.6, "lon": 37.6, "reported_by": "air force", "nested": {"a": [1, 2]}}"#
        let store = load([dir.write("a.jsonl", line + "\n")])
        #expect(store.count == 1)
        #expect(store.diagnostics.isEmpty)
        let e = store.event(at: 0).event
        #expect(e.id == "a1")
        #expect(e.time == EventTime(milliseconds: 1_732_605_300_000, precision: .minute))
        #expect(e.regions == ["Kharkiv Oblast", "Sumy Oblast"])
        #expect(e.location == "Kopanky")
        #expect(e.category == "frontline")
        #expect(e.subcategory == "territory")
        #expect(e.title == "Village captured")
        #expect(e.body == "Long text.")
        #expect(e.sources == ["Interfax", "AP"])
        #expect(e.url == "https://example.org/a")
        #expect(e.actors == ["Russian Defence Ministry"])
        #expect(
            e.figures == [
                Figure(name: "drones_launched", value: 188), Figure(name: "drones_shot_down", value: 76),
                Figure(name: "share", value: 0.5),
            ])
        #expect(e.tags == ["x"])
        #expect(e.latitude == 49.6 && e.longitude == 37.6)
        #expect(
            e.extra == [
                ExtraField(name: "reported_by", json: #""air force""#),
                ExtraField(name: "nested", json: #"{"a": [1, 2]}"#),
            ])
        #expect(e.origin == Origin(path: dir.path + "/a.jsonl", line: 1))
    }

    @Test func onlyTimeAndTitleAreRequired() {
        let dir = TempDir()
        let store = load([dir.write("a.jsonl", #"{"time": "2024-11-26", "title": "Only this", "region": null}"# + "\n")]
        )
        #expect(store.count == 1)
        #expect(store.regions(at: 0).isEmpty)
        #expect(store.id(at: 0).hasPrefix("~"))
        #expect(store.flags(at: 0).contains(.derivedID))
    }

    @Test func badLinesAreReportedWithPositionAndSkipped() {
        let dir = TempDir()
        let text = """
            {"time": "2024-11-26", "title": "good 1"}
            {"time": "2024-11-26", "title": "broken",
            {"title": "no time"}
            {"time": "2024-11-26"}
            {"time": "26.11.2024", "title": "bad date"}
            [1, 2]
            {"time": "2024-11-26", "title": 5}
            {"time": "2024-11-26", "title": "trailing"} x

            {"time": "2024-11-26", "title": "bad escape \\q"}
            {"time": "2024-11-26", "title": "good 2"}
            """
        let path = dir.write("a.jsonl", text + "\n")
        let store = load([path])
        #expect(store.titles == ["good 1", "good 2"])
        #expect(store.errorCount == 8)
        #expect(
            store.messages == [
                "\(path):2:42: error: invalid JSON: unexpected end of line, expected a string; line skipped",
                "\(path):3:1: error: missing required field 'time'; line skipped",
                "\(path):4:1: error: missing required field 'title'; line skipped",
                "\(path):5:11: error: bad time \"26.11.2024\": expected a date as YYYY-MM-DD; line skipped",
                "\(path):6:1: error: invalid JSON: expected '{' at the start of the line (one JSON object a line); line skipped",
                "\(path):7:33: error: invalid JSON: field 'title' must be a string; line skipped",
                "\(path):8:45: error: invalid JSON: unexpected text after the closing '}'; line skipped",
                "\(path):10:45: error: invalid JSON: invalid escape '\\q' in string; line skipped",
            ])
    }

    @Test func columnsCountCharactersNotBytes() {
        let dir = TempDir()
        let path = dir.write("a.jsonl", #"{"title": "Харків", "time": "завтра"}"# + "\n")
        let store = load([path])
        #expect(
            store.messages == ["\(path):1:30: error: bad time \"завтра\": expected a date as YYYY-MM-DD; line skipped"])
    }

    @Test func invalidUTF8IsAWarningAndTheEventIsKept() {
        let dir = TempDir()
        var bytes = Array(#"{"time": "2024-11-26", "title": "bad "#.utf8)
        bytes += [0xC3, 0x28, 0xFF]
        bytes += Array("\"}\n".utf8)
        let path = dir.write("a.jsonl", bytes: bytes)
        let store = load([path])
        #expect(store.count == 1)
        #expect(store.title(at: 0) == "bad \u{FFFD}(\u{FFFD}")
        #expect(store.messages == ["\(path):1:38: warning: invalid UTF-8; the bad bytes are shown as U+FFFD"])
        #expect(store.flags(at: 0).contains(.replacedBytes))
    }

    @Test func blankLinesBOMAndAMissingFinalNewline() {
        let dir = TempDir()
        let text =
            "\u{FEFF}{\"time\": \"2024-11-26\", \"title\": \"one\"}\r\n\n   \n{\"time\": \"2024-11-27\", \"title\": \"two\"}"
        let store = load([dir.write("a.jsonl", text)])
        #expect(store.titles == ["one", "two"])
        #expect(store.diagnostics.isEmpty)
        #expect(store.origin(at: 1).line == 4)
        #expect(store.event(at: 0).event.title == "one")
    }

    @Test func stringsAndListsAreBothAccepted() {
        let dir = TempDir()
        let text = """
            {"time": "2024-11-26", "title": "a", "region": "Kharkiv", "source": "AP", "tag": "t"}
            {"time": "2024-11-26", "title": "b", "regions": [], "sources": ["AP", "  ", "Reuters"], "tags": []}
            {"time": "2024-11-26", "title": "c", "regions": [1]}
            """
        let store = load([dir.write("a.jsonl", text)])
        #expect(store.count == 2)
        #expect(store.regions(at: 0) == ["Kharkiv Oblast"])
        #expect(store.sources(at: 1) == ["AP", "Reuters"])
        #expect(store.errorCount == 1)
    }

    @Test func escapesAndFiguresAsStrings() {
        let dir = TempDir()
        let text =
            #"{"time": "2024-11-26", "title": "Quote \" and \u0416 and \ud83d\ude00", "figures": {"a": "12", "b": "many", "c": -1.5e2}}"#
        let path = dir.write("a.jsonl", text + "\n")
        let store = load([path])
        #expect(store.title(at: 0) == "Quote \" and Ж and 😀")
        #expect(store.figures(at: 0) == [Figure(name: "a", value: 12), Figure(name: "c", value: -150)])
        #expect(store.warningCount == 1)
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let dir = TempDir()
        let deep = String(repeating: "[", count: 100_000)
        let store = load([dir.write("a.jsonl", #"{"time": "2024-11-26", "title": "x", "junk": "# + deep + "\n")])
        #expect(store.count == 0)
        #expect(store.errorCount == 1)
    }

    @Test func aFiftyMegabyteLineLoads() {
        let dir = TempDir()
        let body = String(repeating: "word ", count: 10_000_000)
        let text =
            #"{"time": "2024-11-26", "title": "huge", "body": ""# + body + "\"}\n"
            + #"{"time": "2024-11-27", "title": "after"}"# + "\n"
        let store = load([dir.write("big.jsonl", text)])
        #expect(store.titles == ["huge", "after"])
        #expect(store.event(at: 0).event.body?.utf8.count == 50_000_000)
    }

    @Test func emptyAndBinaryFilesAreReported() {
        let dir = TempDir()
        let empty = dir.write("empty.jsonl", "")
        let binary = dir.write("bin.jsonl", bytes: [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02])
        let utf16 = dir.write("u16.jsonl", bytes: [0xFF, 0xFE, 0x7B, 0x00])
        let store = load([empty, binary, utf16])
        #expect(store.count == 0)
        #expect(
            store.messages == [
                "\(empty): warning: empty file",
                "\(binary):1:1: error: binary file (NUL byte at offset 4), not events; file skipped",
                "\(utf16):1:1: error: the file is UTF-16; sitrep reads UTF-8 (save or convert it as UTF-8); file skipped",
            ])
    }

    @Test func aNULInsideALineSkipsThatLine() {
        let dir = TempDir()
        var bytes = Array(String(repeating: #"{"time": "2024-11-26", "title": "pad"}"# + "\n", count: 300).utf8)
        bytes += Array(#"{"time": "2024-11-26", "title": "x"#.utf8) + [0] + Array("\"}\n".utf8)
        let path = dir.write("a.jsonl", bytes: bytes)
        let store = load([path])
        #expect(store.count == 300)
        #expect(store.messages == ["\(path):301:35: error: binary data (NUL byte) in a JSON line; line skipped"])
    }
}
