import Foundation
import Testing
@testable import SitrepKit

@Suite("Byte search")
struct ByteSearchTests {
    /// `pieces(separatedBy:)` cuts as Foundation's `components(separatedBy:)` does, on generated
    /// text with separators at the ends, doubled, and next to non-ASCII letters.
    @Test func piecesCutAsComponentsDo() {
        let alphabet = ["a", "b", ";", " and ", ",", "é", "Київ", " ", "and"]
        var r = Random(state: 7)
        for _ in 0..<2_000 {
            let text = (0..<r.next(12)).map { _ in alphabet[r.next(alphabet.count)] }.joined()
            for sep in [";", " and ", ",", "and", "é"] {
                #expect(text.pieces(separatedBy: sep) == text.components(separatedBy: sep), "\(text) / \(sep)")
                #expect(text.firstRange(ofBytes: sep).map { String(text[$0]) } == text.range(of: sep).map { String(text[$0]) })
                if let mine = text.firstRange(ofBytes: sep), let theirs = text.range(of: sep) { #expect(mine == theirs) }
            }
        }
    }
}
