import Foundation

/// A folded search word (see `TextFold`) looked for in raw UTF-8 bytes without building Strings.
///
/// Why: a word search reads the titles and bodies of a million events; building and folding a
/// String for each costs seconds, while comparing bytes sixteen at a time costs tens of
/// milliseconds. ASCII text is compared byte by byte with ASCII case folding, which is exactly what
/// `TextFold` does to it; text with other characters (accents, Cyrillic) falls back to `TextFold`,
/// so both ways always agree.
struct FoldedNeedle: Sendable {
    let text: String
    let bytes: [UInt8]
    /// Per needle byte: 0x20 where it is a lower-case ASCII letter (so `b | 0x20` folds a haystack
    /// byte to compare with it), else 0 (exact comparison).
    let folds: [UInt8]
    let isASCII: Bool

    init(_ folded: String) {
        text = folded
        bytes = Array(folded.utf8)
        folds = bytes.map { $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") ? 0x20 : 0 }
        isASCII = bytes.allSatisfy { $0 < 0x80 }
    }

    /// Whether `needle` occurs in `hay`, byte for byte.
    static func contains(_ hay: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        needle.isEmpty || needle.withUnsafeBufferPointer { ByteSearch.first($0, in: hay) != nil }
    }

    /// What a scan of raw bytes found.
    enum Scan { case found, absent, unsure }

    /// Whether the folded text of `hay` contains the needle.
    func isIn(_ hay: UnsafeBufferPointer<UInt8>) -> Bool {
        switch scan(hay) {
        case .found: return true
        case .absent: return false
        case .unsure:
            // The quick fold where it applies, searched as bytes; Foundation's fold otherwise.
            guard let folded = TextFold.foldedBytes(hay) else {
                return TextFold.fold(String(decoding: hay, as: UTF8.self)).contains(text)
            }
            return folded.withUnsafeBufferPointer { Self.contains($0, bytes) }
        }
    }

    /// Looks for the needle in raw bytes: `found` when they hold it (ASCII case ignored), `absent`
    /// when they do not and are plain ASCII without backslashes (so neither folding nor JSON escapes
    /// could make it appear), else `unsure`.
    func scan(_ hay: UnsafeBufferPointer<UInt8>) -> Scan {
        guard isASCII, let base = hay.baseAddress, !bytes.isEmpty else { return bytes.isEmpty ? .found : .unsure }
        let m = bytes.count
        var plain = true
        var i = 0
        if hay.count >= m + 7 {
            // Eight starting places at a time, tested by their first and last byte in one 64-bit
            // word each ("SWAR"): a zero byte in `miss` marks a place worth comparing in full.
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            let firstWanted = ones &* UInt64(bytes[0]), firstFold = ones &* UInt64(folds[0])
            let lastWanted = ones &* UInt64(bytes[m - 1]), lastFold = ones &* UInt64(folds[m - 1])
            let backslashes = ones &* UInt64(UInt8(ascii: "\\"))
            let raw = UnsafeRawPointer(base)
            var seen: UInt64 = 0
            while i + m + 7 <= hay.count {
                let a = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let b = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i + m - 1, as: UInt64.self))
                let slash = a ^ backslashes
                seen |= a | ((slash &- ones) & ~slash & highs)
                let miss = ((a | firstFold) ^ firstWanted) | ((b | lastFold) ^ lastWanted)
                var zeros = (miss &- ones) & ~miss & highs
                while zeros != 0 {
                    let k = zeros.trailingZeroBitCount / 8
                    if matchesAt(base, i + k) { return .found }
                    zeros &= zeros - 1
                }
                i += 8
            }
            plain = seen & highs == 0
        }
        let unchecked = i
        while i + m <= hay.count {
            if matchesAt(base, i) { return .found }
            i += 1
        }
        // The bytes the blocks did not check for being plain.
        for k in unchecked..<hay.count where hay[k] >= 0x80 || hay[k] == UInt8(ascii: "\\") {
            plain = false
            break
        }
        return plain ? .absent : .unsure
    }

    @inline(__always)
    private func matchesAt(_ base: UnsafePointer<UInt8>, _ i: Int) -> Bool {
        for k in 0..<bytes.count where base[i + k] | folds[k] != bytes[k] { return false }
        return true
    }
}
