import Foundation
import Testing
@testable import SitrepKit
import SitrepTestSupport

/// File names that are not UTF-8: kept byte for byte, shown with `\xNN`.
struct RawPathTests {
    /// Makes a file whose name has the given bytes, in a folder; returns the name as sitrep keeps it.
    private func makeFile(_ dir: TempDir, name: [UInt8], _ text: String) -> String {
        let full = Array(dir.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let fd = full.withUnsafeBufferPointer { b in
            b.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        }
        #expect(fd >= 0)
        _ = Array(text.utf8).withUnsafeBufferPointer { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        return full.dropLast().withUnsafeBufferPointer { RawPath.string($0) }
    }

    @Test func namesRoundTripByteForByte() {
        // Names of every length up to 23 from a seeded sequence, so that a failure can be run
        // again; no NUL, which no name can hold.
        var random = SeededRandom(seed: 7)
        for _ in 0..<2000 {
            let bytes = (0..<random.next(24)).map { _ in UInt8(random.next(255) + 1) }
            let kept = bytes.withUnsafeBufferPointer { RawPath.string($0) }
            #expect(RawPath.bytes(kept).dropLast().map { UInt8(bitPattern: $0) } == bytes)
        }
        // Names that are UTF-8 stay as they are, and show as they are.
        for name in ["events.jsonl", "Харків/події.jsonl", "東京 🚀.csv"] {
            let kept = Array(name.utf8).withUnsafeBufferPointer { RawPath.string($0) }
            #expect(kept == name && RawPath.display(kept) == name)
        }
        let latin1 = Array("caf".utf8) + [0xE9] + Array(".jsonl".utf8)
        #expect(RawPath.display(latin1.withUnsafeBufferPointer { RawPath.string($0) }) == "caf\\xE9.jsonl")
    }

    @Test func aFileNamedInLatin1IsFoundReadAndNamedInMessages() throws {
        let dir = TempDir()
        let path = makeFile(
            dir, name: Array("caf".utf8) + [0xE9] + Array(".jsonl".utf8),
            #"{"time": "2024-11-20", "title": "first"}"# + "\nnot json\n")
        // Found in its folder and as given.
        #expect(PathExpansion.expand([dir.path]).sources.map(\.path) == [path])
        #expect(PathExpansion.expand([path]).problems.isEmpty)
        let store = load([path])
        #expect(store.count == 1)
        #expect(store.title(at: 0) == "first")
        #expect(
            store.diagnostics.map(\.description) == [
                "\(dir.path)/caf\\xE9.jsonl:2:1: error: invalid JSON: expected '{' at the start of the line (one JSON object a line); line skipped"
            ])
        // Followed: an append to it is read.
        let library = EventLibrary(sources: [.file(path)], options: LoadOptions())
        #expect(library.loadAll().count == 1)
        let fd = RawPath.withCString(path) { open($0, O_WRONLY | O_APPEND) }
        _ = Array(#"{"time": "2024-11-21", "title": "second"}"#.utf8 + [10]).withUnsafeBufferPointer {
            write(fd, $0.baseAddress, $0.count)
        }
        close(fd)
        _ = library.refresh([path])
        let store2 = library.snapshot()
        #expect((0..<store2.count).map(store2.title(at:)) == ["first", "second"])
    }
}
