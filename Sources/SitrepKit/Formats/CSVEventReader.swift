import Foundation

/// Turns CSV records into events through a profile, once the header has told where each column is.
///
/// A class: it is used once per record, and a struct this size was copied (each of its arrays and
/// strings retained and released) by every closure that used it. It is not changed once loading
/// starts; `withDetail()` makes the variant that reads every field for the detail view.
final class CSVEventReader: @unchecked Sendable {
    let path: String
    let profile: CSVProfile
    let zone: DisplayZone
    var detail: Bool
    var delimiter: UInt8 = UInt8(ascii: ",")
    var encoding: TextEncoding = .utf8
    let header: [String]
    let unused: [Int]
    private let extraNames: [String]
    /// Where the columns the profile reads are.
    let columns: CSVColumns
    /// Whether records may be counted, or alerts kept, without making events (`countQuickly`, `keepQuickly`).
    var quickCount: Bool
    var quickKeep: Bool

    /// Nil, with the reason, when the header lacks a column the profile needs.
    init(path: String, profile: CSVProfile, header: [String], zone: DisplayZone, detail: Bool) throws(ProfileMismatch) {
        self.path = path
        self.profile = profile
        self.zone = profile.timeZone.flatMap(DisplayZone.init) ?? zone
        self.detail = detail
        self.header = header.map(\.trimmingASCIISpaces)
        var lowered: [String: Int] = [:]
        var exact: [String: Int] = [:]
        for (i, name) in self.header.enumerated() {
            if exact[name] == nil { exact[name] = i }
            if lowered[name.lowercased()] == nil { lowered[name.lowercased()] = i }
        }
        // Names are matched once per file: as written first, then without case, so a sheet with
        // both `Date` and `date` reads the one the profile names.
        func column(_ name: String) -> Int? { exact[name] ?? lowered[name.lowercased()] }
        columns = CSVColumns(profile: profile, index: column)
        var asked = Set<String>()
        // A column both detected and read (the time, mostly) is named once.
        let missing = (profile.detect + profile.time).filter {
            column($0) == nil && asked.insert($0.lowercased()).inserted
        }
        if !missing.isEmpty { throw ProfileMismatch(missing: missing) }
        let used = Set(profile.usedColumns.compactMap(column))
        setupWarnings = Self.caseTwins(self.header, named: profile.usedColumns + profile.detect, column: column).map {
            .warning(path, 1, 1, $0)
        }
        unused = self.header.indices.filter { !used.contains($0) }
        placeFieldNames = Self.placeFieldNames(header: self.header, profile: profile, columns: columns)
        quickCount = Self.quickCountable(profile, columns)
        quickKeep = Self.quickKeepable(profile, columns)
        // ACLED's `region` is a world region and some exports add an `id`: kept as extra fields, they
        // take the profile's name so that they cannot be mistaken for sitrep's own fields.
        extraNames = self.header.map { name in
            var bytes = Array(name.utf8)
            let native = bytes.withUnsafeMutableBufferPointer { NativeField(UnsafeBufferPointer($0)) } != .other
            return native ? "\(profile.name)_\(name)" : name
        }
    }

    struct ProfileMismatch: Error { var missing: [String] }

    /// The fields a place named in a region cell adds (`placeFieldNames(header:profile:columns:)`).
    let placeFieldNames: [String]

    /// What the header itself is warned about when the file is opened.
    private(set) var setupWarnings: [Diagnostic] = []

    /// A warning for each column the profile names whose name another column repeats in other case.
    static func caseTwins(_ header: [String], named: [String], column: (String) -> Int?) -> [String] {
        var byLower: [String: [String]] = [:]
        for name in header where !name.isEmpty { byLower[name.lowercased(), default: []].append(name) }
        var said = Set<String>()
        return named.compactMap { name in
            guard let twins = byLower[name.lowercased()], Set(twins).count > 1, said.insert(name.lowercased()).inserted,
                let i = column(name)
            else { return nil }
            let list = twins.map { "'\($0)'" }.joined(separator: ", ")
            return
                "the columns \(list) differ only in case; '\(name)' reads '\(header[i])' (column \(i + 1)): name the column with its exact case in the profile"
        }
    }

    private init(copying other: CSVEventReader) {
        (path, profile, zone, detail, delimiter, encoding) = (
            other.path, other.profile, other.zone, other.detail, other.delimiter, other.encoding
        )
        (header, unused, extraNames, columns) = (other.header, other.unused, other.extraNames, other.columns)
        placeFieldNames = other.placeFieldNames
        (quickCount, quickKeep, setupWarnings) = (other.quickCount, other.quickKeep, other.setupWarnings)
    }

