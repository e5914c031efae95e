import Testing
import SitrepKit
@testable import SitrepUI

/// Command keys by their place on the keyboard, whatever the layout sends.
@Suite("Keys in any layout")
struct KeyLayoutTests {
    @Test func cyrillicLettersWorkWhereTheLatinOnesAre() {
        var d = dashboard(width: 120, height: 40)
        press(&d, .character("о"), .character("о")) // j j
        #expect(d.state.selection.row == 2)
        press(&d, .character("л")) // k
        #expect(d.state.selection.row == 1)
        press(&d, .character("П")) // G: the last row
        #expect(d.state.selection.row == demoStore.count - 1)
        press(&d, .character(".")) // / opens the filter line
        #expect(d.state.mode == .editingFilter)
        // In the filter line, Cyrillic is text.
        type(&d, "київ")
        #expect(d.state.query.draft == "київ")
        press(&d, .escape, .character(",")) // ? shows the help
        #expect(d.state.mode == .help)
        #expect(d.handle(.character("й")) == [.quit], "q quits, from the help too")
    }

    @Test func ukrainianAndRussianLettersOfTheSamePlaceAgree() {
        #expect(KeyLayouts.latin(for: .character("і")) == .character("s"))
        #expect(KeyLayouts.latin(for: .character("ы")) == .character("s"))
        #expect(KeyLayouts.latin(for: .character("Е")) == .character("T"))
        #expect(KeyLayouts.latin(for: .character("x")) == nil)
        let keymap = Keymap.standard
        for (cyrillic, latin) in [
            ("й", "q"), ("о", "j"), ("л", "k"), ("ф", "a"), ("м", "v"), ("а", "f"), ("т", "n"), ("Т", "N"),
        ] {
            #expect(
                keymap.action(for: .character(Character(cyrillic))) == keymap.action(for: .character(Character(latin))),
                "\(cyrillic)")
        }
    }

    @Test func theHelpUsesTheWidthItHas() {
        var d = dashboard(width: 160, height: 45)
        press(&d, .character("?"))
        let text = d.render().lines.joined(separator: "\n")
        for entry in d.helpEntries { #expect(text.contains(entry.help), "cut: \(entry.help)") }
    }
}
