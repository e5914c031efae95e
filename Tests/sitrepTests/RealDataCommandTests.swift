import Foundation
import SitrepKit
@testable import SitrepUI
import Testing
import SitrepTestSupport

/// What real exports need from the commands: queries that begin with '-', other encodings than
/// UTF-8, and one count of problems whether `sitrep check` or the dashboard gives it.
@Suite("Commands on real exports", .serialized)
struct RealDataCommandTests {
    @Test func aFilterMayBeginWithAMinus() throws {
        let r = try Sitrep.run(["list", "--filter", "-tass -cat:air"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lines.count == 19) // 22 news events, 3 of them credit TASS
        #expect(!r.stdout.contains("TASS"))
    }

    /// The status line and `check` count the same problems: errors, warnings (repeated ids too).
    @Test func theDashboardCountsProblemsAsCheckDoes() throws {
        let dir = TempDir()
        let path = dir.write(
            "a.jsonl",
            """
            {"id": "x", "time": "2024-11-26", "title": "one"}
            {"id": "x", "time": "2024-11-27", "title": "same id"}
            {"id": "y", "time": "2024-11-27", "title": "bad figure", "figures": {"n": "many"}}
            {"time": "2024-11-26", "title": }
            {"id": "y", "time": "2024-11-28", "title": "same id again"}
            """)
        let r = try Sitrep.run(["check", path])
        let summary = try #require(r.lines.last)
        #expect(summary == "4 events, 1 error, 3 warnings in 1 file")
        let store = Loader.load([.file(path)])
        let d = Dashboard(store: store, width: 160, height: 30)
        // Until the repeated ids are found beside the screen, the line counts what is known so far.
        #expect(d.render().lines.last?.contains("1 error, 1 warning (sitrep check)") == true)
        _ = store.duplicateIDs
        let status = try #require(d.render().lines.last)
        #expect(status.contains("1 error, 3 warnings (sitrep check)"), "\(status)")
    }

    @Test func encodingOptionReadsWindows1252() throws {
        let dir = TempDir()
        // "Café attack – 3 killed" in Windows-1252: é is 0xE9, the en dash 0x96.
        var bytes = Array("region,started_at,finished_at\n".utf8)
        bytes += Array("Kyiv,2024-11-26T07:00:00+00:00,2024-11-26T08:00:00+00:00\n".utf8)
        let path = dir.write("alerts.csv", bytes: bytes)
        let notUTF8 = dir.write(
            "notes.csv",
            bytes: Array(
                "id,time,title,regions,category,subcategory,location,sources,url,actors,tags,figures,lat,lon,body,extra\nw1,2024-11-26,Caf"
                    .utf8) + [0xE9] + Array(" attack ".utf8) + [0x96] + Array(" 3 killed,Kyiv City,,,,,,,,,,,,\n".utf8))
        let plain = try Sitrep.run(["check", path, notUTF8])
        #expect(
            plain.lines.first
                == "\(notUTF8):2:15: warning: invalid UTF-8 in 'title'; the bad bytes are shown as U+FFFD (an export from Excel or Windows? read it with --encoding windows-1252, or latin-1)"
        )
        let read = try Sitrep.run(["list", "--encoding", "windows-1252", "--format", "jsonl", notUTF8])
        #expect(read.stdout.contains(#""title": "Café attack – 3 killed""#), "\(read.stdout)")
        #expect(read.stderr.isEmpty)
        let latin = try Sitrep.run(["list", "--encoding", "latin-1", "--format", "jsonl", notUTF8])
        #expect(
            latin.stdout.contains("Café attack \\u0096 3 killed")
                || latin.stdout.contains("Café attack \u{96} 3 killed"), "\(latin.stdout)")
        let bad = try Sitrep.run(["list", "--encoding", "ebcdic", notUTF8])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("unknown encoding 'ebcdic' (known: utf-8, windows-1252, latin-1)"))
    }

    @Test func aFilterMayNameAnExtraFieldOfTheFiles() throws {
        let dir = TempDir()
        let path = dir.write(
            "official.csv",
            """
            oblast,raion,hromada,level,started_at,finished_at,source
            Cherkaska oblast,Cherkaskyi raion,Smilianska terytorialna hromada,hromada,2024-11-26 01:00:00+00:00,2024-11-26 01:30:00+00:00,official
            Kharkivska oblast,,,oblast,2024-11-26 01:20:00+00:00,2024-11-26 03:04:00+00:00,official

            """)
        let r = try Sitrep.run(["summary", "--format", "csv", "--filter", "level:oblast", path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.lines == ["region,count", "Kharkiv Oblast,1"])
        let bad = try Sitrep.run(["list", "--filter", "colour:red", path])
        #expect(bad.status == 2)
        #expect(
            bad.stderr
                == "sitrep: bad --filter: unknown field 'colour:' (fields: region, cat, sub, source, actor, tag, id, since, until, on, fig, has; in these files also: finished_at, level) (at column 1 of \"colour:red\")\n"
        )
    }

    /// Unknown region names: each listed once with its events and the closest known region; past 200,
    /// a line says how many more (a file of invented names must not flood the output or take minutes).
    @Test func checkListsUnknownRegionNamesOnce() throws {
        let dir = TempDir()
        var lines = (0..<3).map { #"{"time": "2024-11-26", "title": "t\#($0)", "region": "Donestk"}"# }
        lines += (0..<250).map { #"{"time": "2024-11-26", "title": "u\#($0)", "region": "Place \#($0)"}"# }
        let path = dir.write("a.jsonl", lines.joined(separator: "\n") + "\n")
        let r = try Sitrep.run(["check", path])
        #expect(r.status == 0)
        #expect(
            r.lines[0]
                == "region names the gazetteer does not know (251; `sitrep regions --unresolved` writes alias lines for them):"
        )
        #expect(r.lines[1] == "        3  Donestk  (closest: Donetsk Oblast)")
        #expect(r.lines[201] == "  ... and 51 more (the fewest events; `sitrep regions --unresolved` lists every one)")
        #expect(r.lines.last == "253 events, 0 errors, 0 warnings in 1 file")
        let aliases = try Sitrep.run(["regions", "--unresolved", path])
        #expect(aliases.lines.filter { $0.hasPrefix("Donestk,") } == ["Donestk,Donetsk Oblast"])
        #expect(aliases.lines.filter { $0.hasPrefix("# Place ") }.count == 250)
    }
}
