import Foundation

/// File names are bytes; Swift strings are Unicode. A name that is not UTF-8 (an old Latin-1 export,
/// a name from a Windows share) is kept as a string in which each byte that does not decode stands
/// for itself as a private-use character, U+F780 to U+F7FF, so that it can be opened, watched and
/// listed again with its own bytes. Messages show such a byte as `\xNN`.
public enum RawPath {
    private static let escapeBase: UInt32 = 0xF700

    /// The name as sitrep keeps it, from the bytes the system gave.
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let bad = TextPosition.firstInvalidUTF8(bytes) else { return String(decoding: bytes, as: UTF8.self) }
        var out = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<bad]), as: UTF8.self)
        out.unicodeScalars.append(Unicode.Scalar(escapeBase + UInt32(bytes[bad]))!)
        out += string(UnsafeBufferPointer(rebasing: bytes[(bad + 1)...]))
        return out
    }

    public static func string(cString: UnsafePointer<CChar>) -> String {
        string(
            UnsafeBufferPointer(
                start: UnsafeRawPointer(cString).assumingMemoryBound(to: UInt8.self), count: strlen(cString)))
    }

    /// The bytes to give the system, NUL-terminated.
    public static func bytes(_ path: String) -> [CChar] {
        var out: [UInt8] = []
        for s in path.unicodeScalars {
            if (escapeBase + 0x80...escapeBase + 0xFF).contains(s.value) {
                out.append(UInt8(s.value - escapeBase))
            } else {
                out.append(contentsOf: String(s).utf8)
            }
        }
        return out.map { CChar(bitPattern: $0) } + [0]
    }

    /// Calls `body` with the name as the system knows it.
    public static func withCString<R>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        try bytes(path).withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// The name for a message: each byte that is not UTF-8 as `\xNN`.
    public static func display(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: isEscape) else { return path }
        var out = ""
        for s in path.unicodeScalars {
            if isEscape(s) {
                out += "\\x" + String(s.value - escapeBase, radix: 16, uppercase: true)
            } else {
                out.unicodeScalars.append(s)
            }
        }
        return out
    }

    private static func isEscape(_ s: Unicode.Scalar) -> Bool {
        (escapeBase + 0x80...escapeBase + 0xFF).contains(s.value)
    }

    /// The arguments as given, with names that are not UTF-8 kept byte for byte (Swift's
    /// `CommandLine.arguments` repairs them, which names another file or none).
    public static func arguments() -> [String] {
        (0..<Int(CommandLine.argc)).compactMap { CommandLine.unsafeArgv[$0].map { string(cString: $0) } }
    }

    /// A path from the parsed arguments, replaced by the same argument kept byte for byte.
    public static func original(of path: String) -> String {
        guard path.contains("\u{FFFD}") else { return path }
        return arguments().first {
            String(decoding: bytes($0).dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self) == path
        } ?? path
    }
}

// MARK: - The system calls sitrep makes on names, with the name's own bytes

extension RawPath {
    /// `stat(2)`: what the name leads to, following symbolic links.
    public static func status(of path: String) -> stat? {
        var st = stat()
        return withCString(path) { stat($0, &st) } == 0 ? st : nil
    }

    /// `lstat(2)`: the name itself, a symbolic link not followed.
    public static func linkStatus(of path: String) -> stat? {
        var st = stat()
        return withCString(path) { lstat($0, &st) } == 0 ? st : nil
    }

    public static func isDirectory(_ st: stat) -> Bool { (st.st_mode & S_IFMT) == S_IFDIR }

    /// `access(2)` for reading.
    static func isReadable(_ path: String) -> Bool { withCString(path) { access($0, R_OK) } == 0 }

    /// The names in a folder, "." and ".." left out; nil when it cannot be read.
    static func names(in directory: String) -> [String]? {
        guard let dir = withCString(directory, { opendir($0) }) else { return nil }
        defer { closedir(dir) }
        var out: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { p in
                p.withMemoryRebound(to: CChar.self, capacity: 256) { string(cString: $0) }
            }
            if name != ".", name != ".." { out.append(name) }
        }
        return out
    }

    /// Where a symbolic link points, if the name is one.
    static func linkTarget(of path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = withCString(path) { readlink($0, &buffer, buffer.count - 1) }
        guard n >= 0 else { return nil }
        return buffer.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: UInt8.self) { string(UnsafeBufferPointer(rebasing: $0[0..<n])) }
        }
    }
}
