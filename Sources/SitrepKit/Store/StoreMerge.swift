extension EventStore {
    /// Joins the parts loaded in parallel into one snapshot: one string table, one timeline.
    /// Parts are released as they are copied, so that the peak memory is the store plus one part.
    static func merge(files: [LoadedFile], parts: [(file: Int, part: LoadedPart)], gazetteer: Gazetteer) -> EventStore {
        var files = files
        var parts = parts
        var strings = Interner()
        var rows: [EventRow] = []
        var arena: [UInt8] = []
        var lists: [UInt32] = []
        var figures: [FigureEntry] = []
        rows.reserveCapacity(parts.reduce(0) { $0 + $1.part.builder.rows.count })
        arena.reserveCapacity(parts.reduce(0) { $0 + $1.part.builder.arena.count })
        lists.reserveCapacity(parts.reduce(0) { $0 + $1.part.builder.lists.count })
        figures.reserveCapacity(parts.reduce(0) { $0 + $1.part.builder.figures.count })
        var linesBefore: [Int: Int] = [:]
        for k in parts.indices {
            let (file, part) = parts[k]
            parts[k].part = LoadedPart(builder: StoreBuilder(gazetteer: gazetteer))
            let b = part.builder
            let map = b.strings.strings.map { strings.intern($0) }
            let lineShift = linesBefore[file, default: 0]
            linesBefore[file] = lineShift + part.lines
            var log = part.log
            log.shiftLines(by: lineShift)
            files[file].log.append(contentsOf: log)
            files[file].eventCount += b.rows.count
            let (arenaShift, listShift, figureShift) = (arena.count, lists.count, figures.count)
            arena += b.arena
            lists += b.lists.lazy.map { map[Int($0)] }
            figures += b.figures.lazy.map { FigureEntry(name: map[Int($0.name)], value: $0.value) }
            for var r in b.rows {
                r.text += arenaShift
                r.lists += UInt32(listShift)
                r.figures += UInt32(figureShift)
                r.category = map[Int(r.category)]
                r.subcategory = map[Int(r.subcategory)]
                r.line += UInt32(lineShift)
                rows.append(r)
            }
        }
        numberRepeatedDerivedIDs(&rows, &arena)
        sortTimeline(&rows)
        return EventStore(files: files, rows: rows, strings: strings.strings, arena: arena, lists: lists,
                          figures: figures, gazetteer: gazetteer)
    }

    /// Two records that say exactly the same thing get the same derived id; the second becomes
    /// `~hash-2`, the third `~hash-3`, in file order, so each event keeps an id of its own.
    private static func numberRepeatedDerivedIDs(_ rows: inout [EventRow], _ arena: inout [UInt8]) {
        var seen: [String: Int] = [:]
        for i in rows.indices where EventFlags(rawValue: rows[i].flags).contains(.derivedID) {
            let r = rows[i]
            let id = String(decoding: arena[r.text..<r.text + Int(r.idLength)], as: UTF8.self)
            let key = "\(r.file)/\(id)"
            let n = seen[key, default: 0] + 1
            seen[key] = n
            guard n > 1 else { continue }
            let title = Array(arena[r.text + Int(r.idLength)..<r.text + Int(r.idLength) + Int(r.titleLength)])
            let newID = Array("\(id)-\(n)".utf8)
            rows[i].text = arena.count
            rows[i].idLength = UInt16(newID.count)
            arena += newID
            arena += title
        }
    }

    /// Sorted by time; equal times keep the order of the files, then of the lines.
    /// Most feeds are already in order, which one pass confirms.
    private static func sortTimeline(_ rows: inout [EventRow]) {
        func before(_ a: EventRow, _ b: EventRow) -> Bool {
            if a.time != b.time { return a.time < b.time }
            if a.file != b.file { return a.file < b.file }
            return a.offset < b.offset
        }
        var sorted = true
        for i in rows.indices.dropFirst() where before(rows[i], rows[i - 1]) {
            sorted = false
            break
        }
        if !sorted { rows.sort(by: before) }
    }
}
