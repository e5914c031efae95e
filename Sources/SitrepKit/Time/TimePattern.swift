/// A date layout for spreadsheet columns, written with strftime's letters: `%Y-%m-%d`, `%d/%m/%Y %H:%M:%S`,
/// `%Y%m%d`, `%d.%m.%Y %H:%M`. Also the names `iso` (the native reader), `unix` (seconds since 1970)
/// and `unix_ms`. The precision follows from the layout: no `%H` (or `%I`) is a day, no `%S` a minute.
/// `%I` and `%p` read 12-hour clocks as US spreadsheets write them (`1/22/2014 12:00:00 AM`); `%y` reads
/// two-digit years (`05.03.22`).
public struct TimePattern: Sendable, Equatable, CustomStringConvertible {
    enum Piece: Sendable, Equatable {
        case literal(UInt8)
        case year, shortYear, month, day, hour, hour12, meridiem, minute, second, fraction, offset
        case anySpace
    }

    enum Kind: Sendable, Equatable { case iso, unixSeconds, unixMilliseconds, layout([Piece]) }

    let kind: Kind
    public let description: String

    public static let iso = TimePattern(kind: .iso, description: "iso")

    init(kind: Kind, description: String) {
        self.kind = kind
        self.description = description
    }

    /// Nil, with a reason, when the layout uses a letter sitrep does not know.
    public init(_ text: String) throws(TimeParseError) {
        description = text
        switch text.lowercased() {
        case "iso", "rfc3339", "iso8601": kind = .iso
        case "unix", "epoch": kind = .unixSeconds
        case "unix_ms", "epoch_ms": kind = .unixMilliseconds
        default:
            var pieces: [Piece] = []
            var bytes = Array(text.utf8).makeIterator()
            var offset = 0
            while let b = bytes.next() {
                offset += 1
                if b == UInt8(ascii: " ") { pieces.append(.anySpace); continue }
                guard b == UInt8(ascii: "%") else { pieces.append(.literal(b)); continue }
                offset += 1
                switch bytes.next() {
                case UInt8(ascii: "Y"): pieces.append(.year)
                case UInt8(ascii: "y"): pieces.append(.shortYear)
                case UInt8(ascii: "m"): pieces.append(.month)
                case UInt8(ascii: "d"): pieces.append(.day)
                case UInt8(ascii: "H"): pieces.append(.hour)
                case UInt8(ascii: "I"): pieces.append(.hour12)
                case UInt8(ascii: "p"): pieces.append(.meridiem)
                case UInt8(ascii: "M"): pieces.append(.minute)
                case UInt8(ascii: "S"): pieces.append(.second)
                case UInt8(ascii: "f"): pieces.append(.fraction)
                case UInt8(ascii: "z"): pieces.append(.offset)
                case UInt8(ascii: "%"): pieces.append(.literal(UInt8(ascii: "%")))
                default:
                    throw TimeParseError(
                        message: "unknown letter in date layout '\(text)' (known: %Y %y %m %d %H %I %p %M %S %f %z)",
                        offset: offset - 1)
                }
            }
            guard pieces.contains(.year) || pieces.contains(.shortYear), pieces.contains(.month), pieces.contains(.day)
            else {
                throw TimeParseError(message: "date layout '\(text)' needs %Y (or %y), %m and %d", offset: 0)
            }
            guard pieces.contains(.hour12) == pieces.contains(.meridiem) else {
                throw TimeParseError(
                    message: "date layout '\(text)' needs %I and %p together (a 12-hour clock and its AM or PM)",
                    offset: 0)
            }
            kind = .layout(pieces)
        }
    }

