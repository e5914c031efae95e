import Testing
@testable import SitrepKit

@Suite("Reading times")
struct TimeTests {
    func parse(_ s: String, _ zone: DisplayZone = .utc) -> EventTime? { try? TimeParser.parse(s, zone: zone).get() }

    @Test func rfc3339WithZOrOffset() {
        #expect(parse("2024-11-26T07:15:30Z") == EventTime(milliseconds: 1_732_605_330_000, precision: .second))
        #expect(parse("2024-11-26T09:15:30+02:00") == EventTime(milliseconds: 1_732_605_330_000, precision: .second))
        #expect(parse("2024-11-26T02:15:30-0500") == EventTime(milliseconds: 1_732_605_330_000, precision: .second))
        #expect(parse("2024-11-26T07:15:30.25Z") == EventTime(milliseconds: 1_732_605_330_250, precision: .second))
        #expect(parse("2024-11-26 07:15:30+00:00") == EventTime(milliseconds: 1_732_605_330_000, precision: .second))
    }

    @Test func precisionFollowsTheText() {
        #expect(parse("2024-11-26")?.precision == .day)
        #expect(parse("2024-11-26T07:15Z")?.precision == .minute)
        #expect(parse("2024-11-26 07:15")?.precision == .minute)
        #expect(parse("2024-11-26 07:15:09")?.precision == .second)
    }

    @Test func localTimesUseTheZone() throws {
        let kyiv = try #require(DisplayZone("Europe/Kyiv"))
        // Kyiv is UTC+2 in November and UTC+3 in July.
        #expect(parse("2024-11-26 09:15", kyiv)?.milliseconds == parse("2024-11-26T07:15Z")?.milliseconds)
        #expect(parse("2024-07-01 09:15", kyiv)?.milliseconds == parse("2024-07-01T06:15Z")?.milliseconds)
        // A date alone is a calendar day whatever the zone.
        #expect(parse("2024-11-26", kyiv) == parse("2024-11-26"))
        #expect(DisplayZone("+03:30")?.offsetSeconds(at: 0) == 12_600)
        #expect(DisplayZone("Mars/Olympus") == nil)
    }

    @Test func errorsSayWhere() {
        func failure(_ s: String) -> TimeParseError? {
            if case .failure(let e) = TimeParser.parse(s) { return e }
            return nil
        }
        #expect(failure("2024-13-01")?.message == "no such date 2024-13-01")
        #expect(failure("2024-02-30") != nil)
        #expect(failure("yesterday")?.offset == 0)
        #expect(failure("2024-11-26X07:00")?.offset == 10)
        #expect(failure("2024-11-26T25:00Z") != nil)
        #expect(failure("2024-11-26T07:00Zjunk")?.message == "unexpected text after the time")
        #expect(failure("") != nil)
        #expect(parse("2024-02-29") != nil)
    }

    @Test func isoTextReadsBackToTheSameTime() {
        for text in [
            "2024-11-26", "2024-11-26T07:15Z", "2024-11-26T07:15:30Z", "2024-11-26T07:15:30.125Z",
            "1969-12-31T23:59:59Z",
        ] {
            let t = parse(text)
            #expect(t?.isoText == text)
            #expect(t.flatMap { parse($0.isoText) } == t)
        }
    }

    @Test func civilDatesRoundTrip() {
        for s: Int64 in [-86_400 * 400, -1, 0, 951_782_400, 1_732_605_330, 4_102_444_800] {
            #expect(CivilTime(secondsSinceEpoch: s).secondsSinceEpoch == s)
        }
        #expect(CivilTime(secondsSinceEpoch: 951_782_400).dateText == "2000-02-29")
    }

    @Test func spreadsheetLayouts() throws {
        let dmy = try TimePattern("%d/%m/%Y")
        #expect(try dmy.parse("26/11/2024", zone: .utc).get() == parse("2024-11-26"))
        #expect(
            try TimePattern("%d/%m/%Y %H:%M:%S").parse("26/11/2024 07:05:09", zone: .utc).get()
                == parse("2024-11-26T07:05:09Z"))
        #expect(try TimePattern("%Y%m%d %H:%M").parse("20241126 07:05", zone: .utc).get() == parse("2024-11-26T07:05Z"))
        #expect(
            try TimePattern("%d.%m.%Y %H:%M").parse("6.1.2024 7:05", zone: .utc).get() == parse("2024-01-06T07:05Z"))
        #expect(try TimePattern("unix").parse("1732605330", zone: .utc).get() == parse("2024-11-26T07:15:30Z"))
        #expect(throws: TimeParseError.self) { try TimePattern("%Q") }
        if case .success = dmy.parse("2024-11-26", zone: .utc) { Issue.record("a layout must not accept other forms") }
    }
}
