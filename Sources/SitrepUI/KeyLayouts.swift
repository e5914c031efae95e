/// Command keys by their place on the keyboard: a Ukrainian or Russian layout (ЙЦУКЕН) sends `й`
/// where a Latin one sends `q`, so without this every letter key would do nothing until the user
/// switched layouts. Only command keys are translated; the filter and search lines take text as it
/// is typed (they are handled before the keymap).
enum KeyLayouts {
    /// ЙЦУКЕН letter → the Latin key at the same place (Russian and Ukrainian letters both).
    static let cyrillic: [Character: Character] = {
        let rows: [(String, String)] = [
            ("йцукенгшщзхъ", "qwertyuiop[]"), ("фывапролджэ", "asdfghjkl;'"), ("ячсмитьбю", "zxcvbnm,."),
            ("ї", "]"), ("і", "s"), ("є", "'"), ("ґ", "`"), ("ё", "`"),
        ]
        var table: [Character: Character] = [:]
        for (cyr, lat) in rows {
            for (c, l) in zip(cyr, lat) {
                table[c] = l
                // Shifted letters: upper case for upper case (Т is Shift-n, so N).
                if let upper = c.uppercased().first, let latinUpper = l.uppercased().first, upper != c {
                    table[upper] = latinUpper
                }
            }
        }
        // The punctuation a Cyrillic layout puts where Latin has `/` and `?`.
        table["."] = "/"
        table[","] = "?"
        return table
    }()

    /// The Latin key at the place of a Cyrillic one, or nil.
    static func latin(for key: Key) -> Key? {
        guard case .character(let c) = key, let latin = cyrillic[c] else { return nil }
        return .character(latin)
    }
}
