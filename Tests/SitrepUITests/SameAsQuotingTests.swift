import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

/// The "same as" menu (`f`) writes a query from names in the files; a name with a comma or a quote
/// must still be one value, or the filter silently selects other events.
@Suite("Names quoted in generated queries")
struct SameAsQuotingTests {
    @Test func aRegionWithACommaAndQuotesFiltersItsOwnEvents() throws {
        let dir = NSTemporaryDirectory() + "/sitrep-quote-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/q.jsonl"
        let lines = [
            #"{"id": "odd", "time": "2024-11-26T10:00Z", "regions": ["A, \"B\""], "title": "In the odd region"}"#,
            #"{"id": "a", "time": "2024-11-26T09:00Z", "regions": ["A"], "title": "In A"}"#,
            #"{"id": "b", "time": "2024-11-26T08:00Z", "regions": ["\"B\""], "title": "In B"}"#,
        ]
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        var d = dashboard(Loader.load([.file(path)]), width: 120, height: 40)
        #expect(d.state.selection.id == "odd")
        press(&d, .character("f"))
        guard case .menu(.sameAs(let items)) = d.state.mode else { Issue.record("no menu: \(d.state.mode)"); return }
        #expect(items.first?.query == #"region:"A, \"B\"""#)
        press(&d, .character("1"))
        #expect(d.view.positions.map(d.store.id(at:)) == ["odd"])
    }

    @Test func quotedValuesReadBackAsWritten() throws {
        let parser = QueryParser(now: 0)
        for name in [#"A, "B""#, #"back\slash"#, "plain", #"ends with \"#, "Kyiv City"] {
            #expect(try parser.parse("source:" + QueryParser.quoted(name)) == .field(.source, [TextFold.fold(name)]))
        }
        #expect(try parser.parse(#"region:"Kyiv City",Sumy"#) == .field(.region, ["Kyiv City", "Sumy"]))
        #expect(try parser.parse(#""air, defence""#) == .text(TextFold.fold("air, defence")))
    }
}
