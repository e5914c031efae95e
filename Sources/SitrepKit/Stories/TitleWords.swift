/// A title as a set of words, for telling whether two reports tell the same story: folded to lower
/// case without accents, split at anything that is not a letter or digit, common words left out
/// and plural and past endings cut ("launches", "launched" and "launch" are one word). Each word is
/// kept as a 32-bit hash, sorted, so comparing two titles is a merge of two short arrays.
public struct TitleWords: Sendable, Equatable {
    public let hashes: [UInt32]

    public init(_ title: String) {
        var words: [UInt32] = []
        Array(title.utf8).withUnsafeBufferPointer { _ = Self.collectFolding($0, into: &words) }
        hashes = words
    }

    /// Appends the words of a title's UTF-8 bytes to `pool` (see `collect`); a title with bytes
    /// past ASCII is folded as text first. Returns how many.
    static func collectFolding(_ bytes: UnsafeBufferPointer<UInt8>, into pool: inout [UInt32]) -> Int {
        guard bytes.contains(where: { $0 >= 0x80 }) else { return collect(bytes, into: &pool) }
        let folded = Array(TextFold.fold(String(decoding: bytes, as: UTF8.self)).utf8)
        return folded.withUnsafeBufferPointer { collect($0, into: &pool) }
    }

    public var count: Int { hashes.count }

    /// Jaccard similarity: words in common over words in either.
    public func similarity(to other: TitleWords) -> Double {
        let common = hashes.withUnsafeBufferPointer { x in
            other.hashes.withUnsafeBufferPointer { Self.common(x, $0, atLeast: 0) }
        }
        let either = hashes.count + other.hashes.count - common
        return either == 0 ? 0 : Double(common) / Double(either)
    }

    /// Whether the similarity reaches `threshold`, giving up as soon as too few words are left to
    /// reach it: most pairs of titles in a day share a word or two, and this is asked a million times.
    func isSimilar(to other: TitleWords, atLeast threshold: Double) -> Bool {
        let a = hashes.count, b = other.hashes.count
        guard a > 0, b > 0, Double(min(a, b)) >= threshold * Double(max(a, b)) else { return false }
        // common / (a + b - common) >= t  <=>  common >= t (a + b) / (1 + t)
        let needed = Int((threshold * Double(a + b) / (1 + threshold) - 1e-9).rounded(.up))
        return hashes.withUnsafeBufferPointer { x in
            other.hashes.withUnsafeBufferPointer { Self.common(x, $0, atLeast: needed) }
        } >= needed
    }

    /// Words in both sorted arrays; stops early (with a smaller count) once `atLeast` is out of reach.
    static func common(_ x: UnsafeBufferPointer<UInt32>, _ y: UnsafeBufferPointer<UInt32>, atLeast needed: Int) -> Int {
        var i = 0, j = 0, found = 0
        while i < x.count, j < y.count {
            if found + min(x.count - i, y.count - j) < needed { return found }
            if x[i] == y[j] {
                found += 1; i += 1; j += 1
            } else if x[i] < y[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return found
    }

    /// Appends the title's word hashes, sorted and without repeats, to `pool`; returns how many.
    /// One pass, no allocation: the hash of a word is made as its bytes go by, with the hashes of
    /// its last three prefixes kept for cutting English plural and past endings where enough of the
    /// word is left ("launches", "launched" -> "launch"; "casualties" -> "casualty"): the grouping
    /// reads a million titles.
    @discardableResult
    static func collect(_ bytes: UnsafeBufferPointer<UInt8>, into pool: inout [UInt32]) -> Int {
        let begin = pool.count
        let prime: UInt32 = 16_777_619, basis: UInt32 = 2_166_136_261
        var h = basis, h1 = basis, h2 = basis, h3 = basis
        var tail: UInt32 = 0
        var length = 0
        var ascii = true
        let n = bytes.count
        var i = 0
        while i <= n {
            let byte = i < n ? bytes[i] : 0x20
            i += 1
            let lower = byte &- 0x41 < 26 ? byte | 0x20 : byte
            if lower &- 0x61 < 26 || lower &- 0x30 < 10 || lower >= 0x80 {
                h3 = h2; h2 = h1; h1 = h
                h = (h ^ UInt32(lower)) &* prime
                tail = tail << 8 | UInt32(lower)
                if lower >= 0x80 { ascii = false }
                length += 1
                continue
            }
            defer { h = basis; h1 = basis; h2 = basis; h3 = basis; tail = 0; length = 0; ascii = true }
            guard length >= 2, !StopWords.contains(h) else { continue }
            var kept = h
            if ascii {
                let last4 = tail, last3 = tail & 0xFF_FFFF, last2 = tail & 0xFFFF, last1 = tail & 0xFF
                if length > 5 && (last4 == 0x6368_6573 || last4 == 0x7368_6573 || last4 == 0x7373_6573)
                    || length > 4 && last3 == 0x78_6573
                {
                    kept = h2 // ches shes sses xes
                } else if length > 5, last3 == 0x69_6573 {
                    kept = (h3 ^ 0x79) &* prime // ies -> y
                } else if length > 3, last1 == 0x73, last2 != 0x7373, last2 != 0x7573, last2 != 0x6973 {
                    kept = h1 // s, but not ss us is
                } else if length > 5, last2 == 0x6564 {
                    kept = h2 // ed
                } else if length > 6, last3 == 0x69_6E67 {
                    kept = h3 // ing
                }
            }
            if kept == h || !StopWords.contains(kept) { pool.append(kept) }
        }
        let count = pool.count - begin
        guard count > 1 else { return count }
        let end = pool.withUnsafeMutableBufferPointer { all in
            let words = UnsafeMutableBufferPointer(rebasing: all[begin...])
            // Titles have a dozen words: insertion sort, then repeats dropped.
            for k in 1..<words.count {
                let x = words[k]
                var j = k
                while j > 0, words[j - 1] > x { words[j] = words[j - 1]; j -= 1 }
                words[j] = x
            }
            var end = 1
            for k in 1..<words.count where words[end - 1] != words[k] {
                words[end] = words[k]
                end += 1
            }
            return end
        }
        pool.removeLast(count - end)
        return end
    }

    /// FNV-1a, 32 bits: words of one title rarely collide, and a collision only makes two titles
    /// look a little more alike.
    static func hash(_ w: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt32 = 2_166_136_261
        for b in w { h = (h ^ UInt32(b)) &* 16_777_619 }
        return h
    }
}

/// Words that say nothing about which story a headline tells.
enum StopWords {
    static let list = """
        a an the of in on at to for by with from and or but as is are was were be been being it its this that these \
        those after before over into onto about amid against than then there their they he she his her we our you \
        not no has have had will would could should may might can new also more most says said say tells told \
        report reported reports according per via up out off near since while during just still very how what who \
        why where when which all some any one two
        """
    /// Kept as their hashes, as the words of titles are, with a bitmap of the hashes' low 12 bits
    /// that answers "not a common word" for most words without a lookup.
    static let hashes: Set<UInt32> = Set(
        list.split(separator: " ").map { word in
            Array(word.utf8).withUnsafeBufferPointer { TitleWords.hash($0) }
        })
    static let bits: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 64)
        for h in hashes { bits[Int(h & 4095) >> 6] |= 1 << UInt64(h & 63) }
        return bits
    }()

    @inline(__always)
    static func contains(_ h: UInt32) -> Bool {
        bits[Int(h & 4095) >> 6] & (1 << UInt64(h & 63)) != 0 && hashes.contains(h)
    }
}
