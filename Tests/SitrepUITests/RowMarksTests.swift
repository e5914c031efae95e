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
        #expect(RowMarks.figure([Figure(name: "drones_launched", value: 188), Figure(name: "drones_shot_down", value: 76)]) == "188")
        #expect(RowMarks.figure([]) == nil)
        for (value, text) in [(999.0, "999"), (1_000, "1k"), (1_250, "1.3k"), (45_000, "45k"), (999_499, "999k"), (3_000_000, "3M"),
                              (0.5, "0.5"), (-7, "-7"), (2.5e9, "2.5G"), (1e20, "∞")] {
            #expect(RowMarks.compact(value) == text, "\(value)")
            #expect(RowMarks.compact(value).count <= 4, "\(value)")
        }
    }
}