    /// Reads one time from bytes (spaces around it allowed), without making a string: what a CSV
    /// cell costs per row. Nil when a string is needed after all (`unix` layouts).
    func parse(bytes: UnsafeBufferPointer<UInt8>, zone: DisplayZone, asWrittenDay: Bool = false) -> Result<
        EventTime, TimeParseError
    >? {
        let trimmed = bytes.trimmingASCIISpaces
        switch kind {
        case .iso:
            let result = TimeParser.parse(trimmed, zone: zone)
            guard asWrittenDay, case .success(let t) = result, t.precision != .day else { return result }
            return TimeParser.parse(UnsafeBufferPointer(rebasing: trimmed.prefix(10)), zone: zone)
        case .layout(let pieces):
            return parse(pieces, trimmed, zone: zone, asWrittenDay: asWrittenDay)
        case .unixSeconds, .unixMilliseconds:
            return nil
        }
    }

    /// Reads one time. With `asWrittenDay` the result is the calendar date as written, whatever time
    /// of day, offset or zone comes with it: ACLED writes `16/03/2023 00:00:00` for the day 16 March,
    /// which read as Kyiv's midnight would be the 15th in UTC.
    public func parse(_ text: String, zone: DisplayZone, asWrittenDay: Bool = false) -> Result<
        EventTime, TimeParseError
    > {
        let trimmed = text.trimmingASCIISpaces
        switch kind {
        case .iso:
            let result = TimeParser.parse(trimmed, zone: zone)
            guard asWrittenDay, case .success(let t) = result, t.precision != .day else { return result }
            return TimeParser.parse(String(trimmed.prefix(10)), zone: zone)
        case .unixSeconds, .unixMilliseconds:
            // Decimal digits only: Double() would also take `0x10`, `inf` and `1e3`.
            guard Self.isDecimal(trimmed), let value = Double(trimmed), value.isFinite else {
                return .failure(TimeParseError(message: "expected a number of seconds since 1970", offset: 0))
            }
            let seconds = kind == .unixSeconds ? value : value / 1000
            guard seconds >= Double(Self.earliestSecond), seconds <= Double(Self.latestSecond) else {
                return .failure(TimeParseError(message: "\(trimmed) is outside the years 1 to 9999", offset: 0))
            }
            let ms = kind == .unixSeconds ? Int64(value * 1000) : Int64(value)
            // An instant has no written date: its day is the one it falls on in the zone.
            if asWrittenDay {
                return .success(
                    EventTime(milliseconds: zone.calendarDay(of: EventTime.floorDiv(ms, 1000)) * 1000, precision: .day))
            }
            return .success(EventTime(milliseconds: ms, precision: .second))
        case .layout(let pieces):
            var copy = trimmed
            return copy.withUTF8 { parse(pieces, $0, zone: zone, asWrittenDay: asWrittenDay) }
        }
    }

    /// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the instants a written date can name.
    static let earliestSecond: Int64 = -62_135_596_800
    static let latestSecond: Int64 = 253_402_300_799

