import Foundation

/// Reading CSV files: choosing the profile from the header, then the records in order.
enum CSVSetup {
    static func reader(for path: String, head: [UInt8], options: LoadOptions) -> Result<CSVEventReader, Diagnostic> {
        head.withUnsafeBufferPointer { all in
            let bytes = all.starts(with: [0xEF, 0xBB, 0xBF]) ? UnsafeBufferPointer(rebasing: all[3...]) : all
            var parser = CSVParser()
            parser.delimiter = CSVParser.delimiter(ofHeader: bytes)
            parser.encoding = options.encoding ?? .utf8
            guard case .record(let header, _) = parser.next(bytes, from: 0, base: 0, final: true) else {
                return .failure(.error(path, 1, 1, "no header line"))
            }
            let names = header.fields.map(\.text.trimmingASCIISpaces)
            guard let profile = options.profile ?? CSVProfile.detect(header: names, among: options.profiles) else {
                let known = options.profiles.map { "\($0.name) (\($0.detect.joined(separator: ", ")))" }.joined(separator: "; ")
                return .failure(.error(path, 1, 1, "unknown CSV layout: no profile matches the columns \(names.prefix(12).joined(separator: ", "))\(names.count > 12 ? ", ..." : ""). Known profiles and the columns they need: \(known). Use --profile, or add a profile file; file skipped"))
            }
            do throws(CSVEventReader.ProfileMismatch) {
                var reader = try CSVEventReader(path: path, profile: profile, header: names, zone: options.zone, detail: false)
                reader.delimiter = parser.delimiter
                reader.encoding = options.encoding ?? profile.encoding ?? .utf8
                return .success(reader)
            } catch {
                return .failure(.error(path, 1, 1, "profile '\(profile.name)' needs the columns \(error.missing.joined(separator: ", ")), which the header lacks; file skipped"))
            }
        }
    }

    /// Reads every record after the header, in blocks, carrying a record cut by a block's end over.
    static func load(_ part: LoadPart, csv: CSVEventReader, reader: ByteReader, into result: inout LoadedPart, gazetteer: Gazetteer,
                     progress: LoadProgress? = nil) throws(SourceError) {
        var parser = CSVParser()
        parser.delimiter = csv.delimiter
        parser.encoding = csv.encoding
        var buffer: [UInt8] = []
        var bufferOffset = 0
        var start = 0
        var atEnd = false
        var headerSkipped = false
        let fileIndex = UInt32(part.file)
        func refill() throws(SourceError) {
            let chunk = try reader.bytes(at: bufferOffset + buffer.count, count: BlockScanner.blockSize)
            progress?.add(chunk.count)
            atEnd = chunk.isEmpty
            buffer.removeFirst(start)
            bufferOffset += start
            start = 0
            buffer += chunk
            if bufferOffset == 0, buffer.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        }
        while true {
            let step = buffer.withUnsafeBufferPointer { parser.next($0, from: start, base: bufferOffset, final: atEnd) }
            switch step {
            case .record(let record, let next):
                start = next
                result.lines = record.line
                guard headerSkipped else { headerSkipped = true; continue }
                guard let read = csv.read(record, gazetteer: gazetteer, log: &result.log) else { continue }
                result.builder.add(read, span: RecordSpan(offset: Int64(record.offset), length: record.length, line: record.line),
                                   file: fileIndex, path: csv.path, log: &result.log)
            case .needMore, .end:
                if atEnd {
                    result.end = bufferOffset + buffer.count
                    return
                }
                try refill()
            case .unterminated(let line, let column):
                result.log.add(.error(csv.path, line, column, "quoted cell never closes; the rest of the file (from line \(line)) is skipped"))
                return
            }
        }
    }
}
