import Foundation

/// Counting a CSV record by region without making an event of it (`sitrep summary --by region`
/// without a filter), and keeping a plain alert without one: most records of an alert log or a
/// sheet are plain (one time, one known region, nothing to warn about), and for those the count,
/// or the store's row, is all that is asked.
///
/// The lane only says yes when the record is one the general reader would read without a single
/// message and count under the same region; anything else (an unreadable time, an unknown or
/// swapped region, a cell count that differs from the header's, bad bytes, figures or coordinates
/// to check, long lists, a long id) goes the general way, which reports it. So the counts and
/// messages are the general reader's by construction; `StoreTests` compares both ways on files
/// full of such records.
extension CSVEventReader {
    /// Whether this file's records can take the lane at all: fixed by the profile and the header.
    static func quickCountable(_ p: CSVProfile, _ c: CSVColumns) -> Bool {
        !p.regionKnownOnly && p.aliases.isEmpty && !p.midnightMeansUnknown && p.special != .native
            && c.time.count == 1 && c.regions.count <= 1 && c.figures.isEmpty
            && (c.title != nil || c.template != nil || p.special == .airRaidAlerts)
    }

    /// Counts the record into `builder` when it is plain; false sends it the general way (nothing
    /// has been counted or logged then).
    func countQuickly(_ f: CSVRow, gazetteer: Gazetteer, memo: inout CSVReadMemo, into builder: inout StoreBuilder)
        -> Bool
    {
        guard let plain = plainRecord(f, gazetteer: gazetteer, memo: &memo) else { return false }
        builder.countPlain(region: plain.region)
        return true
    }

    /// Whether this file's records can be kept by `keepQuickly`: an alert log whose columns are
    /// the ones the alert rules read (no id, tags, figures, body or coordinates columns).
    static func quickKeepable(_ p: CSVProfile, _ c: CSVColumns) -> Bool {
        quickCountable(p, c) && p.special == .airRaidAlerts && c.id == nil && c.category == nil && c.subcategory == nil
            && c.actors.isEmpty && c.tags.isEmpty && c.valueTags.isEmpty && c.body == nil && c.url == nil
            && c.latitude == nil && c.longitude == nil
    }

    /// Keeps a plain alert (`countQuickly`'s record, alerting a whole oblast, its source written
    /// plainly) straight as the store's row: what the general reader and `StoreBuilder.add` would
    /// make of it (the same id, region, source, tags, duration and flags), without an `Event`.
    func keepQuickly(
        _ f: CSVRow, gazetteer: Gazetteer, memo: inout CSVReadMemo, into builder: inout StoreBuilder,
        span: RecordSpan, log: inout DiagnosticLog
    ) -> Bool {
        guard quickKeep, !detail, let plain = plainRecord(f, gazetteer: gazetteer, memo: &memo),
            let region = plain.region
        else { return false }
        // A raion or hromada alert has a title of its own, kept as text: the general way.
        if let level = columns.level, !f.isBlank(level) {
            guard let bytes = f.plainBytes(level)?.trimmingASCIISpaces, bytes.count == 6,
                zip(bytes, "oblast".utf8).allSatisfy({ $0 | 0x20 == $1 })
            else { return false }
        }
        var estimated = false
        if let naive = columns.naive {
            guard let bytes = f.plainBytes(naive) else { return false }
            estimated = Self.isTrue(bytes)
        }
        var source: UnsafeBufferPointer<UInt8>?
        if let i = columns.sources.first, !f.isBlank(i) {
            guard columns.sources.count == 1, let range = f.plainRange(i) else { return false }
            let bytes = UnsafeBufferPointer(rebasing: f.bytes[range])
            if let separator = profile.separator, !separator.isEmpty, Self.contains(bytes, separator) { return false }
            source = bytes
        }
        var flags: EventFlags = [.derivedID]
        if columns.location.contains(where: { $0 < f.count && !f.isBlank($0) }) { flags.insert(.location) }
        if unused.contains(where: { $0 < f.count && !f.isEmpty($0) }) { flags.insert(.extra) }
        let minutes = plain.end.map {
            AlertTitle.durationFigure(milliseconds: $0.milliseconds - plain.time.milliseconds)
        }
        builder.addPlainAlert(
            PlainAlert(
                time: plain.time, region: region, source: source, minutes: minutes, estimated: estimated,
                category: profile.fixedCategory, flags: flags),
            span: span, path: path, log: &log)
        return true
    }

    /// The time, region and end of a record both lanes can take; nil sends it the general way.
    private func plainRecord(_ f: CSVRow, gazetteer: Gazetteer, memo: inout CSVReadMemo)
        -> (time: EventTime, region: UnsafeBufferPointer<UInt8>?, end: EventTime?)?
    {
        guard quickCount, encoding == .utf8, f.count == header.count, f.count > 1 || !f.isBlank(0) else { return nil }
        let record = UnsafeBufferPointer(rebasing: f.bytes[f.start..<f.end])
        if let base = record.baseAddress, memchr(base, 0, record.count) != nil { return nil }
        if TextPosition.firstInvalidUTF8(record) != nil { return nil }
        guard let time = plainTime(f, columns.time[0]) else { return nil }
        // What the general reader checks and could warn about.
        if let id = columns.id, f.cells[f.cells.startIndex + id].raw.count > StoreBuilder.maximumIDLength { return nil }
        for i in columns.sources + columns.actors + columns.tags
        where f.cells[f.cells.startIndex + i].raw.count >= 2 * StoreBuilder.maximumListCount + 1 { return nil }
        if let lat = columns.latitude, let lon = columns.longitude, !f.isBlank(lat), !f.isBlank(lon) { return nil }
        if profile.special != .airRaidAlerts, columns.template == nil, let title = columns.title, f.isBlank(title) {
            return nil
        }
        // The region: none, or one written plainly without a region separator in it.
        var region: UnsafeBufferPointer<UInt8>?
        if let i = columns.regions.first, !f.isBlank(i) {
            guard let range = f.plainRange(i) else { return nil }
            let bytes = UnsafeBufferPointer(rebasing: f.bytes[range])
            for separator in profile.regionSeparators where Self.contains(bytes, separator) { return nil }
            region = bytes
        }
        // An unknown region may be a place below a region, or a swapped oblast and raion: the
        // general way finds out.
        if let region, !memo.isKnown(region, gazetteer: gazetteer) { return nil }
        var end: EventTime?
        if profile.special == .airRaidAlerts {
            guard region != nil else { return nil }
            if let i = columns.end, !f.isBlank(i) {
                guard let bytes = f.plainBytes(i),
                    case .success(let t) = TimeParser.parse(bytes.trimmingASCIISpaces, zone: zone),
                    t.milliseconds >= time.milliseconds
                else { return nil }
                end = t
            }
        }
        return (time, region, end)
    }

    /// The time of a cell written plainly, as the general reader reads it; nil when it has to be
    /// read the general way (blank, quoted, or no format reads it).
    private func plainTime(_ f: CSVRow, _ i: Int) -> EventTime? {
        guard i < f.count, let bytes = f.plainBytes(i), !f.isBlank(i) else { return nil }
        for pattern in profile.timeFormats {
            if case .success(let time)? = pattern.parse(
                bytes: bytes, zone: zone, asWrittenDay: profile.dayPrecisionOnly)
            {
                return time
            }
        }
        return nil
    }
}
