import SitrepKit
@testable import SitrepUI
import Testing

@Suite("Timeline row marks")
struct RowMarksTests {
    @Test func categoryLabelsTellCategoriesApart() {
        #expect(RowMarks.label("air-raid alert") == "ALRT")
        #expect(RowMarks.label("Explosions/Remote violence") == "EXPL")
        #expect(RowMarks.label("Violence against civilians") == "VAC")
        #expect(RowMarks.label("Strategic developments") == "STRT")
        #expect(RowMarks.label("state-based conflict") == "STAT")
        #expect(RowMarks.label("missile and drone attack") == "M+D")
        #expect(RowMarks.label("Civilian casualties") == "CIVI")
        #expect(RowMarks.label("Combat") == "COMB")
        #expect(RowMarks.label("обстріл") == "ОБСТ")
        #expect(RowMarks.label(nil) == "·")
        #expect(RowMarks.label("--") == "")
    }

    /// The mark is the first figure that is not zero, never an alert's duration (its title has it).
    @Test func theFigureMarkIsTheFirstThatIsNotZero() {
        #expect(RowMarks.figure([Figure(name: "fatalities", value: 0)]) == nil)
        #expect(RowMarks.figure([Figure(name: "duration_min", value: 104)]) == nil)
        #expect(RowMarks.figure([Figure(name: "fatalities", value: 0), Figure(name: "wounded", value: 12)]) == "12")
        #expect(
            RowMarks.figure([Figure(name: "drones_launched", value: 188), Figure(name: "drones_shot_down", value: 76)])
                == "188")
        #expect(RowMarks.figure([]) == nil)
        for (value, text) in [
            (999.0, "999"), (1_000, "1k"), (1_250, "1.3k"), (45_000, "45k"), (999_499, "999k"), (3_000_000, "3M"),
            (0.5, "0.5"), (-7, "-7"), (2.5e9, "2.5G"), (1e15, "1e15"), (1e20, "1e20"), (0.001, "<0.01"),
            (0.05, "0.05"), (12e12, "12T"), (9.223372036854776e18, "9e18"), (1.7976931348623157e308, "2e308"),
        ] {
            #expect(ShortNumber.text(value) == text, "\(value)")
        }
    }

    /// Any finite value, however large or small, is shown in five cells at most, never as ∞ or 0.
    @Test func everyFiniteValueFitsFiveCellsAndSixWithASign() {
        var state: UInt64 = 1
        for _ in 0..<20_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let value = Double(bitPattern: state ^ (state >> 31))
            guard value.isFinite, value != 0 else { continue }
            let text = ShortNumber.text(value)
            #expect(text.count <= (value < 0 ? 6 : 5), "\(value) -> \(text)")
            #expect(!text.contains("∞") && text != "0" && text != "-0", "\(value) -> \(text)")
        }
    }
}
