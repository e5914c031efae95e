import Testing
@testable import SitrepKit
import SitrepTestSupport

/// An event known only to the day keeps its calendar date whatever `--tz` says: in the store, in
/// `list` (text and JSON Lines), in `summary --by day` and in `on:` filters. Real exports write such
/// days with a midnight time (`16/03/2023 00:00:00` in ACLED, `3/16/2023 12:00:00 AM` in UCDP), which
/// were once read as midnight in the zone and moved to the 15th east of UTC.
@Suite("Calendar days under every zone")
struct CalendarDayTests {
    static let zones = [
        "-12:00", "-10:00", "America/New_York", "-03:30", "UTC", "+01:00", "Europe/Kyiv", "+05:45", "Asia/Tokyo",
        "+14:00",
    ]

    /// One file per layout that has day events, each with the day 16 March 2023 written its way.
    static func files(in dir: TempDir) -> [String] {
        let acledHeader = "event_id_cnty,event_date,year,event_type,sub_event_type,admin1,location,notes,fatalities"
        return [
            dir.write(
                "acled-midnight.csv",
                "\(acledHeader)\nA1,16/03/2023 00:00:00,2023,Battles,Armed clash,Kharkiv,Kupiansk,Clashes near Kupiansk.,0\n"
            ),
            dir.write(
                "acled-date.csv",
                "\(acledHeader)\nA2,16/03/2023,2023,Battles,Armed clash,Kharkiv,Kupiansk,Clashes near Kupiansk.,0\n"),
            dir.write(
                "acled-iso.csv",
                "\(acledHeader)\nA3,2023-03-16T00:00:00,2023,Battles,Armed clash,Kharkiv,Kupiansk,Clashes near Kupiansk.,0\n"
            ),
            dir.write(
                "viina.csv", "event_id,date,time,ADM1_NAME,text\nV1,20230316,00:00,Kharkivska,Shelling reported.\n"),
            dir.write(
                "native.csv",
                "\(EventWriter.csvHeader)\nN1,2023-03-16,Shelling reported,Kharkiv Oblast,shelling,,,,,,,,,,,\n"),
            dir.write("ucdp-iso.csv", ucdp("2023-03-16 00:00:00.000")),
            dir.write("ucdp-us.csv", ucdp("3/16/2023 12:00:00 AM")),
            dir.write(
                "airforce.csv",
                "time_start,time_end,model,target,launched,destroyed\n2023-03-16,,Shahed-136/131,Ukraine,30.0,25.0\n"),
            dir.write(
                "native.jsonl",
                #"{"id": "J1", "time": "2023-03-16", "title": "Shelling reported", "regions": ["Kharkiv Oblast"]}"#
                    + "\n"),
        ]
    }

    static func ucdp(_ date: String) -> String {
        PublicDatasetProfileTests.ucdpHeader + "\n"
            + "1,r,2023,true,Clear,1,\"\",1,c,1,1,d,1,1,Russia,1,1,Ukraine,1,\"\",Ukrinform,2023-03-16,Shelling,\"\",1,x,Kharkiv,Kharkiv oblast,,49.9,36.2,POINT (36.2 49.9),1,Ukraine,369,Europe,1,1,\(date),\(date),0,0,1,0,1,1,1,365,369\n"
    }

    func profile(_ dir: TempDir) throws -> CSVProfile {
        let text = """
            name = "desk"
            time = "when"
            time_format = ["%d.%m.%Y %H:%M", "%m/%d/%Y %I:%M:%S %p"]
            title = "headline"
            region = "oblast"
            day_precision = true
            """
        return try #require(ProfileFile.parse(text, path: dir.path + "/desk.toml").profile)
    }

    @Test(arguments: zones)
    func aDayKeepsItsDate(_ zoneName: String) throws {
        let zone = try #require(DisplayZone(zoneName))
        let dir = TempDir()
        var paths = Self.files(in: dir)
        paths.append(
            dir.write(
                "desk.csv",
                "when,headline,oblast\n16.03.2023 00:00,Shelling reported,Kharkiv\n3/16/2023 12:00:00 AM,Shelling again,Kharkiv\n"
            ))
        let desk = try profile(dir)
        let store = load(paths) {
            $0.zone = zone; $0.profiles = [desk] + CSVProfile.builtIn
        }
        #expect(store.diagnostics.isEmpty, "\(store.messages)")
        #expect(store.count == paths.count + 1)
        for i in 0..<store.count {
            let t = store.time(at: i)
            #expect(
                t.precision == .day && t.isoText == "2023-03-16", "\(store.id(at: i)) under \(zoneName): \(t.isoText)")
            #expect(t.displayText(in: zone) == "2023-03-16")
            #expect(EventWriter.jsonLine(store.event(at: i).event).contains(#""time": "2023-03-16""#))
        }
        #expect(store.counts(by: .day, zone: zone) == [FacetCount(key: "2023-03-16", count: store.count)])
        let now: Int64 = 1_700_000_000
        func count(_ q: String) throws -> Int {
            QueryMatcher(store: store, query: try QueryParser(zone: zone, now: now).parse(q)).positions().count
        }
        #expect(try count("on:2023-03-16") == store.count)
        #expect(try count("on:2023-03-15") == 0)
        #expect(try count("on:2023-03-17") == 0)
        #expect(try count("since:2023-03-16 until:2023-03-16") == store.count)
        #expect(try count("until:2023-03-15") == 0)
        #expect(try count("since:2023-03-17") == 0)
    }

    /// Events with a time of day are compared by instant: 23:30 UTC on the 15th is the 16th in Kyiv.
    @Test func timedEventsFollowTheZone() throws {
        let dir = TempDir()
        let path = dir.write("t.jsonl", #"{"id": "late", "time": "2023-03-15T23:30Z", "title": "Late alert"}"# + "\n")
        for (zoneName, day) in [("UTC", "2023-03-15"), ("Europe/Kyiv", "2023-03-16"), ("-10:00", "2023-03-15")] {
            let zone = try #require(DisplayZone(zoneName))
            let store = load([path]) { $0.zone = zone }
            #expect(store.counts(by: .day, zone: zone) == [FacetCount(key: day, count: 1)])
            let q = try QueryParser(zone: zone, now: 0).parse("on:\(day)")
            #expect(QueryMatcher(store: store, query: q).positions() == [0])
        }
    }

    @Test func twelveHourClocks() throws {
        let p = try TimePattern("%m/%d/%Y %I:%M:%S %p")
        #expect(try p.parse("1/22/2014 12:00:00 AM", zone: .utc).get().isoText == "2014-01-22T00:00:00Z")
        #expect(try p.parse("1/22/2014 12:30:00 PM", zone: .utc).get().isoText == "2014-01-22T12:30:00Z")
        #expect(try p.parse("1/22/2014 7:05:09 pm", zone: .utc).get().isoText == "2014-01-22T19:05:09Z")
        #expect(try p.parse("1/22/2014 11:59:59 p.m.", zone: .utc).get().isoText == "2014-01-22T23:59:59Z")
        #expect(throws: TimeParseError.self) { try p.parse("1/22/2014 13:00:00 PM", zone: .utc).get() }
        #expect(throws: TimeParseError.self) { try p.parse("1/22/2014 10:00:00", zone: .utc).get() }
        #expect(throws: TimeParseError.self) { try TimePattern("%d/%m/%Y %I:%M") }
    }
}
