import Foundation
import Testing
import SitrepTestSupport

@Suite("Commands", .serialized)
struct CommandTests {
    @Test func checkOnTheDemoIsClean() throws {
        let r = try Sitrep.run(["check"])
        #expect(r.status == 0)
        #expect(r.lines == ["1,911 events, 0 errors, 0 warnings in 2 files"])
    }

    @Test func checkReportsEachProblemAndExitsOne() throws {
        let dir = TempDir()
        let path = dir.write(
            "a.jsonl",
            """
            {"id": "x", "time": "2024-11-26", "title": "ok"}
            {"time": "2024-11-26", "title": }
            {"id": "x", "time": "2024-11-27", "title": "same id"}
            {"time": "2024-11-26", "title": "bad \\u001b[2J escape is fine in JSON"}
            """)
        let r = try Sitrep.run(["check", path])
        #expect(r.status == 1)
        #expect(
            r.lines == [
                "\(path):2:33: error: invalid JSON: field 'title' must be a string; line skipped",
                "\(path):3:1: warning: duplicate id \"x\" (also at \(path):1)",
                "3 events, 1 error, 1 warning in 1 file",
            ])
    }

    @Test func checkFindsEveryRepeatedIDAndNamesTheEarliest() throws {
        let dir = TempDir()
        func line(_ id: Int, _ day: Int) -> String { #"{"id": "e\#(id)", "time": "2024-11-\#(day)", "title": "t"}"# }
        let a = dir.write("a.jsonl", (0..<1000).map { line($0, 10) }.joined(separator: "\n") + "\n")
        let b = dir.write(
            "b.jsonl", (500..<1500).map { line($0, 11) }.joined(separator: "\n") + "\n" + line(7, 12) + "\n")
        let r = try Sitrep.run(["check", a, b])
        let warnings = r.lines.filter { $0.contains("duplicate id") }
        #expect(warnings.count == 501)
        #expect(warnings.first == "\(b):1:1: warning: duplicate id \"e500\" (also at \(a):501)")
        #expect(warnings.last == "\(b):1001:1: warning: duplicate id \"e7\" (also at \(a):8)")
        #expect(r.lines.last == "2,001 events, 0 errors, 501 warnings in 2 files")
    }

    @Test func checkExitsTwoForMissingPathsAndUsageErrors() throws {
        let missing = try Sitrep.run(["check", "/nonexistent/events.jsonl"])
        #expect(missing.status == 2)
        #expect(
            missing.lines == [
                "/nonexistent/events.jsonl: error: no such file or directory",
                "0 events, 1 error, 0 warnings in 0 files",
            ])
        let usage = try Sitrep.run(["check", "--tz", "Nowhere/Else"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("unknown time zone 'Nowhere/Else'"))
        #expect(try Sitrep.run(["summary", "--by", "colour"]).status == 2)
    }

    @Test func summaryAsCSVSortedByCountThenKey() throws {
        let dir = TempDir()
        let path = dir.write(
            "a.jsonl",
            """
            {"time": "2024-11-26", "title": "a", "regions": ["Sumy", "Kharkiv"]}
            {"time": "2024-11-26", "title": "b", "region": "Sumska oblast"}
            {"time": "2024-11-26", "title": "c"}
            {"time": "2024-11-26", "title": "d", "region": "Chernihiv"}
            """)
        let r = try Sitrep.run(["summary", path, "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.lines == ["region,count", "Sumy Oblast,2", "(none),1", "Chernihiv Oblast,1", "Kharkiv Oblast,1"])
        let json = try Sitrep.run(["summary", path, "--by", "day", "--format", "json"])
        #expect(json.lines == [#"{"by": "day", "events": 4, "counts": [{"key": "2024-11-26", "count": 4}]}"#])
    }

    @Test func summaryTableOnTheDemo() throws {
        let r = try Sitrep.run(["summary", "--by", "region"])
        #expect(r.status == 0)
        #expect(r.lines.first == "REGION                  EVENTS  SHARE")
        #expect(r.lines[1] == "Dnipropetrovsk Oblast      223   11.7%")
        #expect(r.lines.last == "29 regions, 1,911 events")
    }

    @Test func summaryAndListReportProblemsButStillWork() throws {
        let dir = TempDir()
        let good = dir.write("a.jsonl", #"{"time": "2024-11-26", "title": "ok"}"# + "\n" + "junk\n")
        let r = try Sitrep.run(["list", good, "/nonexistent.csv"])
        #expect(r.status == 0)
        #expect(r.lines == ["2024-11-26          ok"])
        #expect(r.stderr.contains("/nonexistent.csv: error: no such file or directory"))
        #expect(r.stderr.contains("\(good):2:1: error:"))
        #expect(try Sitrep.run(["list", "/nonexistent.csv"]).status == 1)
    }

    @Test func listConvertsAnyInputToJSONLinesThatReadsBack() throws {
        let dir = TempDir()
        let jsonl = try Sitrep.run(["list", "--format", "jsonl"])
        #expect(jsonl.status == 0)
        #expect(jsonl.lines.count == 1911)
        let copy = dir.write("demo.jsonl", jsonl.stdout)
        let again = try Sitrep.run(["list", "--format", "jsonl", copy])
        #expect(again.stdout == jsonl.stdout)
        let csv = try Sitrep.run(["list", "--format", "csv", "--limit", "3"])
        #expect(
            csv.lines.first
                == "id,time,title,regions,category,subcategory,location,sources,url,actors,tags,figures,lat,lon,body,extra"
        )
        #expect(csv.lines.count == 4)
    }

    @Test func listTextIsSafeForTheTerminal() throws {
        let dir = TempDir()
        let path = dir.write(
            "a.jsonl",
            #"{"time": "2024-11-26T10:00Z", "title": "evil \u001b]0;pwned\u0007 \u009b2J title", "region": "Sumy"}"#
                + "\n")
        let r = try Sitrep.run(["list", path, "--tz", "Europe/Kyiv"])
        #expect(r.lines == ["2024-11-26 12:00    Sumy Oblast: evil \u{FFFD}]0;pwned\u{FFFD} \u{FFFD}2J title"])
        #expect(!r.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x9B })
    }

    @Test func profilesCanBeForced() throws {
        let dir = TempDir()
        let path = dir.write(
            "x.txt", "region,started_at,finished_at\nSumy,2024-11-26 10:00:00+00:00,2024-11-26 10:30:00+00:00\n")
        let r = try Sitrep.run(["list", "--input-format", "csv", "--profile", "alerts", path])
        #expect(r.lines == ["2024-11-26 10:00:00 [air-raid alert] Sumy Oblast: Air-raid alert in Sumy Oblast (30 min)"])
        #expect(try Sitrep.run(["list", "--profile", "nope", path]).status == 2)
    }

    @Test func filterNarrowsEveryCommand() throws {
        let list = try Sitrep.run(["list", "--filter", "region:khark cat:front"])
        #expect(
            list.lines == [
                "2024-11-26          [frontline] Kharkiv Oblast: Russian troops capture a village in Kharkiv region"
            ])
        let summary = try Sitrep.run([
            "summary", "--by", "category", "--format", "csv", "--filter", "region:kursk,bryansk",
        ])
        #expect(summary.lines == ["category,count", "legal,2", "missile strike,1"])
        let check = try Sitrep.run(["check", "--filter", "fig:drones_launched>=100"])
        #expect(check.lines.last == "1 event, 0 errors, 0 warnings in 2 files")
        let bad = try Sitrep.run(["list", "--filter", "region:kursk )"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("bad --filter: ')' without '(' (at column 14"))
    }
}
