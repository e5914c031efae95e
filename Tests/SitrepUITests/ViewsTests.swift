import Testing
import SitrepKit
@testable import SitrepUI

@Suite("Saved views")
struct ViewsTests {
    let views: [(name: String, query: String)] = [
        ("Kursk", "region:kursk"), ("Drone nights", "fig:drones_launched>=100 or drones"),
    ]

    @Test func thePickerAppliesAView() {
        var d = dashboard(width: 120, height: 40)
        d.setViews(views)
        press(&d, .character("v"))
        #expect(d.state.mode == .menu(.views))
        let screen = d.render().lines.joined(separator: "\n")
        #expect(screen.contains("Views (1-2, Esc)") && screen.contains("Drone nights"))
        press(&d, .character("1"))
        #expect(d.state.mode == .normal && d.state.query.filter == "region:kursk" && d.view.count == 2)
        #expect(d.render().lines.last?.contains("filter: view Kursk · region:kursk") == true)
    }

    @Test func openingWithAViewAndWithoutAny() {
        var d = dashboard(width: 120, height: 40)
        d.setViews(views, open: "Kursk")
        #expect(d.view.count == 2 && d.state.query.viewName == "Kursk")
        var none = dashboard(width: 120, height: 40)
        press(&none, .character("v"))
        #expect(none.state.mode == .normal)
        #expect(none.render().lines.last?.contains("no saved views") == true)
    }
}
