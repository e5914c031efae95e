import Foundation

/// Finding a short piece of text in a longer one by its bytes. Foundation's `range(of:)` and
/// `components(separatedBy:)` take a slow bridged path on Linux: reading ACLED's notes and
/// `;`-separated sources with them was two thirds of reading the file.
enum ByteSearch {
    /// Where `needle` first occurs in `hay`, as byte offsets.
    static func first(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard let n0 = needle.first, needle.count <= hay.count, let base = hay.baseAddress,
            let nbase = needle.baseAddress
        else { return nil }
        var at = 0
        let last = hay.count - needle.count
        while at <= last {
            guard let hit = memchr(base + at, Int32(n0), last - at + 1) else { return nil }
            let k = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if needle.count == 1 || memcmp(base + k + 1, nbase + 1, needle.count - 1) == 0 {
                return k..<k + needle.count
            }
            at = k + 1
        }
        return nil
    }
}

extension String {
    /// Where `needle` first occurs, found by bytes (`ByteSearch`).
    func firstRange(ofBytes needle: String) -> Range<String.Index>? {
        var hay = self, n = needle
        guard let found = hay.withUTF8({ h in n.withUTF8 { ByteSearch.first($0, in: h) } }) else { return nil }
        let u = hay.utf8
        let lower = u.index(u.startIndex, offsetBy: found.lowerBound)
        return lower..<u.index(lower, offsetBy: found.count)
    }

    /// The text cut at every `separator`, as `components(separatedBy:)` cuts it. Both are UTF-8,
    /// so a match of the separator's bytes always falls between characters.
    func pieces(separatedBy separator: String) -> [String] {
        guard !separator.isEmpty else { return [self] }
        var hay = self, sep = separator
        return hay.withUTF8 { h in
            sep.withUTF8 { s in
                var out: [String] = []
                var start = 0
                while let r = ByteSearch.first(s, in: UnsafeBufferPointer(rebasing: h[start...])) {
                    out.append(
                        String(decoding: UnsafeBufferPointer(rebasing: h[start..<start + r.lowerBound]), as: UTF8.self))
                    start += r.upperBound
                }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: h[start...]), as: UTF8.self))
                return out
            }
        }
    }
}
