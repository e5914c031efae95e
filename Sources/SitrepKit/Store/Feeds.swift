/// What each file holds, and each source its events name: how many events and from when to when.
/// The sources pane draws these on one time axis, so that a feed that stopped shows at a glance.
public struct FeedSpan: Sendable, Equatable {
    public var name: String
    public var count: Int
    /// The oldest and newest event, in seconds since 1970.
    public var first: Int64
    public var last: Int64
    /// Whether it has events in each of the equal stretches the whole timeline is cut into
    /// (`feeds(cells:)`): a stretch without any is a gap in the feed.
    public var cells: [Bool]
}

/// One file: its own span, its sources' (most events first), and what reading it found.
public struct FileFeed: Sendable, Equatable {
    public var path: String
    /// Nil for a file with no events (empty, unreadable, or none before the moment shown).
    public var span: FeedSpan?
    public var sources: [FeedSpan]
    public var errors: Int
    public var warnings: Int
    public var unreadable: Bool
    /// Built into the binary (the demo): nothing to follow.
    public var builtIn: Bool
}

extension EventStore {
    /// Every file in the order given, with its events' span and its sources', and where each has
    /// events among `cells` equal stretches from the oldest event to the newest. One pass over the
    /// timeline: positions are in time order, so an entry's first event is its oldest.
    public func feeds(cells: Int = 0) -> [FileFeed] {
        let start = count > 0 ? time(at: 0).seconds : 0
        let length = count > 0 ? time(at: count - 1).seconds - start + 1 : 1
        var spans: [FeedSpan?] = Array(repeating: nil, count: files.count)
        var sourceSpans: [[UInt32: FeedSpan]] = Array(repeating: [:], count: files.count)
        for i in 0..<count {
            let f = file(at: i)
            let seconds = time(at: i).seconds
            let cell = cells > 0 ? Int((seconds - start) * Int64(cells) / length) : 0
            func note(_ span: inout FeedSpan?, _ name: String) {
                if span == nil {
                    span = FeedSpan(
                        name: name, count: 0, first: seconds, last: seconds,
                        cells: Array(repeating: false, count: cells))
                }
                span?.count += 1
                span?.last = seconds
                if cells > 0 { span?.cells[cell] = true }
            }
            note(&spans[f], files[f].path)
            for id in list(i, .sources) {
                var span = sourceSpans[f][id]
                note(&span, strings[Int(id)])
                sourceSpans[f][id] = span
            }
        }
        return files.indices.map { f in
            FileFeed(
                path: files[f].path, span: spans[f],
                sources: sourceSpans[f].values.sorted { ($0.count, $1.name) > ($1.count, $0.name) },
                errors: files[f].log.errors, warnings: files[f].log.warnings, unreadable: files[f].unreadable,
                builtIn: files[f].source.isEmbedded)
        }
    }

    /// Whether file number `f` is one the values name (`file:`): its path as given, or its name
    /// without the folder, case not counting.
    func fileMatches(_ f: Int, _ values: [String]) -> Bool {
        values.contains { Self.fileNamed(files[f].path, $0) }
    }

    /// Whether a `file:` value names this path.
    static func fileNamed(_ path: String, _ value: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return value == path || TextFold.fold(value) == TextFold.fold(name)
    }
}
