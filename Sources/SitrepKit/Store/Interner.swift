/// Each distinct string once, named by a small number: a million events name the same 27 regions,
/// 8 categories and a few hundred sources, so the store keeps numbers, not strings.
/// Number 0 is the empty string and means "none".
struct Interner: Sendable {
    private(set) var strings: [String] = [""]
    private var ids: [String: UInt32] = ["": 0]

    var count: Int { strings.count }

    mutating func intern(_ s: String) -> UInt32 {
        if let id = ids[s] { return id }
        let id = UInt32(strings.count)
        strings.append(s)
        ids[s] = id
        return id
    }

    func id(of s: String) -> UInt32? { ids[s] }

    subscript(id: UInt32) -> String { strings[Int(id)] }
}

/// FNV-1a, 64 bits: a hash that is the same in every run and on every machine (Swift's `Hasher`
/// is seeded per process), for ids derived from content.
struct StableHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ s: String) {
        for b in s.utf8 { addByte(b) }
        addByte(0x1F)
    }

    /// The same as adding the String these UTF-8 bytes spell.
    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
        for b in bytes { addByte(b) }
        addByte(0x1F)
    }

    mutating func add(_ n: Int64) {
        var x = UInt64(bitPattern: n)
        for _ in 0..<8 {
            addByte(UInt8(x & 0xFF))
            x >>= 8
        }
    }

    private mutating func addByte(_ b: UInt8) {
        value ^= UInt64(b)
        value = value &* 0x0000_0100_0000_01B3
    }

    var hex: String { Self.hex(value) }

    /// Sixteen lowercase hex digits.
    static func hex(_ value: UInt64) -> String {
        var bytes: [UInt8] = []
        appendHex(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendHex(_ value: UInt64, to out: inout [UInt8]) {
        let digits: StaticString = "0123456789abcdef"
        // Written on the stack and appended at once: sixteen appends checked the room sixteen times.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { hex in
            for k in 0..<16 { hex[k] = digits.utf8Start[Int((value >> UInt64(60 - 4 * k)) & 0xF)] }
            out.append(contentsOf: hex)
        }
    }

    /// A derived id, `~` and the hash in hex, appended as bytes.
    static func appendID(_ value: UInt64, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "~"))
        appendHex(value, to: &out)
    }

    /// The hash a derived id (`~` and sixteen hex digits, no repeat number) spells.
    static func value(ofID id: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard id.count == 17, id[0] == UInt8(ascii: "~") else { return nil }
        var v: UInt64 = 0
        for b in id[1...] {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): v = v << 4 | UInt64(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): v = v << 4 | UInt64(b - UInt8(ascii: "a") + 10)
            default: return nil
            }
        }
        return v
    }
}
