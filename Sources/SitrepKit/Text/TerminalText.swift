/// Text from files made safe to print on a terminal.
///
/// Event files come from scrapers, spreadsheets and strangers: a title may hold `ESC [2J`, an OSC 52
/// clipboard write, a C1 control, or a right-to-left override that disguises what follows. None of it
/// may reach the terminal as a control. Every such character becomes a visible stand-in.
public enum TerminalText {
    /// One line of text: controls become `�`, tabs and line breaks become spaces, bidi controls and
    /// invisible format characters are dropped.
    public static func line(_ text: String) -> String {
        // Most text needs nothing: looking first is several times faster than copying it scalar by
        // scalar (`sitrep list` of a million events spent most of its time here).
        guard text.unicodeScalars.contains(where: { classify($0) != .keep }) else { return text }
        var out = String.UnicodeScalarView()
        var changed = false
        for s in text.unicodeScalars {
            switch classify(s) {
            case .keep: out.append(s)
            case .space: out.append(" "); changed = true
            case .replace: out.append("\u{FFFD}"); changed = true
            case .drop: changed = true
            }
        }
        return changed ? String(out) : text
    }

    /// One character as `line` leaves it (nil: dropped), for code that stops after a screen's width
    /// instead of cleaning a text of megabytes whole.
    public static func clean(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch classify(s) {
        case .keep: s
        case .space: " "
        case .replace: "\u{FFFD}"
        case .drop: nil
        }
    }

    /// Several lines: like `line`, but line breaks are kept.
    public static func block(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0)) }.joined(separator: "\n")
    }

    enum Action { case keep, space, replace, drop }

    static func classify(_ s: Unicode.Scalar) -> Action {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return .keep }
        if v == 0x09 || v == 0x0A || v == 0x0D { return .space }
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return .replace }
        switch v {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF, 0x061C, 0x00AD:
            return .drop
        case 0x2028, 0x2029:
            return .space
        default:
            return .keep
        }
    }
}

extension String {
    /// Whether anything of the text would show: a name made only of spaces, zero-width or
    /// direction marks and controls names nothing, and is not kept as a region.
    public var hasVisibleText: Bool {
        if utf8.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return true }
        return unicodeScalars.contains { s in
            switch s.properties.generalCategory {
            case .format, .control, .spaceSeparator, .lineSeparator, .paragraphSeparator, .nonspacingMark,
                .enclosingMark, .unassigned:
                false
            default: !s.properties.isWhitespace && !s.properties.isDefaultIgnorableCodePoint
            }
        }
    }
}
