import ArgumentParser
import Foundation
import SitrepKit

extension InputOptions {
    /// The moment "now" means for relative times (`since:7d`), surges and trends: `--as-of`, the
    /// newest event (`--as-of newest`, and the bundled demo, whose events are long past), or the
    /// clock. A date alone means the end of that day.
    func anchor(_ store: EventStore) -> Int64 {
        let clock = Int64(Date().timeIntervalSince1970)
        if asOf == "newest" || (asOf == nil && paths.isEmpty) { return store.newestTime ?? clock }
        return namedMoment ?? clock
    }

    /// `--as-of` a time or a date: the moment the files are read as of.
    var namedMoment: Int64? {
        guard let asOf, asOf != "newest", case .success(let t) = TimePattern.iso.parse(asOf, zone: zone) else {
            return nil
        }
        return t.precision == .day ? CalendarDay(of: t, in: zone).adding(1).start(in: zone) - 1 : t.seconds
    }

    /// `2024-11-20 12:00 UTC`: a moment as the notes name it.
    func momentText(_ t: Int64) -> String {
        let civil = CivilTime(secondsSinceEpoch: t + Int64(zone.offsetSeconds(at: t)))
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(civil.dateText) \(two(civil.hour)):\(two(civil.minute)) \(zone.identifier)"
    }

    /// `--as-of` is a time, a date or `newest`.
    static func validAsOf(_ text: String, zone: DisplayZone) -> Bool {
        if text == "newest" { return true }
        if case .success = TimePattern.iso.parse(text, zone: zone) { return true }
        return false
    }

    /// The events `--filter` selects, in timeline order (all of them without a filter). The query is
    /// read again with the loaded files' gazetteer and extra fields: `level:oblast` is a field only
    /// where a file has a `level` column.
    /// `comparing`: the filter less its time bounds, for figures that compare a period with the
    /// periods before it (surges): `since:7d` must not empty the weeks they compare with.
    func selected(_ store: EventStore, comparing: Bool = false) throws -> [Int] {
        guard let filter else { return Array(0..<store.count) }
        do throws(QueryError) {
            let parsed = try QueryParser(
                gazetteer: store.gazetteer, zone: zone, now: anchor(store), extraFields: store.extraFieldNames,
                loaded: store.loadedNames
            ).parse(filter)
            let query = comparing ? parsed.withoutTimeBounds : parsed
            let matcher = QueryMatcher(store: store, query: query)
            let positions = matcher.positions()
            for path in matcher.unreadable.paths {
                FileHandle.standardError.write(
                    Data(
                        "sitrep: \(TerminalText.line(RawPath.display(path))): could not be read again; its events were not searched for words\n"
                            .utf8))
            }
            return positions
        } catch {
            // Said once, without the usage text: the command line was right, the files lack the field.
            FileHandle.standardError.write(
                Data(
                    "sitrep: bad --filter: \(error.message) (at column \(error.column) of \(TerminalText.line(JSONText.quoted(filter))))\n"
                        .utf8))
            throw ExitCode(2)
        }
    }
}
