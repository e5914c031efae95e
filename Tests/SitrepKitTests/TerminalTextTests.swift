import Testing
@testable import SitrepKit

@Suite("Text safe for a terminal")
struct TerminalTextTests {
    @Test func controlsNeverPassThrough() {
        let hostile = "a\u{1B}[2Jb\u{1B}]52;c;SGVsbG8=\u{07}c\u{9B}31md\u{08}e\rf\u{202E}g\u{200B}h\u{7F}"
        let safe = TerminalText.line(hostile)
        #expect(
            !safe.unicodeScalars.contains {
                $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E || $0.value == 0x200B
            })
        #expect(safe == "a\u{FFFD}[2Jb\u{FFFD}]52;c;SGVsbG8=\u{FFFD}c\u{FFFD}31md\u{FFFD}e fgh\u{FFFD}")
    }

    @Test func ordinaryTextIsUntouched() {
        for s in ["Kharkiv Oblast", "Харківська область", "東京 😀", "tab\there"] {
            #expect(TerminalText.line(s) == s.replacingOccurrences(of: "\t", with: " "))
        }
        #expect(TerminalText.block("two\nlines\u{1B}") == "two\nlines\u{FFFD}")
    }
}

import Foundation
