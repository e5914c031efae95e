import Foundation

/// Reading CSV files: choosing the profile from the header, then the records in order.
public enum CSVSetup {
    /// `more` gives the file's first bytes beyond `head` (and whether they are all of it), for a
    /// sheet that no profile matches and whose columns are read off its first rows.
    static func reader(
        for path: String, head: [UInt8], options: LoadOptions, more: () -> (bytes: [UInt8], complete: Bool)
    ) -> Result<CSVEventReader, Diagnostic> {
        head.withUnsafeBufferPointer { all in
            let bytes = all.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: all[3...]) : all
            let suggested = CSVParser.delimiter(ofHeader: bytes)
            func header(_ delimiter: UInt8?) -> [String]? {
                Self.header(bytes, delimiter: delimiter ?? suggested, encoding: options.encoding ?? .utf8)
            }
            guard var names = header(nil) else { return .failure(.error(path, 1, 1, "no header line")) }
            var delimiter = suggested
            let profile: CSVProfile
            if let headerless = Self.headerless(options, split: { header($0) }) {
                // A layout without a header: its first line is a record, its columns are the profile's.
                profile = headerless
                delimiter = headerless.delimiter ?? suggested
                names = headerless.columnNames
            } else if let known = options.profile
                ?? CSVProfile.detect(among: options.profiles, header: { header($0) ?? [] })
            {
                profile = known
                if let own = known.delimiter {
                    delimiter = own
                    names = header(own) ?? names
                }
            } else {
                switch guessed(path, options: options, more: more) {
                case .success(let reading):
                    (profile, delimiter) = (reading.profile, reading.delimiter)
                    names = reading.header
                case .failure(let problem): return .failure(problem)
                }
            }
            do throws(CSVEventReader.ProfileMismatch) {
                let reader = try CSVEventReader(
                    path: path, profile: profile, header: names, zone: options.zone, detail: false)
                reader.delimiter = delimiter
                reader.encoding = options.encoding ?? profile.encoding ?? .utf8
                if !options.quickLanes { (reader.quickCount, reader.quickKeep) = (false, false) }
                return .success(reader)
            } catch {
                return .failure(
                    .error(
                        path, 1, 1,
                        "profile '\(profile.name)' needs the columns \(error.missing.joined(separator: ", ")), which the header lacks; file skipped"
                    ))
            }
        }
    }

    /// The profile of a layout written without a header that the file is in: the one asked for,
    /// or one whose shape the first record has. `split` gives the first record by a delimiter.
    private static func headerless(_ options: LoadOptions, split: (UInt8?) -> [String]?) -> CSVProfile? {
        if let asked = options.profile { return asked.columnNames.isEmpty ? nil : asked }
        return options.profiles.first { p in
            guard let shape = p.shape, !p.columnNames.isEmpty, let cells = split(p.delimiter) else { return false }
            return shape.matches(cells)
        }
    }

    /// A header's first names, for a message.
    private static func shown(_ names: [String]) -> String {
        names.prefix(12).joined(separator: ", ") + (names.count > 12 ? ", ..." : "")
    }

    /// The first record's cells, trimmed, split by `delimiter`.
    static func header(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, encoding: TextEncoding) -> [String]? {
        var parser = CSVParser()
        parser.delimiter = delimiter
        parser.encoding = encoding
        guard case (.record, let row?) = parser.nextRow(bytes, from: 0, base: 0, final: true) else { return nil }
        return row.record.fields.map(\.text.trimmingASCIISpaces)
    }

    /// The profile that reads a sheet starting with these bytes (after any byte order mark), if any.
    public static func profile(
        reading bytes: UnsafeBufferPointer<UInt8>, among profiles: [CSVProfile], encoding: TextEncoding = .utf8
    ) -> CSVProfile? {
        let suggested = CSVParser.delimiter(ofHeader: bytes)
        return CSVProfile.detect(among: profiles) {
            header(bytes, delimiter: $0 ?? suggested, encoding: encoding) ?? []
        }
    }

    /// The sheet read without a profile, or why it cannot be.
    private static func guessed(
        _ path: String, options: LoadOptions, more: () -> (bytes: [UInt8], complete: Bool)
    ) -> Result<(profile: CSVProfile, delimiter: UInt8, header: [String]), Diagnostic> {
        let (first, complete) = more()
        return first.withUnsafeBufferPointer { all in
            let bytes = all.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: all[3...]) : all
            guard
                let reading = SheetGuess.read(
                    bytes, complete: complete, gazetteer: options.gazetteer, encoding: options.encoding ?? .utf8)
            else {
                let known = options.profiles.map { "\($0.name) (\($0.detect.joined(separator: ", ")))" }
                return .failure(
                    .error(
                        path, 1, 1,
                        "unknown CSV layout: the first line splits into no columns by comma, semicolon, tab or '|', and no profile matches it. Known profiles and the columns they need: \(known.joined(separator: "; ")). Use --profile, or add a profile file; file skipped"
                    ))
            }
            guard reading.doubts.isEmpty else {
                return .failure(
                    .error(
                        path, 1, 1,
                        "unknown CSV layout: no profile matches the columns \(shown(reading.header)), and the sheet cannot be read without one: \(reading.doubts.joined(separator: "; ")). Taken so far: \(reading.said). Write what it is in a profile: `sitrep profile \(RawPath.display(path))` prints one to edit and keep in ~/.config/sitrep/profiles/ (or pass --profile); file skipped"
                    ))
            }
            var profile = reading.profile
            profile.guessedAs = reading.said
            return .success((profile, reading.delimiter, reading.header))
        }
    }

    /// Reads the records of a part of the file, in blocks, carrying a record cut by a block's end over.
    /// The first part starts with the header; a later one (an append) starts where reading stopped,
    /// with the header and profile already known. When following a file (`hold`), a last record that
    /// the writer may not have finished (no line break after it, or a quote still open) is left for
    /// the next read: `end` stops before it.
    static func load(
        _ part: LoadPart, csv: CSVEventReader, reader: ByteReader, into result: inout LoadedPart, gazetteer: Gazetteer,
        hold: Bool = false, progress: LoadProgress? = nil
    ) throws(SourceError) {
        var parser = CSVParser()
        parser.delimiter = csv.delimiter
        parser.encoding = csv.encoding
        var buffer: [UInt8] = []
        var bufferOffset = part.range.lowerBound
        var start = 0
        var atEnd = false
        var headerSkipped = !part.isFirst || !csv.profile.columnNames.isEmpty
        func refill() throws(SourceError) {
            let wanted = min(BlockScanner.blockSize, part.range.upperBound - (bufferOffset + buffer.count))
            buffer.removeFirst(start)
            bufferOffset += start
            start = 0
            // Read straight onto the end of the buffer: no block copied a second time.
            let kept = buffer.count
            var got = 0
            var failure: SourceError?
            if wanted > 0 {
                buffer.append(contentsOf: repeatElement(0, count: wanted))
                buffer.withUnsafeMutableBytes { raw in
                    do throws(SourceError) {
                        got = try reader.read(at: bufferOffset + kept, count: wanted, into: raw.baseAddress! + kept)
                    } catch { failure = error }
                }
                buffer.removeLast(wanted - got)
            }
            if let failure { throw failure }
            progress?.add(got)
            atEnd = got == 0
            if bufferOffset == 0, buffer.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        }
        /// Stops before the record starting at `start` on `line`, to be read when the writer has finished it.
        var held = false
        func holdRest(line: Int) {
            result.end = bufferOffset + start
            result.lines = line - 1
            held = true
        }
        var builder = result.builder, log = result.log
        var memo = CSVReadMemo()
        var records = 0
        memo.countsSources = builder.counting?.facet == .source
        var record = ReadRecord.empty
        let counting = builder.isCounting
        let byRegion = builder.counting?.facet == .region
        defer {
            (result.builder, result.log) = (builder, log)
            result.droppedNames.merge(memo.dropped, uniquingKeysWith: +)
        }
        while true {
            // Every whole record in the buffer in one pass: a closure per record would copy the
            // reader and the builder each time.
            let step = buffer.withUnsafeBufferPointer { bytes -> CSVStep in
                while true {
                    let (step, row) = parser.nextRow(bytes, from: start, base: bufferOffset, final: atEnd)
                    guard let row, case .record(let line, _, _, let next) = step else { return step }
                    if hold, atEnd, next >= bytes.count, bytes.last != 0x0A {
                        holdRest(line: line)
                        return .end
                    }
                    start = next
                    guard headerSkipped else { headerSkipped = true; continue }
                    records += 1
                    // Room for the whole part, from its first records (as for JSON Lines): arrays
                    // that grow by doubling hold the old and the new copy at once, and end up to
                    // twice as large as needed.
                    if records == 2000, !counting {
                        builder.reserve(
                            forBytes: part.range.count, seenBytes: row.offset + row.length - part.range.lowerBound,
                            seenLines: records)
                    }
                    if byRegion, csv.countQuickly(row, gazetteer: gazetteer, memo: &memo, into: &builder) { continue }
                    let span = RecordSpan(offset: Int64(row.offset), length: row.length, line: row.line)
                    if !counting,
                        csv.keepQuickly(row, gazetteer: gazetteer, memo: &memo, into: &builder, span: span, log: &log)
                    {
                        continue
                    }
                    guard csv.read(row, gazetteer: gazetteer, counting: counting, memo: &memo, into: &record, log: &log)
                    else { continue }
                    builder.add(record, line: bytes, span: span, path: csv.path, log: &log)
                }
            }
            if held { return }
            switch step {
            case .record:
                continue
            case .needMore, .end:
                if atEnd {
                    result.end = bufferOffset + buffer.count
                    result.lines = parser.line - (buffer.last == 0x0A || buffer.isEmpty ? 1 : 0)
                    return
                }
                try refill()
            case .unterminated(let line, let column):
                if hold {
                    holdRest(line: parser.line)
                    return
                }
                result.lines = parser.line
                log.add(
                    .error(
                        csv.path, line, column,
                        "quoted cell never closes; the rest of the file (from line \(line)) is skipped"))
                return
            }
        }
    }
}
