/// A sheet read without a profile: its separator, the profile its first rows point to, and what was
/// taken, in words, for `sitrep check` to print and `sitrep profile` to keep.
public struct SheetReading: Sendable {
    public var profile: CSVProfile
    public var delimiter: UInt8
    /// The header's names, trimmed, as split by `delimiter`.
    public var header: [String] = []
    /// `time = Дата (day-first), region = Область (100% known), title = Подія, figure Загиблі`.
    public var said: String
    /// Why the reading cannot be trusted; any doubt refuses the sheet.
    public var doubts: [String]
    /// Columns whose names differ only in case (`Date` and `date`), which a profile should not name.
    public var caseTwins: [String] = []
}

/// Reads a sheet no profile matches, as a person would: the separator from the first lines, and
/// each column's role from its values first (times that parse, regions the gazetteer knows, text
/// that says most, few distinct values, numbers) and its header's words second.
///
/// It looks at the first rows only (up to `sampleRows` of the bytes it is given), so loading a large
/// sheet costs what it did with a profile. When the rows do not settle a role (no time column, two
/// columns equally likely, dates whose order cannot be told) the sheet is refused with what was
/// found: a wrong guess would show wrong figures without a word.
public enum SheetGuess {
    static let sampleRows = 2000
    /// At most this much of the file is read for the sample: a sheet of long notes still gives
    /// hundreds of rows, and a large file is not read twice.
    public static let sampleBytes = 1 << 18
    static let delimiters: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]

    /// `bytes` are the file's first bytes, after any byte order mark; `complete` when they are all of it.
    public static func read(
        _ bytes: UnsafeBufferPointer<UInt8>, complete: Bool, gazetteer: Gazetteer, encoding: TextEncoding = .utf8
    ) -> SheetReading? {
        guard let (delimiter, rows) = bestDelimiter(bytes, complete: complete, encoding: encoding),
            let header = rows.first
        else { return nil }
        let body = rows.dropFirst()
        let columns = header.indices.map { i in
            SheetColumn(
                index: i, name: header[i].trimmingASCIISpaces, cells: body.map { i < $0.count ? $0[i] : "" },
                gazetteer: gazetteer)
        }
        var reading = Roles(columns: columns).reading
        reading.delimiter = delimiter
        // A comma is what a profile without a delimiter reads.
        reading.profile.delimiter = delimiter == UInt8(ascii: ",") ? nil : delimiter
        reading.header = header.map(\.trimmingASCIISpaces)
        var lowered: [String: [String]] = [:]
        for name in header.map(\.trimmingASCIISpaces) where !name.isEmpty {
            lowered[name.lowercased(), default: []].append(name)
        }
        reading.caseTwins = lowered.values.filter { Set($0).count > 1 }.map { $0.joined(separator: " and ") }.sorted()
        if delimiter != UInt8(ascii: ",") {
            reading.said += "; separated by \(delimiter == 0x09 ? "tabs" : "'\(Character(Unicode.Scalar(delimiter)))'")"
        }
        return reading
    }

    /// The separator that splits the header into the most columns while the rows keep that many;
    /// with it, the first rows as text.
    static func bestDelimiter(_ bytes: UnsafeBufferPointer<UInt8>, complete: Bool, encoding: TextEncoding) -> (
        UInt8, [[String]]
    )? {
        var best: (delimiter: UInt8, rows: [[String]], score: Double)?
        for d in delimiters {
            let rows = records(bytes, delimiter: d, complete: complete, encoding: encoding, limit: 200)
            guard let width = rows.first?.count, width >= 2 else { continue }
            let body = rows.dropFirst()
            let even = body.isEmpty ? 1 : Double(body.filter { $0.count == width }.count) / Double(body.count)
            // Rows that keep the header's width count most; among those, more columns.
            let score = (even >= 0.9 ? 1000 : 0) + even * 100 + Double(min(width, 99))
            if best == nil || score > best!.score { best = (d, rows, score) }
        }
        guard let best else { return nil }
        return (
            best.delimiter,
            records(bytes, delimiter: best.delimiter, complete: complete, encoding: encoding, limit: sampleRows + 1)
        )
    }

    static func records(
        _ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, complete: Bool, encoding: TextEncoding, limit: Int
    ) -> [[String]] {
        var parser = CSVParser()
        parser.delimiter = delimiter
        parser.encoding = encoding
        var out: [[String]] = []
        var start = 0
        while out.count < limit {
            let (step, row) = parser.nextRow(bytes, from: start, base: 0, final: complete)
            guard let row, case .record(_, _, _, let next) = step else { break }
            start = next
            if row.count == 1, row.isBlank(0) { continue }
            out.append((0..<row.count).map { row.text($0) })
        }
        return out
    }
}

