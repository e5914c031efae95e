import Foundation
import Testing
import SitrepTestSupport

/// One "now" for every command: `--as-of T` over whole files gives exactly what the same command
/// gives over the files cut at T (every row after T removed by the test's own reading of the
/// times), on the demo, on two real weeks of alert logs and on generated events; and a time bound
/// in the filter changes no surge. The datasets run side by side, each in folders of its own.
@Suite("As of a moment")
struct AsOfTests {
    /// A set of files, and how the test reads each row's time (seconds since 1970), independently
    /// of sitrep.
    struct Dataset: CustomStringConvertible, Sendable {
        var name: String
        var files: [(name: String, header: String?, rows: [String])]
        var time: @Sendable (String) -> Int64
        var figure: String

        var description: String { name }
        var times: [Int64] { files.flatMap { $0.rows.map(time) }.sorted() }

        /// The files, whole or cut at `moment`, in a new folder.
        func write(to dir: TempDir, cutAt moment: Int64? = nil) -> [String] {
            files.map { file in
                let kept = file.rows.filter { moment == nil || time($0) <= moment! }
                return dir.write(file.name, ((file.header.map { [$0] } ?? []) + kept).map { $0 + "\n" }.joined())
            }
        }
    }

    static let root = (#filePath as NSString).deletingLastPathComponent + "/../.."

    static func lines(_ path: String) -> [String] {
        ((try? String(contentsOfFile: root + "/" + path, encoding: .utf8)) ?? "").split(whereSeparator: \.isNewline)
            .map(String.init)
    }

    static func seconds(_ text: Substring) -> Int64 { RowTime.seconds(text) }
    static func jsonTime(_ line: String) -> Int64 { RowTime.json(line) }
    static func csvTime(_ line: String) -> Int64 { RowTime.csv(line) }

    static func splitCSV(_ path: String) -> (header: String?, rows: [String]) {
        let all = lines(path)
        return (all.first, Array(all.dropFirst()))
    }

    static let demo: Dataset = {
        let alerts = splitCSV("Sources/SitrepKit/Resources/alerts-2024-11.csv")
        return Dataset(
            name: "demo",
            files: [
                ("news.jsonl", nil, lines("Sources/SitrepKit/Resources/news-2024-11.jsonl")),
                ("alerts.csv", alerts.header, alerts.rows),
            ],
            time: { $0.hasPrefix("{") ? jsonTime($0) : csvTime($0) }, figure: "duration_min")
    }()

    static let alertLogs: Dataset = {
        let official = splitCSV("Tests/SitrepKitTests/Fixtures/alerts-official-2024-04.csv")
        let volunteer = splitCSV("Tests/SitrepKitTests/Fixtures/alerts-volunteer-2024-04.csv")
        return Dataset(
            name: "alert logs",
            files: [
                ("official.csv", official.header, official.rows), ("volunteer.csv", volunteer.header, volunteer.rows),
            ],
            time: { line in
                // The official log's times are in its fifth column, the volunteers' in the second.
                let cells = line.split(separator: ",", omittingEmptySubsequences: false)
                return seconds(cells.count > 4 && cells[4].contains(":") ? cells[4] : cells[1])
            }, figure: "duration_min")
    }()

    /// Six weeks of events spread by arithmetic: times of day and whole days, five regions and
    /// none, three categories, a figure on most, and repeated titles for stories.
    static let generated: Dataset = {
        let regions: [String] = ["Kharkiv Oblast", "Sumy Oblast", "Donetsk Oblast", "Kyiv City", "Odesa Oblast"]
        let start: Int64 = 1_730_419_200 // 2024-11-01T00:00Z
        var rows: [String] = []
        for i in 0..<1_500 {
            let t = start + Int64((i * 7_919) % (42 * 86_400)) + Int64(i % 3) * 17
            let dayOnly = i % 11 == 0
            let date = Date(timeIntervalSince1970: Double(dayOnly ? t - t % 86_400 : t))
            let stamp =
                dayOnly
                ? String(ISO8601DateFormatter().string(from: date).prefix(10))
                : ISO8601DateFormatter().string(from: date)
            // Later weeks busier in two regions, so that some surge.
            let busy = t > start + 35 * 86_400 ? 1 : 3
            let region: String? = i % 13 == 0 ? nil : regions[(i * busy) % regions.count]
            let regionsJSON: String = region.map { (name: String) -> String in "[\"\(name)\"]" } ?? "[]"
            let figure = i % 4 == 0 ? "" : ", \"figures\": {\"drones\": \(i % 97)}"
            let category: String = ["shelling", "drone attack", "alert"][i % 3]
            let source: String = ["Desk A", "Desk B"][i % 2]
            rows.append(
                #"{"id": "g\#(i)", "time": "\#(stamp)", "title": "Strike report \#(i % 40) on the town", "regions": \#(regionsJSON), "category": "\#(category)", "sources": ["\#(source)"]\#(figure)}"#
            )
        }
        return Dataset(name: "generated", files: [("generated.jsonl", nil, rows)], time: jsonTime, figure: "drones")
    }()

    /// Moments to cut at: at an event, a second before one, a day's last second, and before the
    /// first event; under the sanitizers (`SITREP_SWEEP=coarse`), the day's last second alone.
    static func moments(_ d: Dataset) -> [Int64] {
        let t = d.times
        let late: Int64 = t[t.count * 5 / 6]
        let all: [Int64] = [t[t.count / 6], t[t.count / 2] - 1, late - late % 86_400 + 86_399, t[0] - 3_600]
        return ProcessInfo.processInfo.environment["SITREP_SWEEP"] == "coarse" ? [all[2]] : all
    }

    static func iso(_ t: Int64) -> String {
        ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: Double(t)))
    }

    /// The commands compared, each with `--as-of` added.
    static func commands(_ d: Dataset) -> [[String]] {
        var out: [[String]] = [
            ["list"], ["list", "--filter", "since:2h"], ["list", "--filter", "since:7d region:kharkiv"], ["check"],
            ["surges", "--factor", "1.2", "--minimum", "3", "--format", "csv"],
        ]
        // Every key, plain and with a figure summed over stories; a figure alone and stories alone once each.
        for by in ["region", "category", "source", "day", "week", "month", "region,week"] {
            out.append(["summary", "--by", by, "--format", "csv"])
            out.append(["summary", "--by", by, "--group", "--sum", d.figure, "--format", "csv"])
        }
        out.append(["summary", "--by", "category,day", "--sum", d.figure, "--format", "csv"])
        out.append(["summary", "--by", "region", "--group", "--format", "csv"])
        out.append(["list", "--group"])
        return out
    }

    @Test(arguments: [demo, alertLogs, generated])
    func everyCommandAsOfAMomentIsTheCommandOverTheFilesCutThere(_ d: Dataset) throws {
        let wholeDir = TempDir()
        let whole = d.write(to: wholeDir)
        for moment in Self.moments(d) {
            let cutDir = TempDir()
            let cut = d.write(to: cutDir, cutAt: moment)
            for command in Self.commands(d) {
                let asOf = ["--as-of", Self.iso(moment)]
                let a = try Sitrep.run(command + asOf + whole)
                let b = try Sitrep.run(command + asOf + cut)
                // The files' own paths are the one difference allowed (check names no path when clean).
                let same =
                    a.stdout.replacingOccurrences(of: wholeDir.path, with: "DIR")
                    == b.stdout.replacingOccurrences(of: cutDir.path, with: "DIR")
                    || command == ["check"]
                #expect(
                    same,
                    "\(d) \(command.joined(separator: " ")) as of \(Self.iso(moment)):\n\(a.stdout.prefix(600))\n---\n\(b.stdout.prefix(600))"
                )
                if command == ["check"] {
                    // The count of events is the same (a file cut to nothing is also said to be
                    // empty); the whole files' note says how many are later.
                    func counted(_ r: CommandResult) -> String? {
                        r.lines.first { $0.first?.isNumber == true && $0.contains(" error") }.map {
                            String($0.prefix { $0 != "e" })
                        }
                    }
                    #expect(counted(a) != nil && counted(a) == counted(b), "\(d) check: \(a.lines) against \(b.lines)")
                    let later = d.times.filter { $0 > moment }.count
                    let note =
                        later == 0
                        ? nil
                        : "as of \(Self.noteTime(moment)): \(Self.grouped(later)) later event\(later == 1 ? "" : "s") not counted"
                    #expect(
                        note == nil ? a.lines.last?.first?.isNumber == true : a.lines.last == note,
                        "\(d) check as of \(Self.iso(moment)): \(a.lines.suffix(2))")
                }
            }
        }
    }

    /// `2024-11-20 12:00 UTC`.
    static func noteTime(_ t: Int64) -> String {
        String(iso(t).prefix(16)).replacingOccurrences(of: "T", with: " ") + " UTC"
    }

    static func grouped(_ n: Int) -> String {
        let digits = String(n)
        return digits.enumerated().map { i, c in (i > 0 && (digits.count - i) % 3 == 0 ? "," : "") + String(c) }
            .joined()
    }

    /// `list --as-of 2024-11-20T12:00Z --filter since:2h` lists the alerts of the two hours to
    /// noon, none after it (before, 619 events ran on to 30 November).
    @Test func aRelativeWindowEndsAtTheMoment() throws {
        let r = try Sitrep.run(["list", "--as-of", "2024-11-20T12:00Z", "--filter", "since:2h"])
        let noon = Self.seconds("2024-11-20T12:00:00Z")
        // Reports known only to the day are in a window that any part of their day is in (docs/queries.md).
        let alerts = Self.demo.files[1].rows.map(Self.csvTime).filter { $0 >= noon - 7_200 && $0 <= noon }.count
        let reports = Self.demo.files[0].rows.filter { $0.contains(#""time": "2024-11-20""#) }.count
        #expect(
            r.lines.count == alerts + reports && alerts > 10 && reports > 5,
            "\(r.lines.count) listed, \(alerts) + \(reports) in the two hours")
        #expect(r.lines.allSatisfy { $0.hasPrefix("2024-11-20 ") }, "\(r.lines)")
        #expect(r.stderr.contains("as of 2024-11-20 12:00 UTC:") && r.stderr.contains("later events not counted"))
    }

    /// A time bound in the filter chooses what is shown, never what the last week is compared
    /// with: `surges` is the same with or without `since:7d` (before: 16 regions "new").
    @Test(arguments: [
        ["--as-of", "newest"], ["--as-of", "newest", "--factor", "1.2", "--minimum", "5"], ["--as-of", "2024-11-24"],
    ])
    func aTimeBoundInTheFilterChangesNoSurge(_ options: [String]) throws {
        let plain = try Sitrep.run(["surges"] + options)
        for bound in ["since:7d", "since:3d", "until:2024-12-01 since:2024-11-29", "on:2024-11-30"] {
            let bounded = try Sitrep.run(["surges", "--filter", bound] + options)
            #expect(bounded.stdout == plain.stdout, "\(bound): \(bounded.stdout) against \(plain.stdout)")
        }
        let narrowed = try Sitrep.run(["surges", "--filter", "region:dnipro since:2d"] + options)
        let region = try Sitrep.run(["surges", "--filter", "region:dnipro"] + options)
        #expect(narrowed.stdout == region.stdout)
    }

    /// Events without a region are no region: `(none)` is never said to surge.
    @Test func eventsWithoutARegionNeverSurge() throws {
        let r = try Sitrep.run(["surges", "--as-of", "newest", "--factor", "1.2", "--minimum", "5"])
        #expect(r.status == 0 && !r.stdout.contains("(none)") && r.stdout.contains("surging region"), "\(r.stdout)")
    }

    /// Files whose newest event is older than the last 7 days: `surges` says so and how to look
    /// at their last weeks; the demo is read as of its newest event, as the dashboard reads it.
    @Test func surgesOnOldFilesSaySoAndTheDemoIsReadAsOfItsNewest() throws {
        let dir = TempDir()
        let files = Self.demo.write(to: dir)
        let r = try Sitrep.run(["surges"] + files)
        #expect(
            r.stdout.contains("the newest event is from 2024-11-30 22:55 UTC") && r.stdout.contains("--as-of newest"),
            "\(r.stdout)")
        let demo = try Sitrep.run(["surges"])
        #expect(demo.stdout.contains("in the 7 days to 2024-11-30"), "\(demo.stdout)")
        #expect(demo.stdout == (try Sitrep.run(["surges", "--as-of", "newest"])).stdout)
    }
}
