import Foundation

/// Text made comparable for search: lower case, accents and apostrophes' variants removed, so that
/// `kharkiv` finds `Kharkiv`, `harkiv` does not, and `kyiv` finds `Kyïv`.
public enum TextFold {
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "ʼ", with: "'")
    }
}