    /// The same reader, reading every field of a record (body, url, location, extra fields).
    func withDetail() -> CSVEventReader {
        let copy = CSVEventReader(copying: self)
        copy.detail = true
        return copy
    }

    /// The names the columns the profile does not read are kept under (what a query may name).
    var extraColumnNames: [String] { unused.map { extraNames[$0] } + placeFieldNames }

    /// The cell at a column position, nil when the profile's column is missing or the record short.
    func cell(_ fields: CSVRow, _ i: Int?) -> CSVCellRef? {
        guard let i, i >= 0, i < fields.count else { return nil }
        return fields[i]
    }

    /// A cell's text without spaces around it; nil when there is none.
    func text(_ fields: CSVRow, _ i: Int?) -> String? {
        guard let i, i >= 0, i < fields.count, !fields.isBlank(i) else { return nil }
        let t = fields.text(i).trimmingASCIISpaces
        guard !t.isEmpty else { return nil }
        return t
    }

    private func list(_ fields: CSVRow, _ indices: [Int], separators: [String]) -> [String] {
        var out: [String] = []
        for i in indices {
            guard let t = text(fields, i) else { continue }
            var parts = [t]
            for sep in separators where !sep.isEmpty && t.firstRange(ofBytes: sep) != nil {
                parts = parts.flatMap { $0.pieces(separatedBy: sep) }
            }
            out += parts.map(\.trimmingASCIISpaces).filter { !$0.isEmpty }
        }
        return out
    }

    /// A list no count uses: read only when its cells are long enough to hold more items than the
    /// store keeps, which is warned about whether events are kept or counted. An item and its
    /// separator take two bytes at least.
    private func countedList(_ f: CSVRow, _ indices: [Int]) -> [String] {
        let long = indices.contains { i in
            i < f.count && f.cells[f.cells.startIndex + i].raw.count >= 2 * StoreBuilder.maximumListCount + 1
        }
        return long ? list(f, indices) : []
    }

    /// Sources, actors and tags are split by the profile's `separator`.
    private func list(_ fields: CSVRow, _ indices: [Int]) -> [String] {
        list(fields, indices, separators: profile.separator.map { [$0] } ?? [])
    }

    /// With `counting` (`sitrep summary` without a filter) the event is only counted: what no count
    /// and no message depends on (a derived title) is not made. `memo` remembers, per loading
    /// thread, which region spellings the gazetteer knows.
    func read(
        _ f: CSVRow, gazetteer: Gazetteer, counting: Bool = false, memo: inout CSVReadMemo, log: inout DiagnosticLog
    ) -> ReadRecord? {
        var record = ReadRecord.empty
        return read(f, gazetteer: gazetteer, counting: counting, memo: &memo, into: &record, log: &log) ? record : nil
    }

    /// Reads a record into `record`; false when it is skipped. The loading loop keeps one record
    /// for all: returned as an optional, every record was copied once more and destroyed twice.
    func read(
        _ f: CSVRow, gazetteer: Gazetteer, counting: Bool = false, memo: inout CSVReadMemo,
        into record: inout ReadRecord, log: inout DiagnosticLog
    ) -> Bool {
        if f.count == 1, f.isBlank(0) { return false }
        if f.count != header.count {
            log.add(.warning(path, f.line, 1, "record has \(f.count) cells, the header has \(header.count)"))
        }
        guard let time = readTime(f, log: &log) else { return false }
        var flags: EventFlags = []
        if f.containsNUL {
            log.add(.error(path, f.line, 1, "binary data (NUL byte) in a CSV record; record skipped"))
            return false
        }
        if let bad = f.firstInvalidCell {
            flags.insert(.replacedBytes)
            let name = bad < header.count ? " in '\(header[bad])'" : ""
            log.add(
                .warning(
                    path, f[bad].line, f[bad].column,
                    "invalid UTF-8\(name); the bad bytes are shown as U+FFFD (an export from Excel or Windows? read it with --encoding windows-1252, or latin-1)"
                ))
        }
        // The store knows each event's file; a path in every event read would be one string that
        // every loading thread retains and releases, a contended count, for nothing.
        // The record's event is filled where it is: made anew and copied in, each record's event
        // was copied once and destroyed twice.
        record.event.reset(
            id: text(f, columns.id) ?? "", time: time, origin: Origin(path: detail ? path : "", line: f.line))
        return fill(f, &record, gazetteer: gazetteer, counting: counting, memo: &memo, flags: flags, log: &log)
    }

