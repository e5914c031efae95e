import Foundation

extension EventLibrary {
    /// Reads again what changed at these paths: a followed file (only its new bytes, when it was
    /// appended to), a file that is gone (its events leave), or a new event file in a watched folder.
    public func refresh(_ changed: [String]) -> LibraryChange {
        var change = LibraryChange()
        for path in Set(changed).sorted() {
            if let i = files.firstIndex(where: { $0.info.path == path && !$0.info.source.isEmbedded }) {
                refreshFile(i, &change)
            } else if Self.isEventFile(path) {
                files.append(TrackedFile(info: LoadedFile(source: .file(path), format: nil, csv: nil)))
                refreshFile(files.count - 1, &change)
            }
        }
        return change
    }

    /// A regular, visible file with an event file's extension.
    static func isEventFile(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        guard !name.hasPrefix("."),
            PathExpansion.knownExtensions.contains((name as NSString).pathExtension.lowercased())
        else { return false }
        return RawPath.status(of: path).map { ($0.st_mode & S_IFMT) == S_IFREG } ?? false
    }

    private func refreshFile(_ i: Int, _ change: inout LibraryChange) {
        let path = files[i].info.path
        guard let identity = FileIdentity.of(path) else {
            if !files[i].removed { removeEvents(of: i, &change) }
            return
        }
        let reader: ByteReader
        do throws(SourceError) {
            reader = try files[i].info.source.open()
        } catch {
            keepLastGood(i, problem: error.message, &change)
            return
        }
        defer { reader.close() }
        if files[i].isAppend(identity, reader: reader) {
            guard identity.size > files[i].consumed else { return }
            readAppended(i, identity, reader, &change)
        } else {
            reread(i, &change)
        }
    }

    private func removeEvents(of i: Int, _ change: inout LibraryChange) {
        needsRebuild = true
        change.removed += files[i].info.eventCount
        change.files.append(files[i].info.path)
        files[i] = TrackedFile(info: LoadedFile(source: files[i].info.source, format: nil, csv: nil))
        files[i].removed = true
    }

    /// Only the bytes after the last whole line are parsed; an unfinished line stays held.
    private func readAppended(_ i: Int, _ identity: FileIdentity, _ reader: ByteReader, _ change: inout LibraryChange) {
        let start = files[i].consumed
        let part = LoadPart(file: i, range: start..<identity.size, isFirst: start == 0)
        var result = Loader.run(part, file: files[i].info, reader: reader, options: options)
        let segmentsBefore = files[i].segments.count
        absorb(&result, into: i)
        if files[i].segments.count > segmentsBefore, let s = files[i].segments.last {
            change.added += s.rows.map { s.id(of: $0, strings: interner.strings) }
            change.files.append(files[i].info.path)
        }
        files[i].remember(reader)
    }

    /// Anything but an append: the file is read again whole. If it cannot be read as events any
    /// more (broken, binary, an unknown layout), its last good events stay, with a warning.
    private func reread(_ i: Int, _ change: inout LibraryChange) {
        needsRebuild = true
        let old = files[i]
        let oldIDs = old.ids(strings: interner.strings)
        let (info, reader) = Loader.prepare(old.info.source, options: options)
        guard let reader else {
            if !old.segments.isEmpty, info.log.errors > 0 {
                keepLastGood(i, problem: info.log.kept.first?.message ?? "cannot be read", &change)
            } else {
                files[i] = TrackedFile(info: info)
                change.removed += oldIDs.count
                change.files.append(info.path)
            }
            return
        }
        files[i] = TrackedFile(info: info)
        read([(i, info, reader)])
        let newIDs = files[i].ids(strings: interner.strings)
        change.added += newIDs.subtracting(oldIDs).sorted()
        change.removed += oldIDs.subtracting(newIDs).count
        change.files.append(info.path)
    }

    /// The file is unreadable or broken now: its events read before stay on screen, and its log
    /// holds one warning that says so; the next good read replaces both.
    private func keepLastGood(_ i: Int, problem: String, _ change: inout LibraryChange) {
        var log = DiagnosticLog()
        let count = files[i].info.eventCount
        log.add(.warning(files[i].info.path, 0, 0, "\(problem); showing the \(count) events read before"))
        files[i].info.log = log
        files[i].identity = nil
        change.files.append(files[i].info.path)
    }
}

extension TrackedFile {
    /// The file grew at the end and kept what was read: same file, not shorter, and the bytes just
    /// before where reading stopped are the same. JSON Lines files, and CSV files whose header and
    /// profile were read (the appended rows are read with them).
    func isAppend(_ now: FileIdentity, reader: ByteReader) -> Bool {
        guard let before = identity, before.sameFile(as: now), info.format == .jsonl || info.csv != nil, !removed,
            now.size >= consumed, consumed > 0 || before.size == 0
        else { return false }
        return FileIdentity.tailHash(reader, before: consumed) == tailHash
    }
}
