import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

@Suite("Golden screens")
struct GoldenScreenTests {
    @Test(arguments: [(120, 40), (80, 24), (40, 12)])
    func demoAtEachSize(_ size: (Int, Int)) {
        let d = dashboard(width: size.0, height: size.1)
        let screen = d.render()
        #expect(matchesGolden(screen, "demo-\(size.0)x\(size.1)"))
        #expect(screen.lines.count == size.1)
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == size.0 })
    }

    @Test func selectedRowAndFocusHaveTheirRoles() throws {
        var d = dashboard(width: 120, height: 40)
        press(&d, .down, .down)
        let screen = d.render()
        #expect(matchesGolden(screen, "demo-120x40-third-row"))
        // Line 0 is the border, line 1 the day, then rows 0, 1, 2: the third event is on line 4.
        #expect((1..<50).allSatisfy { screen[$0, 4].role == .timelineSelected })
        #expect(screen[5, 3].role != .timelineSelected)
        #expect(screen[0, 0].role == .paneBorderFocused)
        let regionsLeft = try #require(d.state.layout.panes(focus: .timeline, detailOpen: false)[.regions]?.x)
        #expect(screen[regionsLeft, 0].role == .paneBorder)
        #expect(screen[0, 39].role == .statusLine)
    }

    /// The roles of every cell, one letter each (the legend follows the screen): a change of which
    /// element gets which role shows up here even when the text stays the same.
    @Test func rolesOfEveryCell() {
        var d = dashboard(width: 120, height: 40)
        press(&d, .character("/"))
        for c in "region:kharkiv" { press(&d, .character(c)) }
        press(&d, .enter, .control("f"))
        for c in "kharkiv" { press(&d, .character(c)) }
        press(&d, .enter)
        let screen = d.render()
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        let code = Dictionary(uniqueKeysWithValues: Role.allCases.enumerated().map { ($1, letters[$0]) })
        var text: [String] = (0..<screen.height).map { y in
            String((0..<screen.width).map { code[screen[$0, y].role] ?? "?" })
        }
        text += Role.allCases.map { "\(code[$0]!) \($0.rawValue)" }
        var map = Buffer(width: 120, height: text.count)
        for (y, line) in text.enumerated() { map.put(line, x: 0, y: y, role: .normal) }
        #expect(matchesGolden(map, "roles-120x40"))
        #expect(screen.lines.joined().contains("Kharkiv"))
        #expect(
            (0..<screen.height).contains { y in (0..<screen.width).contains { screen[$0, y].role == .searchMatch } })
        #expect(
            (0..<screen.height).contains { y in
                (0..<screen.width).contains {
                    screen[$0, y].role == .categoryAir || screen[$0, y].role == .categoryPolitical
                }
            })
    }

    @Test func helpOverlayListsEveryKeyFromTheKeymap() {
        var d = dashboard(width: 120, height: 40)
        press(&d, .character("?"))
        let screen = d.render()
        #expect(matchesGolden(screen, "demo-120x40-help"))
        let text = screen.lines.joined(separator: "\n")
        for b in Keymap.standard.bindings { #expect(text.contains(b.help.prefix(30))) }
    }

    @Test func tinyTerminalGetsOneLine() {
        let d = dashboard(width: 30, height: 8)
        let screen = d.render()
        #expect(matchesGolden(screen, "tiny-30x8"))
        #expect(screen.lines[0] == "sitrep needs at least 40x10 (…")
        let one = dashboard(width: 1, height: 1)
        #expect(one.render().lines == ["…"])
        let zero = dashboard(width: 0, height: 0)
        #expect(zero.render().lines.isEmpty)
    }

    @Test func cyrillicWideAndHostileTextLineUp() {
        var d = dashboard(mixedStore(), width: 80, height: 24)
        press(&d, .down)
        let screen = d.render()
        #expect(matchesGolden(screen, "mixed-80x24"))
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == 80 })
        let all = screen.lines.joined()
        #expect(
            !all.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E })
        #expect(all.contains("Окупанти"))
        #expect(all.contains("東京で会合"))
    }
}

@Suite("Golden files")
struct GoldenFileTests {
    /// A screen without its golden file fails (recording is asked for with RECORD_GOLDEN=1), so a
    /// deleted or misnamed golden file cannot make a test pass in silence.
    @Test func aMissingGoldenFileFails() {
        guard ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == nil else { return }
        #expect(!matchesGolden(dashboard(width: 80, height: 24).render(), "no-such-screen-\(UUID().uuidString)"))
    }
}