    /// The rest of `read`, on the record's event in place.
    private func fill(
        _ f: CSVRow, _ record: inout ReadRecord, gazetteer: Gazetteer, counting: Bool, memo: inout CSVReadMemo,
        flags: EventFlags, log: inout DiagnosticLog
    ) -> Bool {
        var flags = flags
        var plain = PlainValues()
        if !detail, !flags.contains(.replacedBytes), let region = plainRegion(f, gazetteer: gazetteer, memo: &memo) {
            plain.region = region
        } else {
            // A region cell is split only by the profile's own region separators: "Kharkiv Oblast, Ukraine"
            // is one region, whatever separates the sources.
            for i in columns.regions where record.event.regions.isEmpty {
                record.event.regions = list(f, [i], separators: profile.regionSeparators)
            }
            var place: Place?
            record.event.regions = resolved(
                record.event.regions, in: f, cell: cell(f, columns.regions.first), gazetteer: gazetteer, memo: &memo,
                place: &place, log: &log)
            if let place, !placeFieldNames.isEmpty {
                flags.insert(.extra)
                if detail { record.event.extra += placeFields(place) }
            }
        }
        record.event.category = mapped(f, columns.category, columns.categoryValues) ?? profile.fixedCategory
        record.event.subcategory = mapped(f, columns.subcategory, columns.subcategoryValues)
        // Lists without columns stay as `reset` left them, keeping their room for the tags and
        // figures the special rules add.
        if !columns.sources.isEmpty {
            record.event.sources =
                counting && !memo.countsSources ? countedList(f, columns.sources) : list(f, columns.sources)
        }
        if !columns.actors.isEmpty {
            record.event.actors = counting ? countedList(f, columns.actors) : list(f, columns.actors)
        }
        if !columns.tags.isEmpty { record.event.tags = counting ? countedList(f, columns.tags) : list(f, columns.tags) }
        for (i, tags) in columns.valueTags {
            if let value = text(f, i), let tag = tags[value] { record.event.tags.append(tag) }
        }
        for figure in columns.figures {
            guard let t = text(f, figure.index) else { continue }
            if let v = Double(t), v.isFinite {
                record.event.figures.append(Figure(name: figure.figure, value: v))
            } else if let c = cell(f, figure.index) {
                log.add(.warning(path, c.line, c.column, "'\(figure.column)' is not a number; figure left out"))
            }
        }
        record.event.title = title(f, counting: counting)
        var derivedTitle = false
        applySpecial(
            f, gazetteer: gazetteer, counting: counting, plainRegion: plain.region, &record.event, &flags,
            &derivedTitle, log: &log)
        guard !record.event.title.isEmpty || derivedTitle else {
            let where_ = cell(f, columns.title ?? columns.titleFrom)
            log.add(.error(path, where_?.line ?? f.line, where_?.column ?? 1, "empty title; record skipped"))
            return false
        }
        var location: String?
        for i in columns.location where location == nil { location = text(f, i) }
        if hasText(f, columns.body) { flags.insert(.body) }
        if hasText(f, columns.url) { flags.insert(.url) }
        if location != nil { flags.insert(.location) }
        readCoordinates(f, &record.event, &flags, log: &log)
        if unused.contains(where: { $0 < f.count && !f.isEmpty($0) }) { flags.insert(.extra) }
        if detail {
            record.event.body = text(f, columns.body)
            record.event.url = text(f, columns.url)
            record.event.location = location
            for i in unused where i < f.count && !f.isEmpty(i) {
                record.event.extra.append(ExtraField(name: extraNames[i], text: f[i].text))
            }
        }
        record.hasID = !record.event.id.isEmpty
        record.flags = flags
        record.plain = plain
        record.derivedTitle = derivedTitle
        record.titleRange = nil
        return true
    }

    /// The same, for one record read on its own (the detail view).
    func read(_ f: CSVRow, gazetteer: Gazetteer, log: inout DiagnosticLog) -> ReadRecord? {
        var memo = CSVReadMemo()
        return read(f, gazetteer: gazetteer, memo: &memo, log: &log)
    }

    /// Whether a cell has text other than spaces, without making it.
    private func hasText(_ f: CSVRow, _ i: Int?) -> Bool {
        guard let i, i < f.count else { return false }
        return !f.isBlank(i)
    }

