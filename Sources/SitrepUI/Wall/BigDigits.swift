/// Numbers three lines high, readable across a room: each character three cells wide, drawn with
/// block elements so they work in any UTF-8 terminal font.
enum BigDigits {
    static let glyphs: [Character: [String]] = [
        "0": ["█▀█", "█ █", "█▄█"], "1": ["▀█ ", " █ ", "▄█▄"], "2": ["▀▀█", "█▀▀", "█▄▄"],
        "3": ["▀▀█", " ▀█", "▄▄█"], "4": ["█ █", "▀▀█", "  █"], "5": ["█▀▀", "▀▀█", "▄▄█"],
        "6": ["█▀▀", "█▀█", "█▄█"], "7": ["▀▀█", "  █", "  █"], "8": ["█▀█", "█▀█", "█▄█"],
        "9": ["█▀█", "▀▀█", "▄▄█"], ",": ["   ", "   ", " ▄ "], "+": ["   ", "▄█▄", " ▀ "],
        "-": ["   ", "▀▀▀", "   "], "−": ["   ", "▀▀▀", "   "], "%": ["▀ █", " █ ", "█ ▄"], " ": ["   ", "   ", "   "],
    ]

    /// The three lines of a text (unknown characters become blanks); characters one cell apart.
    static func lines(_ text: String) -> [String] {
        (0..<3).map { row in text.map { glyphs[$0]?[row] ?? "   " }.joined(separator: " ") }
    }

    static func width(_ text: String) -> Int { text.isEmpty ? 0 : text.count * 4 - 1 }
}