/// The roles of a sheet's columns, taken in turn: time, region, links and named fields, figures,
/// then the text columns for title, body and category.
private struct Roles {
    var reading: SheetReading

    init(columns: [SheetColumn]) {
        var taken = Set<Int>()
        var said: [String] = []
        var doubts: [String] = []
        var p = CSVProfile(name: "guessed", summary: "read without a profile", detect: [], time: [])
        func free(_ c: SheetColumn) -> Bool { !taken.contains(c.index) && !c.name.isEmpty }
        func take(_ c: SheetColumn) -> String {
            taken.insert(c.index)
            return c.name
        }
        /// The best of the candidates by score, and a doubt when the next is as good.
        func best(_ role: String, _ candidates: [SheetColumn], _ score: (SheetColumn) -> Double) -> SheetColumn? {
            let ranked = candidates.map { ($0, score($0)) }.sorted { $0.1 > $1.1 }
            guard let first = ranked.first else { return nil }
            if ranked.count > 1, ranked[1].1 == first.1 {
                let tied = ranked.filter { $0.1 == first.1 }.map { "'\($0.0.name)'" }.joined(separator: ", ")
                doubts.append("\(tied) could each be the \(role)")
            }
            return first.0
        }

        // Time: the column whose values read as times; its header's words break ties.
        let dated = columns.filter { free($0) && ($0.dates?.share ?? 0) >= SheetDates.enough }
        if let time = best(
            "time", dated,
            { c in
                (c.names(.time) ? 2 : 0) + (c.names(.start) ? 1 : 0) - (c.names(.end) ? 1 : 0) + c.filledShare
            }), let dates = time.dates
        {
            p.time = [take(time)]
            p.timeFormats = dates.formats
            var how = dates.order.rawValue
            if let note = dates.note { how += ", \(note)" }
            if let doubt = dates.doubt { doubts.append("'\(time.name)' holds dates, but \(doubt)") }
            // A separate column of times of day joins the date.
            let clocks = columns.filter { free($0) && $0.clock }
            if !dates.hasClock,
                let clock = clocks.count == 1
                    ? clocks[0] : clocks.first(where: { $0.names(.time) || $0.names(.timeOfDay) })
            {
                p.time.append(take(clock))
                p.timeFormats = Self.joined(dates)
                how += ", with the time of day from \(clock.name)"
            }
            said.append("time = \(p.time[0]) (\(how))")
        } else {
            let tried = columns.filter { !$0.name.isEmpty }.prefix(12).map { c in
                "'\(c.name)'" + (c.dates.map { " (\(Int(($0.share * 100).rounded()))% dates)" } ?? "")
            }
            doubts.append("no column holds dates or times sitrep can read (columns: \(tried.joined(separator: ", ")))")
        }

        // Region: the column the gazetteer knows best, at least half of it, or one its header names.
        let regional = columns.filter {
            free($0) && !$0.numeric && ($0.known >= 0.5 || $0.names(.region))
        }
        if let region = best("region", regional, { $0.known + ($0.names(.region) ? 0.25 : 0) }) {
            p.region = [take(region)]
            said.append("region = \(region.name) (\(Int((region.known * 100).rounded()))% known)")
        }

        // Fields told by their header's words (and links by their values).
        if let url = columns.first(where: { free($0) && ($0.links || $0.names(.url)) }) {
            p.url = take(url)
            said.append("url = \(url.name)")
        }
        let lat = columns.first { free($0) && $0.numeric && $0.names(.latitude) }
        let lon = columns.first { free($0) && $0.numeric && $0.names(.longitude) }
        if let lat, let lon {
            p.latitude = take(lat)
            p.longitude = take(lon)
            said.append("coordinates = \(lat.name), \(lon.name)")
        }
        if let id = columns.first(where: { free($0) && $0.names(.id) && $0.distinct == $0.values.count }) {
            p.id = take(id)
            said.append("id = \(id.name)")
        }
        for (role, field) in [
            (SheetWords.Role.source, "sources"), (.location, "location"), (.tags, "tags"), (.actors, "actors"),
        ] {
            guard let c = columns.first(where: { free($0) && !$0.numeric && $0.names(role) }) else { continue }
            switch role {
            case .source: p.sources = [take(c)]
            case .location: p.location = [take(c)]
            case .tags: p.tags = [take(c)]
            default: p.actors = [take(c)]
            }
            said.append("\(field) = \(c.name)")
        }
        if !p.sources.isEmpty || !p.tags.isEmpty || !p.actors.isEmpty { p.separator = ";" }

        // Text: the title is the column its header calls one, or the text that says most.
        let texts = columns.filter { free($0) && !$0.numeric && !$0.values.isEmpty && $0.dates == nil }
        let category =
            texts.first { $0.names(.category) && !$0.names(.subcategory) }
            ?? texts.filter { $0.looksCategorical && !$0.names(.title) && !$0.names(.body) }.min {
                $0.distinct < $1.distinct
            }
        // A header that is a title word as a whole (`title`) before one that holds it (`event_group`).
        let named =
            texts.first { SheetWords.isWhole($0.name, .title) && $0.index != category?.index }
            ?? texts.first { $0.names(.title) && $0.index != category?.index }
        let prose = texts.filter { $0.index != category?.index && !$0.names(.subcategory) }
        let kinds = texts.filter(\.looksCategorical)
        // The figures a row without text is told by (a daily losses sheet): its first three numbers.
        let numbers = columns.filter { free($0) && $0.numeric && !$0.names(.id) }.prefix(3)
        let byNumbers = numbers.map { "\($0.name) {\($0.name)}" }.joined(separator: " · ")
        if named == nil, let title = best("title", prose, { $0.meanLength }), title.looksCategorical, kinds.count > 1 {
            // Only kinds and no prose (a loss log: country, category, state): the title is them all.
            p.titleTemplate = kinds.map { "{\($0.name)}" }.joined(separator: " · ")
            for c in kinds where c.index != category?.index { _ = take(c) }
            said.append("title = " + kinds.map(\.name).joined(separator: " · "))
        } else if let title = named ?? best("title", prose, { $0.meanLength }) {
            if title.meanLength > 120, named == nil {
                // Long notes and no headline: the first sentence is the title, the whole the body.
                p.titleFrom = take(title)
                p.body = title.name
                said.append("title = the first sentence of \(title.name)")
            } else {
                p.title = take(title)
                said.append("title = \(title.name)")
            }
            if title.filledShare < 1, !numbers.isEmpty {
                // A row whose title cell is empty is told by its numbers rather than dropped.
                p.titleTemplate = byNumbers
                said[said.count - 1] += " (when empty: \(numbers.map(\.name).joined(separator: ", ")))"
            }
        } else if !numbers.isEmpty {
            p.titleTemplate = byNumbers
            said.append("title = " + numbers.map(\.name).joined(separator: ", "))
        } else {
            doubts.append("no column holds text to take titles from")
        }
        if p.body == nil,
            let body = texts.first(where: {
                free($0) && ($0.names(.body) || $0.meanLength > 80) && $0.index != category?.index
            })
        {
            p.body = take(body)
            said.append("body = \(body.name)")
        }
        if let category, free(category) {
            p.category = take(category)
            said.append("category = \(category.name) (\(category.distinct) values)")
            if let sub = texts.first(where: { free($0) && $0.names(.subcategory) }) {
                p.subcategory = take(sub)
                said.append("subcategory = \(sub.name)")
            }
        }

        // Numbers: every other numeric column is a figure, under its header's name.
        let figures = columns.filter { free($0) && $0.numeric && !$0.names(.id) }
        for c in figures {
            p.figures.append(.init(column: take(c), figure: c.name))
        }
        if !figures.isEmpty {
            said.append("\(figures.count == 1 ? "figure" : "figures") \(figures.map(\.name).joined(separator: ", "))")
        }
        let rest = columns.filter { free($0) }.count
        if rest > 0 { said.append("\(rest) more \(rest == 1 ? "column" : "columns") kept as fields") }
        p.detect = p.time + p.region + [p.title ?? p.titleFrom].compactMap { $0 } + numbers.map(\.name)
        p.summary = "read without a profile: " + said.joined(separator: ", ")
        reading = SheetReading(
            profile: p, delimiter: UInt8(ascii: ","), said: said.joined(separator: ", "), doubts: doubts)
    }

    /// A date column's layouts with a time of day joined by a space, and alone for rows without one.
    static func joined(_ dates: SheetDates) -> [TimePattern] {
        if dates.order == .iso { return [.iso] }
        let days = dates.formats
        return days.flatMap { d in
            [" %H:%M:%S", " %H:%M"].compactMap { try? TimePattern(d.description + $0) }
        } + days
    }
}
