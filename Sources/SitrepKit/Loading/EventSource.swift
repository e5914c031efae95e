import Foundation

/// The two kinds of event file sitrep reads.
public enum InputFormat: String, Sendable, CaseIterable {
    case jsonl
    case csv

    /// The format a file name promises, if any.
    public static func fromExtension(_ path: String) -> InputFormat? {
        switch (path as NSString).pathExtension.lowercased() {
        case "jsonl", "ndjson", "json": .jsonl
        case "csv", "tsv": .csv
        default: nil
        }
    }
}

/// A file of events, on disk or built into sitrep (the demo events).
public struct EventSource: Sendable, Hashable {
    /// The path as given, used in every message about this file.
    public let path: String
    private let embedded: EmbeddedBytes?

    public static func file(_ path: String) -> EventSource { EventSource(path: path, embedded: nil) }

    /// Bytes built into the binary, shown under a name such as `demo/events.jsonl`.
    public static func embedded(_ name: String, _ bytes: [UInt8]) -> EventSource {
        EventSource(path: name, embedded: EmbeddedBytes(bytes: bytes))
    }

    public var isEmbedded: Bool { embedded != nil }

    func open() throws(SourceError) -> ByteReader {
        if let embedded { return .memory(embedded.bytes) }
        return try ByteReader.file(path)
    }

    public static func == (a: EventSource, b: EventSource) -> Bool { a.path == b.path && a.isEmbedded == b.isEmbedded }
    public func hash(into h: inout Hasher) { h.combine(path) }
}

/// Reference-typed so that copying a source does not copy the demo's bytes.
final class EmbeddedBytes: Sendable {
    let bytes: [UInt8]
    init(bytes: [UInt8]) { self.bytes = bytes }
}

/// Why a source could not be read at all.
public struct SourceError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
