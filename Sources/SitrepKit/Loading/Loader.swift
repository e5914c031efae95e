import Foundation

/// Reads event files into a store, in parallel: files side by side, and large JSON Lines files
/// split at line boundaries into one part per core.
public enum Loader {
    public static func load(_ sources: [EventSource], options: LoadOptions = LoadOptions()) -> EventStore {
        EventLibrary(sources: sources, options: options).loadAll()
    }

    /// Parses files in parallel: each file whole, or in parts when it is a large JSON Lines file.
    static func parse(_ files: [(index: Int, file: LoadedFile, reader: ByteReader)], options: LoadOptions) -> [(
        file: Int, part: LoadedPart
    )] {
        var parts: [LoadPart] = []
        var readers: [Int: ByteReader] = [:]
        var prepared: [Int: LoadedFile] = [:]
        for f in files {
            options.progress?.expect(f.reader.size)
            readers[f.index] = f.reader
            prepared[f.index] = f.file
            parts += split(
                file: f.index, reader: f.reader, format: f.file.format ?? .jsonl, csv: f.file.csv, options: options)
        }
        let results = PartResults(count: parts.count)
        let (work, openReaders, infos) = (parts, readers, prepared)
        DispatchQueue.concurrentPerform(iterations: parts.count) { i in
            let part = work[i]
            guard let reader = openReaders[part.file], let file = infos[part.file] else { return }
            results.store(i, run(part, file: file, reader: reader, options: options))
        }
        return zip(parts, results.take()).map { (file: $0.file, part: $1) }
    }

    /// Opens a source and decides how to read it; a file that cannot be read is reported, not thrown.
    static func prepare(_ source: EventSource, options: LoadOptions) -> (LoadedFile, ByteReader?) {
        let reader: ByteReader
        do throws(SourceError) {
            reader = try source.open()
        } catch {
            var file = LoadedFile(source: source, format: nil, csv: nil)
            file.unreadable = true
            file.log.add(.error(source.path, 0, 0, error.message))
            return (file, nil)
        }
        var file = LoadedFile(source: source, format: nil, csv: nil)
        let head = (try? reader.bytes(at: 0, count: min(reader.size, 1 << 16))) ?? []
        // Every way out without the reader closes it: a follower meets empty and broken files
        // again and again, and each would leak a descriptor.
        if reader.size == 0 {
            reader.close()
            file.log.add(.warning(source.path, 0, 0, Diagnostic.emptyFile))
            return (
                LoadedFile(
                    source: source, format: options.format ?? InputFormat.fromExtension(source.path) ?? .jsonl,
                    csv: nil, log: file.log), nil
            )
        }
        if let problem = binaryProblem(head) {
            reader.close()
            file.log.add(.error(source.path, 1, 1, problem))
            return (file, nil)
        }
        let format = options.format ?? InputFormat.fromExtension(source.path) ?? sniff(head)
        guard format == .csv else {
            return (LoadedFile(source: source, format: .jsonl, csv: nil, key: reader.fileKey), reader)
        }
        let more = { () -> (bytes: [UInt8], complete: Bool) in
            let count = min(reader.size, SheetGuess.sampleBytes)
            return ((try? reader.bytes(at: 0, count: count)) ?? head, count == reader.size)
        }
        switch CSVSetup.reader(for: source.path, head: head, options: options, more: more) {
        case .success(let csv):
            var log = DiagnosticLog()
            for warning in csv.setupWarnings { log.add(warning) }
            var opened = LoadedFile(source: source, format: .csv, csv: csv, log: log)
            opened.key = reader.fileKey
            return (opened, reader)
        case .failure(let d):
            reader.close()
            file.log.add(d)
            return (LoadedFile(source: source, format: .csv, csv: nil, log: file.log), nil)
        }
    }

