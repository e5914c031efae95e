import Foundation

/// Counting a CSV record by region without making an event of it (`sitrep summary --by region`
/// without a filter): most records of an alert log or a sheet are plain (one time, one known
/// region, nothing to warn about), and for those the count is all that is asked.
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
        !p.regionKnownOnly && !p.midnightMeansUnknown && p.special != .native
            && c.time.count == 1 && c.regions.count <= 1 && c.figures.isEmpty
            && (c.title != nil || c.template != nil || p.special == .airRaidAlerts)
    }

    /// Counts the record into `builder` when it is plain; false sends it the general way (nothing
    /// has been counted or logged then).
    func countQuickly(_ f: CSVRow, gazetteer: Gazetteer, memo: inout CSVReadMemo, into builder: inout StoreBuilder) -> Bool {
        guard quickCount, encoding == .utf8, f.count == header.count, f.count > 1 || !f.isBlank(0) else { return false }
        let record = UnsafeBufferPointer(rebasing: f.bytes[f.start..<f.end])
        if let base = record.baseAddress, memchr(base, 0, record.count) != nil { return false }
        if TextPosition.firstInvalidUTF8(record) != nil { return false }
        guard let time = plainTime(f, columns.time[0]) else { return false }
        // What the general reader checks and could warn about.
        if let id = columns.id, f.cells[f.cells.startIndex + id].raw.count > StoreBuilder.maximumIDLength { return false }
        for i in columns.sources + columns.actors + columns.tags
        where f.cells[f.cells.startIndex + i].raw.count >= 2 * StoreBuilder.maximumListCount + 1 { return false }
        if let lat = columns.latitude, let lon = columns.longitude, !f.isBlank(lat), !f.isBlank(lon) { return false }
        if profile.special != .airRaidAlerts, columns.template == nil, let title = columns.title, f.isBlank(title) { return false }
        // The region: none, or one written plainly without a region separator in it.
        var region: UnsafeBufferPointer<UInt8>?
        if let i = columns.regions.first, !f.isBlank(i) {
            guard let range = f.plainRange(i) else { return false }
            let bytes = UnsafeBufferPointer(rebasing: f.bytes[range])
            for separator in profile.regionSeparators where Self.contains(bytes, separator) { return false }
            region = bytes
        }
        if profile.special == .airRaidAlerts {
            // An unknown region may be a swapped oblast and raion: the general way repairs it.
            guard let region, memo.isKnown(region, gazetteer: gazetteer) else { return false }
            if let end = columns.end, !f.isBlank(end) {
                guard let bytes = f.plainBytes(end), case .success(let t) = TimeParser.parse(bytes.trimmingASCIISpaces, zone: zone),
                      t.milliseconds >= time.milliseconds else { return false }
            }
        }
        builder.countPlain(region: region)
        return true
    }

    /// The time of a cell written plainly, as the general reader reads it; nil when it has to be
    /// read the general way (blank, quoted, or no format reads it).
    private func plainTime(_ f: CSVRow, _ i: Int) -> EventTime? {
        guard i < f.count, let bytes = f.plainBytes(i), !f.isBlank(i) else { return nil }
        for pattern in profile.timeFormats {
            if case .success(let time)? = pattern.parse(bytes: bytes, zone: zone, asWrittenDay: profile.dayPrecisionOnly) { return time }
        }
        return nil
    }
}
