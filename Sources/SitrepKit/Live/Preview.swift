extension EventLibrary {
    /// A first look while the full load runs: the last `tailBytes` of each large JSON Lines or CSV
    /// file, where a feed or log written in time order keeps its newest events. The dashboard shows
    /// these within a fraction of a second instead of waiting for a million events; the full load
    /// replaces them. Nil when no file is large enough to be worth it. Line numbers count from where
    /// the look began; the full load corrects them a moment later. A CSV look starts at a line start,
    /// which may be inside a quoted cell with line breaks (ACLED's notes): a look that reads with any
    /// error is tried again from the next few line starts, and not shown when none reads cleanly
    /// (the full load is the one that reports).
    public func preview(tailBytes: Int = 2 << 20) -> EventStore? {
        var quiet = options
        quiet.progress = nil
        let look = EventLibrary(sources: files.map(\.info.source), options: quiet)
        var found = false
        for i in look.files.indices {
            let (info, reader) = Loader.prepare(look.files[i].info.source, options: quiet)
            guard let reader else { continue }
            defer { reader.close() }
            guard info.format == .jsonl || info.csv != nil, reader.size > 4 * tailBytes,
                var start = try? BlockScanner.lineStart(after: reader.size - tailBytes, in: reader)
            else { continue }
            look.files[i].info = info
            for _ in 0..<(info.csv == nil ? 1 : 4) {
                var part = Loader.run(
                    LoadPart(file: i, range: start..<reader.size, isFirst: false), file: info, reader: reader,
                    options: quiet)
                if info.csv != nil, part.log.errors > 0 {
                    guard let next = try? BlockScanner.lineStart(after: start, in: reader), next < reader.size else {
                        break
                    }
                    start = next
                    continue
                }
                look.absorb(&part, into: i)
                found = true
                break
            }
        }
        return found ? look.snapshot() : nil
    }
}