    /// `-12`, `1732600800`, `1732600800.5`: an optional minus, digits, and at most one point.
    static func isDecimal(_ text: String) -> Bool {
        var digits = 0, points = 0
        for (i, b) in text.utf8.enumerated() {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): points += 1
            case UInt8(ascii: "-") where i == 0: continue
            default: return false
            }
        }
        return digits > 0 && points <= 1
    }

    private func parse(_ pieces: [Piece], _ b: UnsafeBufferPointer<UInt8>, zone: DisplayZone, asWrittenDay: Bool)
        -> Result<EventTime, TimeParseError>
    {
        var s = Scanner(bytes: b)
        var civil = CivilTime(year: 0, month: 1, day: 1)
        var precision = TimePrecision.day
        var millis: Int64 = 0
        var offset: Int?
        var afternoon: Bool?
        for piece in pieces {
            let ok: Bool
            switch piece {
            case .literal(let byte): ok = s.take(byte)
            case .anySpace:
                ok = s.take(UInt8(ascii: " ")) || s.take(UInt8(ascii: "T"))
                while s.take(UInt8(ascii: " ")) {}
            case .year: civil.year = s.digits(4) ?? -1; ok = civil.year >= 0
            case .shortYear:
                // As POSIX strptime reads two-digit years: 69-99 are 1969-1999, 00-68 are 2000-2068.
                let yy = s.digits(2) ?? -1
                civil.year = yy < 0 ? -1 : yy < 69 ? 2000 + yy : 1900 + yy
                ok = yy >= 0
            case .month: civil.month = s.flexibleDigits() ?? -1; ok = civil.month >= 0
            case .day: civil.day = s.flexibleDigits() ?? -1; ok = civil.day >= 0
            case .hour: civil.hour = s.flexibleDigits() ?? -1; ok = civil.hour >= 0; precision = max(precision, .minute)
            case .hour12:
                civil.hour = s.flexibleDigits() ?? -1
                ok = (1...12).contains(civil.hour)
                precision = max(precision, .minute)
            case .meridiem:
                afternoon = s.meridiem()
                ok = afternoon != nil
            case .minute: civil.minute = s.digits(2) ?? -1; ok = civil.minute >= 0; precision = max(precision, .minute)
            case .second: civil.second = s.digits(2) ?? -1; ok = civil.second >= 0; precision = .second
            case .fraction: millis = s.fractionMilliseconds() ?? -1; ok = millis >= 0
            case .offset: offset = s.zoneOffset(); ok = offset != nil
            }
            if !ok { return .failure(s.error("does not match the date layout '\(description)'")) }
        }
        guard s.atEnd else { return .failure(s.error("unexpected text after the date (layout '\(description)')")) }
        if let afternoon { civil.hour = civil.hour % 12 + (afternoon ? 12 : 0) }
        guard civil.isValid else { return .failure(TimeParseError(message: "no such date or time", offset: 0)) }
        let wall = civil.secondsSinceEpoch
        if precision == .day || asWrittenDay {
            return .success(
                EventTime(
                    milliseconds: CivilTime(year: civil.year, month: civil.month, day: civil.day).secondsSinceEpoch
                        * 1000, precision: .day))
        }
        let instant = offset.map { wall - Int64($0) } ?? zone.instant(ofWallClock: wall)
        return .success(EventTime(milliseconds: instant * 1000 + millis, precision: precision))
    }
}

extension Scanner {
    /// `AM` or `PM` (any case, with or without dots: `a.m.`): true for the afternoon.
    mutating func meridiem() -> Bool? {
        let pm: Bool
        if take(UInt8(ascii: "A")) || take(UInt8(ascii: "a")) {
            pm = false
        } else if take(UInt8(ascii: "P")) || take(UInt8(ascii: "p")) {
            pm = true
        } else {
            return nil
        }
        _ = take(UInt8(ascii: "."))
        guard take(UInt8(ascii: "M")) || take(UInt8(ascii: "m")) else { return nil }
        _ = take(UInt8(ascii: "."))
        return pm
    }

    /// One or two digits, for spreadsheet dates such as `1/3/2024 7:05`.
    mutating func flexibleDigits() -> Int? {
        guard let first = digits(1) else { return nil }
        if let second = digits(1) { return first * 10 + second }
        return first
    }
}

extension String {
    var trimmingASCIISpaces: String {
        let u = utf8
        // Most values have nothing to trim: two byte checks instead of two searches.
        if let f = u.first, let l = u.last, f != 32, f != 9, f != 13, f != 10, l != 32, l != 9, l != 13, l != 10 {
            return self
        }
        guard let first = u.firstIndex(where: { $0 != 32 && $0 != 9 && $0 != 13 && $0 != 10 }) else { return "" }
        let last = u.lastIndex(where: { $0 != 32 && $0 != 9 && $0 != 13 && $0 != 10 }) ?? first
        if first == u.startIndex && last == u.index(before: u.endIndex) { return self }
        return String(self[first...last])
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The bytes without spaces, tabs and line ends at either end, as `String.trimmingASCIISpaces`.
    var trimmingASCIISpaces: UnsafeBufferPointer<UInt8> {
        func space(_ b: UInt8) -> Bool { b == 32 || b == 9 || b == 13 || b == 10 }
        var lower = 0, upper = count
        while lower < upper, space(self[lower]) { lower += 1 }
        while upper > lower, space(self[upper - 1]) { upper -= 1 }
        return UnsafeBufferPointer(rebasing: self[lower..<upper])
    }
}
