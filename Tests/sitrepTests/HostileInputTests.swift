import Foundation
import Testing
import SitrepTestSupport

/// What a hunt for breakage found with extreme values and sizes: each ended sitrep with a trap
/// (exit 132), a stack overflow, infinity on screen or millions of rows. Each now gets a clear
/// message or a bounded answer.
@Suite("Hostile input")
struct HostileInputTests {
    @Test(arguments: [
        ["--stale-after", "99999999999999999d"], ["--rotate", "99999999999999999d"],
        ["--stale-after", "9223372036854775807m"],
    ])
    func hugeWallDurationsAreRefusedNotTrapped(_ option: [String]) throws {
        let r = try Sitrep.run(["--wall"] + option)
        #expect(r.status == 2, "\(option): \(r.stderr)")
        #expect(r.stderr.contains("a hundred years"))
    }

    @Test func anInfiniteSurgeFactorIsRefused() throws {
        let r = try Sitrep.run(["surges", "--factor", "inf"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("finite number above 0"))
    }

    @Test(arguments: [
        "200x30", "160x32", "173x30", "180x35", "190x38", "202x40", "250x30", "90x30", "100x30", "110x30",
    ])
    func wallSnapshotsWithTheMapAtSizesThatTrapped(_ size: String) throws {
        let dir = TempDir()
        let r = try Sitrep.run([
            "snapshot", "--wall", "--as-of", "newest", "--size", size, "-o", dir.path + "/wall.txt",
        ])
        #expect(r.status == 0, "\(size): \(r.stderr)")
        let text = try String(contentsOfFile: dir.path + "/wall.txt", encoding: .utf8)
        #expect(text.split(separator: "\n").count == Int(size.split(separator: "x")[1])!)
    }

    @Test func aQueryNestedTooDeepIsAMessageNotAStackOverflow() throws {
        let deep = String(repeating: "(", count: 25_000) + "kharkiv" + String(repeating: ")", count: 25_000)
        let r = try Sitrep.run(["list", "--filter", deep])
        #expect(r.status == 2)
        #expect(r.stderr.contains("nest more than 100 deep"))
        let minuses = try Sitrep.run(["list", "--filter", String(repeating: "-", count: 5_000) + "kharkiv"])
        #expect(minuses.status == 2)
        let shallow = try Sitrep.run([
            "summary", "--filter", String(repeating: "(", count: 50) + "kharkiv" + String(repeating: ")", count: 50),
        ])
        #expect(shallow.status == 0)
    }

    @Test func aDayByDaySummaryOfEventsMilleniaApartListsOnlyTheirDays() throws {
        let dir = TempDir()
        let path = dir.write(
            "far.jsonl",
            """
            {"time": "0001-01-01", "title": "first", "regions": ["Sumy"]}
            {"time": "9999-12-31", "title": "last", "regions": ["Sumy"]}
            {"time": "2024-11-26", "title": "middle", "regions": ["Kharkiv"]}

            """)
        let r = try Sitrep.run(["summary", path, "--by", "day", "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.lines == ["day,count", "0001-01-01,1", "2024-11-26,1", "9999-12-31,1"])
        #expect(r.stderr.contains("empty days left out"))
        let two = try Sitrep.run(["summary", path, "--by", "day,region", "--format", "csv"])
        #expect(two.lines.count == 1 + 3 * 2, "three days by two regions, no empty days between")
        // Days close together are still listed every one, the empty ones as zero.
        let near = dir.write(
            "near.jsonl",
            """
            {"time": "2024-11-20", "title": "a"}
            {"time": "2024-11-23", "title": "b"}

            """)
        let filled = try Sitrep.run(["summary", near, "--by", "day", "--format", "csv"])
        #expect(filled.lines == ["day,count", "2024-11-20,1", "2024-11-21,0", "2024-11-22,0", "2024-11-23,1"])
    }

    @Test func numbersBeyondADoubleAreWarnedAboutAndSumsStayFinite() throws {
        let dir = TempDir()
        let path = dir.write(
            "big.jsonl",
            """
            {"time": "2024-11-26T07:00:00Z", "title": "a", "figures": {"x": 1e400}}
            {"time": "2024-11-26T08:00:00Z", "title": "b", "figures": {"x": 1.7e308}}
            {"time": "2024-11-26T09:00:00Z", "title": "c", "figures": {"x": 1.7e308}}
            {"time": "2024-11-26T10:00:00Z", "title": "d", "figures": {"y": 1e307, "z": 0.001}}

            """)
        let check = try Sitrep.run(["check", path])
        #expect(check.stdout.contains("big.jsonl:1:"), "\(check.stdout)")
        #expect(check.stdout.contains("figure 'x' is beyond the largest number"))
        let sum = try Sitrep.run(["summary", path, "--by", "day", "--sum", "x", "--format", "csv"])
        #expect(!sum.stdout.contains("inf"), "\(sum.stdout)")
        #expect(
            sum.lines.last == "2024-11-26,4,1.7976931348623157e+308",
            "two figures of 1.7e308 add up to the largest double, not inf")
        let y = try Sitrep.run(["summary", path, "--by", "day", "--sum", "y", "--format", "csv"])
        #expect(!y.stdout.contains("inf"), "\(y.stdout)")
        let jsonl = try Sitrep.run(["list", path, "--format", "jsonl"])
        #expect(!jsonl.stdout.contains("null"), "\(jsonl.stdout)")
    }

    /// Nothing could be read: exit 1, as docs/commands.md says, for every command that reads.
    @Test func nothingReadIsExitOne() throws {
        let dir = TempDir()
        let odd = dir.write("odd.csv", "a,b\n1,2\n")
        let empty = dir.write("empty.jsonl", "")
        for arguments in [
            ["summary", "/bin/ls"], ["list", "/bin/ls"], ["summary", odd], ["list", odd],
            ["summary", "--by", "day", odd], ["regions", "--unresolved", odd],
        ] {
            let r = try Sitrep.run(arguments)
            #expect(r.status == 1, "\(arguments): \(r.status)")
        }
        #expect(try Sitrep.run(["summary", empty]).status == 0, "an empty file is no error")
        #expect(try Sitrep.run(["summary", odd, empty]).status == 1, "no event and an error")
    }

    @Test func anUnknownRegionInAFilterIsAUsageErrorWithTheClosest() throws {
        let r = try Sitrep.run(["list", "--filter", "region:kharkiw"])
        #expect(r.status == 2)
        #expect(
            r.stderr.contains("no region named 'kharkiw' in the gazetteer or the files (closest: Kharkiv Oblast)"),
            "\(r.stderr)")
    }

    /// `-o brief.html` writes HTML without `--format`; `--format` still wins; the light theme's page is light.
    @Test func aSnapshotTakesItsFormatFromTheFileAndTheLightThemeItsPage() throws {
        let dir = TempDir()
        for (name, start) in [("brief.html", "<!DOCTYPE html>"), ("brief.svg", "<svg"), ("brief.txt", "┌─ Timeline")] {
            let r = try Sitrep.run(["snapshot", "-o", dir.path + "/" + name])
            #expect(r.status == 0)
            let text = try String(contentsOfFile: dir.path + "/" + name, encoding: .utf8)
            #expect(text.hasPrefix(start) || text.contains(start), "\(name)")
        }
        _ = try Sitrep.run(["snapshot", "--format", "txt", "-o", dir.path + "/plain.html"])
        #expect(try String(contentsOfFile: dir.path + "/plain.html", encoding: .utf8).hasPrefix("┌─ Timeline"))
        _ = try Sitrep.run(["snapshot", "--theme", "light", "-o", dir.path + "/light.html"])
        let light = try String(contentsOfFile: dir.path + "/light.html", encoding: .utf8)
        #expect(light.contains("background: #fafafa") && !light.contains("#121212"))
    }

    /// Output that agrees with itself: a negative number is refused by what it means, not taken for
    /// an option; a theme that is not there is a message without the usage text; the help names
    /// every built-in profile; completions offer the --by keys and the themes.
    @Test func messagesSayWhatIsWrongInTheRightWords() throws {
        let factor = try Sitrep.run(["surges", "--factor", "-1"])
        #expect(factor.status == 2 && factor.stderr.contains("--factor takes a finite number above 0"))
        let limit = try Sitrep.run(["list", "--limit", "-5"])
        #expect(limit.status == 2 && limit.stderr.contains("--limit must be 0 or more"))
        #expect(!limit.stderr.contains("Missing value"))
        let theme = try Sitrep.run(["snapshot", "--theme", "nosuch"])
        #expect(theme.status == 2)
        #expect(theme.stderr.hasPrefix("sitrep: no theme named 'nosuch' (themes: dark"), "\(theme.stderr)")
        #expect(!theme.stderr.contains("Usage:"))
        let help = try Sitrep.run(["list", "--help"])
        for profile in ["sitrep", "acled", "ucdp", "airforce", "viina", "alerts", "alerts-official"] {
            #expect(help.stdout.contains(profile))
        }
        let bash = try Sitrep.run(["--generate-completion-script", "bash"])
        #expect(bash.stdout.contains("region,week"))
        let themes = try Sitrep.run([
            "---completion", "snapshot", "--", "--theme", "2", "0", "sitrep", "snapshot", "--theme", "",
        ])
        #expect(themes.stdout.contains("dark") && themes.stdout.contains("light"), "\(themes.stdout) \(themes.stderr)")
        let sum = try Sitrep.run(["summary", "--sum", "drones_launched"])
        #expect(sum.lines.last == "29 regions, 1,911 events; added up: drones_launched")
    }
}
