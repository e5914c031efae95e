import Foundation

/// The explicit story keys of a snapshot (`story` in a JSON Lines record, a `story` column in a
/// CSV file). They are not kept in memory: when a loaded file has the field, the records with
/// extra fields are read again for it, as a search by an extra field does.
struct StoryKeys {
    private let reader: DetailReader?
    private let field: String

    init(store: EventStore, field: String) {
        self.field = field.lowercased()
        reader = store.count > 0 && store.hasExtraField(field) ? DetailReader(store: store) : nil
    }

    /// For events appended to a snapshot whose stories had no key: only the new records with extra
    /// fields are looked at (the whole snapshot's flags are a million reads an append).
    init(store: EventStore, field: String, after base: StoryGroups) {
        self.field = field.lowercased()
        guard !base.hasKeys else {
            reader = DetailReader(store: store)
            return
        }
        let reader = DetailReader(store: store)
        let wanted = self.field
        let found = (base.eventCount..<store.count).contains { p in
            store.flags(at: p).contains(.extra)
                && reader.event(at: p).event.extra.contains { $0.name.lowercased() == wanted }
        }
        self.reader = found ? reader : nil
    }

    /// Whether any event may have a key.
    var exists: Bool { reader != nil }

    func key(at p: Int) -> String? {
        guard let reader, reader.store.flags(at: p).contains(.extra) else { return nil }
        guard let text = reader.event(at: p).event.extra.first(where: { $0.name.lowercased() == field })?.displayText,
            !text.isEmpty, text != "null"
        else { return nil }
        return text
    }
}

/// Titles' words for the grouping, read without a system call per title: titles kept in their
/// files are read in blocks of a megabyte, which a file written in time order serves in order.
struct TitleBytes {
    private let store: EventStore
    private var blocks: [Int: (start: Int, bytes: [UInt8])] = [:]
    static let blockSize = 1 << 20

    init(store: EventStore) { self.store = store }

    /// Appends the words of the title at `p` to `pool`; returns how many.
    mutating func words(at p: Int, _ r: EventRow, into pool: inout [UInt32]) -> Int {
        if r.hasDerivedTitle { return Self.collect(store.derivedTitle(at: p), into: &pool) }
        let flags = EventFlags(rawValue: r.flags)
        guard flags.contains(.titleInFile) else {
            let segment = store.segments[Int(store.order[p].segment)]
            return segment.arena.withUnsafeBufferPointer {
                Self.collect(
                    UnsafeBufferPointer(
                        rebasing: $0[r.text + Int(r.idLength)..<r.text + Int(r.idLength) + Int(r.titleLength)]),
                    into: &pool)
            }
        }
        let offset = Int(r.offset) + Int(r.titleOffset), count = Int(r.titleLength)
        let file = store.file(at: p)
        if let reader = store.titleFiles.heldReader(file: file), count <= Self.blockSize,
            fill(file: file, reader, offset, count),
            let block = blocks[file]
        {
            return block.bytes.withUnsafeBufferPointer {
                Self.collect(
                    UnsafeBufferPointer(rebasing: $0[(offset - block.start)..<(offset - block.start + count)]),
                    into: &pool)
            }
        }
        return Self.collect(store.title(at: p), into: &pool)
    }

    private static func collect(_ bytes: UnsafeBufferPointer<UInt8>, into pool: inout [UInt32]) -> Int {
        TitleWords.collectFolding(bytes, into: &pool)
    }

    private static func collect(_ title: String, into pool: inout [UInt32]) -> Int {
        Array(title.utf8).withUnsafeBufferPointer { TitleWords.collectFolding($0, into: &pool) }
    }

    /// Makes sure the block of `file` holds the `count` bytes at `offset`, reading a new block there
    /// if it does not.
    private mutating func fill(file: Int, _ reader: ByteReader, _ offset: Int, _ count: Int) -> Bool {
        if let block = blocks[file], offset >= block.start, offset + count <= block.start + block.bytes.count {
            return true
        }
        var bytes = [UInt8](repeating: 0, count: min(Self.blockSize, max(0, reader.size - offset)))
        let got =
            (try? bytes.withUnsafeMutableBytes { try reader.read(at: offset, count: $0.count, into: $0.baseAddress!) })
            ?? 0
        guard got >= count else { return false }
        bytes.removeLast(bytes.count - got)
        blocks[file] = (offset, bytes)
        return true
    }
}

extension EventStore {
    /// The figures of the event at `i` as the store keeps them (interned names).
    func figureEntries(_ i: Int) -> ArraySlice<FigureEntry> {
        segments[Int(order[i].segment)].figures[extras(at: i).figures]
    }
}

/// The words of a range of events' titles (none for alerts, which are not compared by title).
struct ChunkWords: Sendable {
    static let size = 32_768
    let first: Int
    var pool: [UInt32] = []
    /// Where each event's words start in `pool`; one more at the end.
    var starts: [Int32] = [0]

    func slice(_ p: Int) -> ArraySlice<UInt32> { pool[Int(starts[p - first])..<Int(starts[p - first + 1])] }
}

/// Reads and splits titles for the grouping, a chunk at a time, here or on another thread.
struct TitleWordReader: Sendable {
    let store: EventStore
    let alertCategories: Set<UInt32>

    /// The words of `range`, read on this thread.
    func now(_ range: Range<Int>) -> ChunkWords {
        var titles = TitleBytes(store: store)
        var chunk = ChunkWords(first: range.lowerBound)
        chunk.starts.reserveCapacity(range.count + 1)
        chunk.pool.reserveCapacity(range.count * 8)
        for p in range {
            let r = store.row(p)
            if !alertCategories.contains(r.category) { _ = titles.words(at: p, r, into: &chunk.pool) }
            chunk.starts.append(Int32(chunk.pool.count))
        }
        return chunk
    }

    /// The words of `range`, being read on another thread; small ranges are read at once.
    func start(_ range: Range<Int>) -> PendingWords {
        let pending = PendingWords()
        guard range.count >= 4_096 else {
            pending.chunk = now(range)
            return pending
        }
        pending.group.enter()
        DispatchQueue.global().async { [self] in
            pending.chunk = now(range)
            pending.group.leave()
        }
        return pending
    }
}

/// Words being read on another thread; `wait` has them.
final class PendingWords: @unchecked Sendable {
    let group = DispatchGroup()
    var chunk: ChunkWords?

    func wait() -> ChunkWords {
        group.wait()
        return chunk!
    }
}
