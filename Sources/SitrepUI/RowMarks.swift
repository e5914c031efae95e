import SitrepKit

/// The short marks of a timeline row: a category label and the figure worth a glance.
///
/// A first letter says little when every alert is `A` and most rows of one sheet share a letter; a
/// `#` on every ACLED row (fatalities 0) and every alert (its duration is already in the title) says
/// nothing. So a row shows four letters of its category and the first figure that is not zero.
enum RowMarks {
    static let labelWidth = 4

    /// Four capitals for the common categories of the public datasets, else the category's first
    /// letters: `air-raid alert` -> `ALRT`, `Explosions/Remote violence` -> `EXPL`, `frontline` -> `FRNT`.
    static func label(_ category: String?) -> String {
        guard let category else { return "·" }
        let folded = String(category.prefix(64)).lowercased()
        if let known = known.first(where: { folded.hasPrefix($0.0) }) { return known.1 }
        let letters = folded.prefix { $0 != " " && $0 != "/" && $0 != "-" }.filter(\.isLetter)
        let word = letters.isEmpty ? folded.filter(\.isLetter) : String(letters)
        return String(word.prefix(labelWidth)).uppercased()
    }

    private static let known: [(String, String)] = [
        ("air-raid", "ALRT"), ("air raid", "ALRT"), ("drone", "DRON"), ("missile and drone", "M+D"),
        ("missile", "MISL"),
        ("shelling", "SHEL"), ("frontline", "FRNT"), ("battles", "BATL"), ("explosions", "EXPL"),
        ("violence against", "VAC"),
        ("strategic", "STRT"), ("protests", "PROT"), ("riots", "RIOT"), ("diplomacy", "DIPL"), ("politics", "POL"),
        ("legal", "LEGL"), ("military aid", "AID"), ("security warning", "WARN"), ("humanitarian", "HUM"),
        ("state-based", "STAT"), ("non-state", "NSTA"), ("one-sided", "1SID"), ("infrastructure", "INFR"),
    ]

    /// The first figure that is not zero, in at most four characters (`188`, `1.2k`, `45k`, `3M`);
    /// nil when every figure is zero or the title already gives it (an alert's duration).
    static func figure(_ figures: [Figure]) -> String? {
        guard let f = figures.first(where: { $0.value != 0 && $0.value.isFinite && !inTitle.contains($0.name) }) else {
            return nil
        }
        return ShortNumber.text(f.value)
    }

    static let inTitle: Set<String> = ["duration_min"]
}