    /// A file that is not text: NUL bytes near the start, or UTF-16.
    static func binaryProblem(_ head: [UInt8]) -> String? {
        if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
            return "the file is UTF-16; sitrep reads UTF-8 (save or convert it as UTF-8); file skipped"
        }
        guard let nul = head.prefix(8192).firstIndex(of: 0) else { return nil }
        return "binary file (NUL byte at offset \(nul)), not events; file skipped"
    }

    /// A file named neither .jsonl nor .csv: JSON Lines if it starts with `{`.
    static func sniff(_ head: [UInt8]) -> InputFormat {
        let body = head.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(head.dropFirst(3)) : head
        let first = body.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
        return first == UInt8(ascii: "{") ? .jsonl : .csv
    }

    /// Large files are read in one part per thread: JSON Lines cut at line starts, CSV at record starts
    /// (`CSVSplit`), so every part reads as the whole file would have there.
    static func split(
        file: Int, reader: ByteReader, format: InputFormat, csv: CSVEventReader? = nil, options: LoadOptions
    ) -> [LoadPart] {
        let size = reader.size
        guard options.threads > 1, size > options.splitThreshold, format == .jsonl || csv != nil else {
            return [LoadPart(file: file, range: 0..<size, isFirst: true)]
        }
        let targets = (1..<options.threads).map { size * $0 / options.threads }
        var bounds = [0]
        if let csv {
            // The header is part of the first part; cuts fall after it.
            let cuts = (try? CSVSplit.recordStarts(after: targets, from: 0, in: reader, delimiter: csv.delimiter)) ?? []
            for cut in cuts where cut > bounds[bounds.count - 1] && cut < size { bounds.append(cut) }
        } else {
            for target in targets {
                let cut = (try? BlockScanner.lineStart(after: target, in: reader)) ?? size
                if cut > bounds[bounds.count - 1], cut < size { bounds.append(cut) }
            }
        }
        bounds.append(size)
        return (0..<bounds.count - 1).map { LoadPart(file: file, range: bounds[$0]..<bounds[$0 + 1], isFirst: $0 == 0) }
    }

    static func run(_ part: LoadPart, file: LoadedFile, reader: ByteReader, options: LoadOptions) -> LoadedPart {
        var result = LoadedPart(builder: StoreBuilder(options))
        do throws(SourceError) {
            if let csv = file.csv {
                try CSVSetup.load(
                    part, csv: csv, reader: reader, into: &result, gazetteer: options.gazetteer,
                    hold: options.holdUnfinishedLines, progress: options.progress)
            } else {
                try loadJSONLines(part, path: file.path, reader: reader, options: options, into: &result)
            }
        } catch {
            result.log.add(.error(file.path, 0, 0, error.message))
        }
        // Sorted here, on the loading thread: numbering repeated derived ids then only merges.
        result.builder.derivedHashes.sort()
        return result
    }

    static func loadJSONLines(
        _ part: LoadPart, path: String, reader: ByteReader, options: LoadOptions, into result: inout LoadedPart
    ) throws(SourceError) {
        // The path and zone copied for this thread (see `DisplayZone.copyForThread`).
        let jsonl = JSONLinesReader(
            path: String(decoding: Array(path.utf8), as: UTF8.self), zone: options.zone.copyForThread(), detail: false)
        var held: (offset: Int, line: Int)?
        var log = DiagnosticLog()
        var builder = result.builder
        let quick = options.quickLanes
        let quotes = QuoteMap()
        let (lines, end) = try BlockScanner(reader: reader, range: part.range, progress: options.progress).forEachLine(
            readUnterminatedTail: true
        ) { bytes, line, offset, unfinished in
            var body = bytes
            if unfinished, options.holdUnfinishedLines {
                // A writer may be half-way through this line: take it only if it is already a whole record.
                var quiet = DiagnosticLog()
                guard let record = jsonl.read(body, line: line, log: &quiet), quiet.errors == 0 else {
                    held = (offset, line)
                    return
                }
                log.append(contentsOf: quiet)
                builder.add(
                    record, line: body, span: RecordSpan(offset: Int64(offset), length: bytes.count, line: line),
                    path: path, log: &log)
                return
            }
            if part.isFirst, line == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                body = UnsafeBufferPointer(rebasing: bytes[3...])
            }
            if line == 2000 {
                builder.reserve(
                    forBytes: part.range.count, seenBytes: offset + bytes.count - part.range.lowerBound, seenLines: line
                )
            }
            let span = RecordSpan(offset: Int64(offset), length: bytes.count, line: line)
            // Most lines take the plain lane (`JSONPlainLine.swift`): no `Event` is made of them.
            if quick, let plain = jsonl.readPlain(body, quotes: quotes) {
                builder.addPlainLine(
                    plain, line: body, lineStart: bytes.count - body.count, span: span, path: path, log: &log)
                return
            }
            guard let record = jsonl.read(body, line: line, log: &log) else { return }
            builder.add(record, line: body, lineStart: bytes.count - body.count, span: span, path: path, log: &log)
        }
        result.builder = builder
        result.log = log
        result.lines = held.map { $0.line - 1 } ?? lines
        result.end = held?.offset ?? end
    }
}

/// Results of the parallel parts, each written by exactly one thread into its own slot.
final class PartResults: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<LoadedPart?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ i: Int, _ part: LoadedPart) { slots[i] = part }

    /// Moves the results out, so that the arrays they hold have one owner and can be changed in place.
    func take() -> [LoadedPart] {
        slots.indices.map { i in
            let part = slots[i] ?? LoadedPart(builder: StoreBuilder(gazetteer: .builtIn))
            slots[i] = nil
            return part
        }
    }
}

extension LoadedFile {
    init(source: EventSource, format: InputFormat?, csv: CSVEventReader?, log: DiagnosticLog) {
        self.init(source: source, format: format, csv: csv)
        self.log = log
    }
}
