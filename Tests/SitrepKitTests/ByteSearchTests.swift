import Foundation
import Testing
@testable import SitrepKit
import SitrepTestSupport

@Suite("Byte search")
struct ByteSearchTests {
    /// The quote map says what a byte-by-byte look says, for one odd byte (or none) at every place
    /// of every length around the block size, with quotes scattered, and for a longer line after
    /// a shorter one (the map's words are reused).
    @Test func quoteMapIsTheByteByByteAnswer() {
        let map = QuoteMap()
        var r = Random(state: 11)
        let lengths: [Int] = Array(0..<140) + [500, 1_000, 4_097]
        for n in lengths {
            let places: [Int] = n < 140 ? Array(0..<n) : [0, n / 2, n - 1]
            for odd: UInt8 in [0x00, 0x5C, 0x80, 0xD0, 0xFF, 0x7F, 0x22] {
                for at in [-1] + places {
                    var bytes: [UInt8] = (0..<n).map { (i: Int) -> UInt8 in
                        let b = UInt8(0x20 + i % 90)
                        return b == 0x5C || b == 0x22 ? 0x41 : b
                    }
                    for _ in 0..<r.next(6) where n > 0 { bytes[r.next(n)] = 0x22 }
                    if at >= 0 { bytes[at] = odd }
                    let plain = bytes.allSatisfy { $0 != 0 && $0 < 0x80 && $0 != 0x5C }
                    #expect(bytes.withUnsafeBufferPointer(map.scan) == plain, "\(n) \(odd) \(at)")
                    let expected = bytes.indices.filter { bytes[$0] == 0x22 }
                    var found: [Int] = []
                    var from = 0
                    while let q = QuoteMap.nextQuote(in: map.quotes, from: from, count: n) {
                        found.append(q)
                        from = q + 1
                    }
                    #expect(found == expected, "\(n) \(odd) \(at)")
                }
            }
        }
    }

    /// `pieces(separatedBy:)` cuts as Foundation's `components(separatedBy:)` does, on generated
    /// text with separators at the ends, doubled, and next to non-ASCII letters.
    @Test func piecesCutAsComponentsDo() {
        let alphabet = ["a", "b", ";", " and ", ",", "é", "Київ", " ", "and"]
        var r = Random(state: 7)
        for _ in 0..<2_000 {
            let text = (0..<r.next(12)).map { _ in alphabet[r.next(alphabet.count)] }.joined()
            for sep in [";", " and ", ",", "and", "é"] {
                #expect(text.pieces(separatedBy: sep) == text.components(separatedBy: sep), "\(text) / \(sep)")
                #expect(
                    text.firstRange(ofBytes: sep).map { String(text[$0]) }
                        == text.range(of: sep).map { String(text[$0]) })
                if let mine = text.firstRange(ofBytes: sep), let theirs = text.range(of: sep) {
                    #expect(mine == theirs)
                }
            }
        }
    }
}

@Suite("Plain ASCII check")
struct PlainASCIITests {
    /// The one-pass check agrees with the NUL and UTF-8 checks it spares, wherever the odd byte is.
    @Test func agreesWithTheSeparateChecks() {
        var r = Random(state: 3)
        for _ in 0..<3_000 {
            var bytes = (0..<r.next(40)).map { _ in UInt8(0x20 + r.next(0x5F)) }
            if !bytes.isEmpty, r.next(2) == 0 {
                bytes[r.next(bytes.count)] = [0x00, 0x80, 0xC3, 0xFF, 0x7F, 0x01][r.next(6)]
            }
            bytes.withUnsafeBufferPointer { b in
                let separate = TextPosition.firstNUL(b) == nil && !b.contains { $0 >= 0x80 }
                #expect(TextPosition.isPlainASCII(b) == separate, "\(Array(b))")
            }
        }
    }
}