    /// Where in the record's bytes its one region is, when the region cell is written plainly
    /// (no quotes to undo, no region separator in it): the store then numbers the region from those
    /// bytes, and no String is made for it. Nil sends the record the general way: a cell to split,
    /// a profile that keeps only known regions, or an alert's region the gazetteer does not know
    /// (its oblast and raion cells may be swapped).
    private func plainRegion(_ f: CSVRow, gazetteer: Gazetteer, memo: inout CSVReadMemo) -> Range<Int>? {
        guard encoding == .utf8, !profile.regionKnownOnly, profile.aliases.isEmpty else { return nil }
        for i in columns.regions where i < f.count && !f.isBlank(i) {
            guard let range = f.plainRange(i) else { return nil }
            let bytes = UnsafeBufferPointer(rebasing: f.bytes[range])
            for separator in profile.regionSeparators where Self.contains(bytes, separator) { return nil }
            // A name the gazetteer does not know may be a place below a region, or an alert's swapped
            // oblast and raion: the general way finds out.
            if !memo.isKnown(bytes, gazetteer: gazetteer) { return nil }
            return range
        }
        return nil
    }

    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        var needle = text
        return needle.withUTF8 { ByteSearch.first($0, in: bytes) } != nil
    }

    /// A cell's text through the profile's value map for its column.
    private func mapped(_ f: CSVRow, _ i: Int?, _ values: [String: String]?) -> String? {
        guard let t = text(f, i) else { return nil }
        return values?[t] ?? t
    }

    /// The title column (its first title when it holds several), the template, or the first sentence
    /// of the notes, in that order.
    private func title(_ f: CSVRow, counting: Bool = false) -> String {
        if counting, columns.title.map({ $0 < f.count && !f.isBlank($0) }) ?? false {
            // Counted, not shown: a title cell with text makes a title; which one does not matter.
            return "(counted)"
        }
        if var t = text(f, columns.title) {
            if let sep = profile.titleSeparator,
                let first = t.pieces(separatedBy: sep).map(\.trimmingASCIISpaces).first(where: { !$0.isEmpty })
            {
                t = first
            }
            return t
        }
        if let template = columns.template { return fill(template, f) }
        guard let notes = text(f, columns.titleFrom) else { return "" }
        if counting {
            // Only whether the first sentence is empty matters: it is when the notes (after the
            // date clause) open with a full stop.
            let rest = profile.titleDropsLeadingDate ? Self.afterLeadingDate(notes) : notes[...]
            return rest.hasPrefix(". ") || rest == "." ? "" : "(counted)"
        }
        return Self.firstSentence(profile.titleDropsLeadingDate ? Self.withoutLeadingDate(notes) : notes)
    }

    /// The template with each `{column}` replaced by the cell (a whole number written as `187.0`
    /// shown as `187`, an empty cell as `?`).
    private func fill(_ template: [(text: String, column: Int?)], _ f: CSVRow) -> String {
        var out = ""
        for part in template {
            out += part.text
            guard let column = part.column else { continue }
            var value = text(f, column) ?? "?"
            if let number = Double(value), number.isFinite, number == number.rounded(), abs(number) < 1e15 {
                value = String(Int64(number))
            }
            out += value
        }
        return out
    }

    private func readTime(_ f: CSVRow, log: inout DiagnosticLog) -> EventTime? {
        var first: Int?, count = 0
        for i in columns.time where i < f.count {
            first = first ?? i
            count += 1
        }
        var fallback: Int?
        if columns.time.allSatisfy({ $0 >= f.count || f.isBlank($0) }) {
            fallback = columns.timeFallback.first { $0 < f.count && !f.isBlank($0) }
        }
        // One time cell written plainly is read from its bytes; a string is made only for the others
        // (several columns joined, quotes to undo) and for a message.
        let single = fallback ?? (count == 1 ? first : nil)
        if let single, !profile.midnightMeansUnknown, let plain = f.plainBytes(single), !f.isBlank(single) {
            for pattern in profile.timeFormats {
                if case .success(let time)? = pattern.parse(
                    bytes: plain, zone: zone, asWrittenDay: profile.dayPrecisionOnly)
                {
                    return time
                }
            }
        }
        let cells = fallback.map { [f[$0]] } ?? columns.time.filter { $0 < f.count }.map { f[$0] }
        var text =
            cells.count == 1
            ? cells[0].text.trimmingASCIISpaces
            : cells.map { $0.text.trimmingASCIISpaces }.filter { !$0.isEmpty }.joined(separator: " ")
        let position = cells.first.map { ($0.line, $0.column) } ?? (f.line, 1)
        guard !text.isEmpty else {
            log.add(
                .error(
                    path, position.0, position.1,
                    "empty time ('\(profile.time.joined(separator: "' + '"))'); record skipped"))
            return nil
        }
        if profile.midnightMeansUnknown, text.hasSuffix(" 00:00") { text = String(text.dropLast(6)) }
        var firstError: TimeParseError?
        for pattern in profile.timeFormats {
            switch pattern.parse(text, zone: zone, asWrittenDay: profile.dayPrecisionOnly) {
            case .success(let time):
                return time
            case .failure(let e): firstError = firstError ?? e
            }
        }
        let formats = profile.timeFormats.map(\.description).joined(separator: ", ")
        log.add(
            .error(
                path, position.0, position.1,
                "bad time \(JSONText.quoted(text)): \(firstError?.message ?? "unreadable") (formats: \(formats)); record skipped"
            ))
        return nil
    }

    private func readCoordinates(_ f: CSVRow, _ event: inout Event, _ flags: inout EventFlags, log: inout DiagnosticLog)
    {
        guard let latText = text(f, columns.latitude), let lonText = text(f, columns.longitude) else { return }
        guard let lat = Double(latText), let lon = Double(lonText), abs(lat) <= 90, abs(lon) <= 180 else {
            let c = cell(f, columns.latitude)
            log.add(
                .warning(
                    path, c?.line ?? 0, c?.column ?? 1,
                    "coordinates '\(latText)', '\(lonText)' are not a latitude and longitude; ignored"))
            return
        }
        flags.insert(.coordinates)
        if detail {
            event.latitude = lat
            event.longitude = lon
        }
    }

    /// Notes without an opening clause that only gives the date: "On 4 April 2024, Russian forces
    /// shelled ..." becomes "Russian forces shelled ...". The clause must start with On, Around or
    /// Between, hold a year, and end with a comma within 60 characters; anything else is left alone.
    static func withoutLeadingDate(_ notes: String) -> String {
        let rest = afterLeadingDate(notes)
        guard rest.startIndex != notes.startIndex, let first = rest.first else { return notes }
        return first.uppercased() + rest.dropFirst()
    }

    /// The notes after an opening date clause (as `withoutLeadingDate` finds it), not capitalised;
    /// all of them when there is none.
    static func afterLeadingDate(_ notes: String) -> Substring {
        guard dateClauseOpenings.contains(where: { notes.hasPrefix($0) }),
            let comma = notes.firstRange(ofBytes: ", "),
            notes.distance(from: notes.startIndex, to: comma.lowerBound) <= 60,
            holdsYear(notes[..<comma.lowerBound])
        else { return notes[...] }
        return notes[comma.upperBound...]
    }

    private static let dateClauseOpenings = [
        "On ", "Around ", "Between ", "During ", "Overnight on ", "In the night of ",
    ]

    /// Whether a word of the clause (between spaces) is four digits.
    private static func holdsYear(_ clause: Substring) -> Bool {
        var rest = clause
        while !rest.isEmpty {
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            let word = rest[..<end]
            let bytes = word.utf8
            if bytes.allSatisfy({ $0 < 0x80 }) {
                // ASCII: four digits, without counting characters.
                if bytes.count == 4, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) { return true }
            } else if word.count == 4, word.allSatisfy({ $0.isNumber }) {
                return true
            }
            rest = end == rest.endIndex ? rest[end...] : rest[rest.index(after: end)...]
        }
        return false
    }

    /// The first sentence of a description, cut at a word boundary near 120 characters:
    /// ACLED has no headline, and its notes open with the event itself.
    static func firstSentence(_ text: String) -> String {
        var sentence = text
        if let r = text.firstRange(ofBytes: ". ") {
            sentence = String(text[..<r.lowerBound])
        } else if sentence.hasSuffix(".") {
            sentence = String(sentence.dropLast())
        }
        // No more characters than bytes: most sentences are not counted at all.
        guard sentence.utf8.count > 120, sentence.count > 120 else { return sentence }
        let cut = sentence.prefix(120)
        if let space = cut.lastIndex(of: " ") { return String(cut[..<space]) + "…" }
        return String(cut) + "…"
    }
}
