extension EventStore {
    /// Joins the parts loaded in parallel into one snapshot: one string table, one timeline.
    /// Each part becomes a segment as it is (its strings renumbered in place); only the timeline
    /// order is new.
    static func merge(files: [LoadedFile], parts: consuming [(file: Int, part: LoadedPart)], gazetteer: Gazetteer) -> EventStore {
        var files = files
        var strings = Interner()
        var segments: [Segment] = []
        var linesBefore: [Int: Int] = [:]
        for k in parts.indices {
            let file = parts[k].file
            var part = parts[k].part
            parts[k].part = LoadedPart(builder: StoreBuilder(gazetteer: gazetteer))
            let map = part.builder.strings.strings.map { strings.intern($0) }
            let lineShift = linesBefore[file, default: 0]
            linesBefore[file] = lineShift + part.lines
            part.log.shiftLines(by: lineShift)
            files[file].log.append(contentsOf: part.log)
            files[file].eventCount += part.builder.rows.count
            var segment = Segment(rows: part.builder.rows, arena: part.builder.arena, lists: part.builder.lists, figures: part.builder.figures)
            part.builder = StoreBuilder(gazetteer: gazetteer)
            let number = UInt32(segments.count)
            for j in segment.lists.indices { segment.lists[j] = map[Int(segment.lists[j])] }
            for j in segment.figures.indices { segment.figures[j].name = map[Int(segment.figures[j].name)] }
            for j in segment.rows.indices {
                segment.rows[j].segment = number
                segment.rows[j].category = map[Int(segment.rows[j].category)]
                segment.rows[j].subcategory = map[Int(segment.rows[j].subcategory)]
                segment.rows[j].line += UInt32(lineShift)
            }
            segments.append(segment)
        }
        var clock = PhaseClock()
        numberRepeatedDerivedIDs(&segments)
        let order = Timeline.order(of: segments)
        clock.mark("sort")
        defer { clock.mark("index") }
        return EventStore(files: files, order: order, strings: strings.strings, segments: segments, gazetteer: gazetteer)
    }

    /// Two records that say exactly the same thing get the same derived id; the second becomes
    /// `~hash-2`, the third `~hash-3`, in file order, so each event keeps an id of its own.
    private static func numberRepeatedDerivedIDs(_ segments: inout [Segment]) {
        var seen: [String: Int] = [:]
        for s in segments.indices {
            for i in segments[s].rows.indices where EventFlags(rawValue: segments[s].rows[i].flags).contains(.derivedID) {
                let r = segments[s].rows[i]
                let idEnd = r.text + Int(r.idLength)
                let id = String(decoding: segments[s].arena[r.text..<idEnd], as: UTF8.self)
                let key = "\(r.file)/\(id)"
                let n = seen[key, default: 0] + 1
                seen[key] = n
                guard n > 1 else { continue }
                let title = Array(segments[s].arena[idEnd..<idEnd + Int(r.titleLength)])
                let newID = Array("\(id)-\(n)".utf8)
                segments[s].rows[i].text = segments[s].arena.count
                segments[s].rows[i].idLength = UInt16(newID.count)
                segments[s].arena += newID + title
            }
        }
    }
}
