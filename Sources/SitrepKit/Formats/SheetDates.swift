/// How a column of a sheet writes its times, told from the values alone.
///
/// `07.12.2026` and `12/07/2026` need an order: a day above 12 settles it (`13/07/2026` is day-first),
/// dotted dates are day-first wherever they are written, and a column whose every day is 12 or less
/// in slashes cannot be told: it is a doubt, never a guess.
struct SheetDates: Equatable {
    enum Order: String {
        case iso = "ISO", yearFirst = "year-first", dayFirst = "day-first", monthFirst = "month-first"
    }

    var order: Order
    /// The layouts some value of the column matched, in the order they are tried.
    var formats: [TimePattern]
    /// The share of the column's values that read as times.
    var share: Double
    /// Why the order was taken when no value settles it (dotted dates), or the doubt that stops it.
    var note: String?
    var doubt: String?
    /// Some value has a time of day.
    var hasClock: Bool

    /// The share of values a column must read for it to be a time column: a few bad cells are errors
    /// of the sheet, reported when loading, not a sign that the column is something else.
    static let enough = 0.9

    private static let clocks = ["", " %H:%M", " %H:%M:%S", " %I:%M %p", " %I:%M:%S %p"]
    private static let dates: [Order: [String]] = [
        .yearFirst: ["%Y/%m/%d", "%Y.%m.%d"],
        .dayFirst: ["%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y", "%d/%m/%y", "%d-%m-%y"],
        .monthFirst: ["%m/%d/%Y", "%m-%d-%Y", "%m/%d/%y", "%m-%d-%y"],
    ]
    /// `20261207` is a date only in a column whose header says so: otherwise it is a number.
    private static let compact = ["%Y%m%d"]

    static func layouts(_ order: Order, compactAllowed: Bool = false) -> [TimePattern] {
        if order == .iso { return [.iso] }
        let days = (dates[order] ?? []) + (order == .yearFirst && compactAllowed ? compact : [])
        return days.flatMap { day in clocks.compactMap { try? TimePattern(day + $0) } }
    }

    /// Nil when too few values read as times in any order.
    static func guess(_ values: [String], named: Bool) -> SheetDates? {
        guard !values.isEmpty else { return nil }
        let zone = DisplayZone.utc
        func reads(_ v: String, _ p: TimePattern) -> Bool {
            if case .success = p.parse(v, zone: zone) { return true }
            return false
        }
        var matched: [Order: [Bool]] = [:]
        var used: [Order: [TimePattern]] = [:]
        for order in [Order.iso, .yearFirst, .dayFirst, .monthFirst] {
            let patterns = layouts(order, compactAllowed: named)
            var seen = Set<String>()
            matched[order] = values.map { v in
                guard let p = patterns.first(where: { reads(v, $0) }) else { return false }
                if seen.insert(p.description).inserted { used[order, default: []].append(p) }
                return true
            }
        }
        let n = Double(values.count)
        func share(_ o: Order) -> Double { Double(matched[o]!.filter { $0 }.count) / n }
        func made(_ o: Order, note: String? = nil, doubt: String? = nil, share given: Double? = nil) -> SheetDates {
            let formats = used[o] ?? []
            let clock =
                o == .iso ? values.contains { $0.count > 10 } : formats.contains { $0.description.contains(":") }
            return SheetDates(
                order: o, formats: o == .iso ? [.iso] : formats,
                share: given ?? share(o), note: note, doubt: doubt, hasClock: clock)
        }
        if share(.iso) >= enough { return made(.iso) }
        if share(.yearFirst) >= enough { return made(.yearFirst) }
        let day = matched[.dayFirst]!, month = matched[.monthFirst]!
        let dayOnly = zip(day, month).filter { $0 && !$1 }.count
        let monthOnly = zip(day, month).filter { !$0 && $1 }.count
        let either = Double(zip(day, month).filter { $0 || $1 }.count) / n
        guard either >= enough else { return nil }
        // Month-first dates are written with slashes or dashes, never dots.
        let dotted = values.allSatisfy { !$0.contains("/") && !$0.contains("-") }
        if dotted, share(.dayFirst) >= enough {
            let settled = values.contains { v in
                v.split(separator: ".").first.flatMap { Int($0) }.map { $0 > 12 } ?? false
            }
            return made(.dayFirst, note: settled ? nil : "dotted dates are day-first")
        }
        if dayOnly > 0, monthOnly > 0 {
            return made(
                dayOnly >= monthOnly ? .dayFirst : .monthFirst,
                doubt:
                    "its dates mix day-first (\(dayOnly) with a day above 12 first) and month-first (\(monthOnly) with a day above 12 second)",
                share: either)
        }
        if dayOnly > 0, share(.dayFirst) >= enough { return made(.dayFirst) }
        if monthOnly > 0, share(.monthFirst) >= enough { return made(.monthFirst) }
        return made(
            .dayFirst,
            doubt: "no day in it is above 12, so day-first and month-first cannot be told apart")
    }

    /// `14:05` or `14:05:30`: a column of times of day, to be joined to a date column.
    static func isClock(_ v: String) -> Bool {
        let parts = v.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
            let h = Int(parts[0]), parts[0].count <= 2, (0..<24).contains(h),
            parts.dropFirst().allSatisfy({ $0.count == 2 && Int($0).map { (0..<60).contains($0) } == true })
        else { return false }
        return true
    }
}
