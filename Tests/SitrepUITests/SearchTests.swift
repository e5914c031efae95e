import Testing
import SitrepKit
@testable import SitrepUI

@Suite("Search and same-as")
struct SearchTests {
    @Test func searchJumpsWithoutNarrowingAndHighlights() {
        var d = dashboard(width: 120, height: 40)
        press(&d, .control("f"))
        #expect(d.state.mode == .editingSearch)
        type(&d, "kursk")
        #expect(d.render().lines.last?.hasPrefix("search: kursk█") == true)
        press(&d, .enter)
        #expect(d.view.count == 1911)
        #expect(d.state.selection.id == "demo-2024-11-26-france24-reporter")
        press(&d, .character("n"))
        #expect(d.state.selection.id == "demo-2024-11-26-kursk-briton")
        press(&d, .character("N"))
        #expect(d.state.selection.id == "demo-2024-11-26-france24-reporter")
        let screen = d.render()
        #expect(screen.lines.last?.contains("search: kursk (n/N)") == true)
        // Every stretch drawn as a match reads "kursk" (the detail's title and body name Kursk).
        var stretches: [String] = []
        for y in 0..<screen.height {
            var current = ""
            for x in 0..<screen.width {
                if screen[x, y].role == .searchMatch {
                    current += screen[x, y].text
                } else if !current.isEmpty {
                    stretches.append(current); current = ""
                }
            }
            if !current.isEmpty { stretches.append(current) }
        }
        #expect(!stretches.isEmpty)
        #expect(stretches.allSatisfy { $0.lowercased() == "kursk" })
    }

    @Test func aSearchWithNoMatchSaysSo() {
        var d = dashboard(width: 120, height: 40)
        press(&d, .control("f"))
        type(&d, "zzzz")
        press(&d, .enter)
        #expect(d.state.selection.row == 0)
        #expect(d.render().lines.last?.contains("no event contains \"zzzz\"") == true)
        press(&d, .control("f"), .escape)
        #expect(d.state.query.search.isEmpty)
    }

    @Test func sameRegionCategoryOrSource() {
        var d = dashboard(width: 120, height: 40)
        press(&d, .control("f"))
        type(&d, "kopanky")
        press(&d, .enter, .character("f"))
        guard case .menu(.sameAs(let items)) = d.state.mode else { Issue.record("no menu"); return }
        #expect(
            items.map(\.label) == [
                "same region: Kharkiv Oblast", "same category: frontline", "same source: DW", "same source: Interfax",
            ])
        #expect(d.render().lines.joined().contains("Narrow to (1-4, Esc)"))
        press(&d, .character("1"))
        #expect(d.state.query.filter == "region:\"Kharkiv Oblast\"")
        #expect(d.view.count == 170)
        press(&d, .character("f"), .character("2"))
        #expect(d.view.count == 1)
        press(&d, .character("f"), .escape)
        #expect(d.state.mode == .normal)
    }
}
