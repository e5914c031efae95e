import Foundation
import SitrepTestSupport
import Testing

/// `check` and `profile` on sheets no profile was written for, run as the real binary.
@Suite("Sheets without a profile, from the command line")
struct SheetCommandTests {
    static let desk =
        "Дата;Область;Подія;Загиблі\n07.12.2026;Харківська область;Обстріл Харкова;2\n06.12.2026;Сумська;Удар дрона по Сумах;0\n"

    @Test func checkSaysHowTheSheetWasRead() throws {
        let dir = TempDir()
        let path = dir.write("desk.csv", Self.desk)
        let r = try Sitrep.run(["check", path])
        #expect(r.status == 0)
        #expect(
            r.lines == [
                "\(path): note: read without a profile: time = Дата (day-first, dotted dates are day-first), region = Область (100% known), title = Подія, figure Загиблі; separated by ';'",
                "2 events, 0 errors, 0 warnings in 1 file",
            ])
    }

    /// The profile `sitrep profile` prints reads the sheet to the same events as no profile does.
    @Test func theWrittenProfileReadsTheSheetAsTheGuessDid() throws {
        let dir = TempDir()
        let path = dir.write("Desk Sheet (Dec).csv", Self.desk)
        let written = try Sitrep.run(["profile", path])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout.contains("name = \"desk-sheet-dec\""))
        #expect(written.stdout.contains("delimiter = \";\""))
        let profile = dir.write("desk.toml", written.stdout)
        let guessed = try Sitrep.run(["list", "--format", "jsonl", path])
        let kept = try Sitrep.run(["list", "--format", "jsonl", "--profile", profile, path])
        #expect(guessed.status == 0 && kept.status == 0, "\(kept.stderr)")
        #expect(guessed.lines.count == 2)
        #expect(kept.stdout == guessed.stdout)
    }

    @Test func aSheetThatCannotBeReadGetsADraftWithWhatToDecide() throws {
        let dir = TempDir()
        let path = dir.write("slashes.csv", "date,title\n03/04/2026,One\n05/06/2026,Two\n")
        let r = try Sitrep.run(["profile", path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("# DECIDE: 'date' holds dates, but no day in it is above 12"), "\(r.stdout)")
        #expect(r.stderr.contains("decide what the comments marked DECIDE ask"))
        let check = try Sitrep.run(["check", path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("sitrep profile \(path)"))
    }

    @Test func aSheetAProfileReadsIsLeftToIt() throws {
        let dir = TempDir()
        let path = dir.write("alerts.csv", "region,started_at,finished_at\nKyiv City,2024-11-02 10:00:00+00:00,\n")
        let r = try Sitrep.run(["profile", path])
        #expect(r.status == 0)
        #expect(r.stdout.isEmpty)
        #expect(r.stderr.contains("the profile 'alerts' already reads this sheet"))
    }

    /// Every part of an Air Force target that names no region is listed by `check`, with its count.
    @Test func checkListsTheTargetNamesTheProfileDropped() throws {
        let dir = TempDir()
        let header =
            "time_start,time_end,model,launch_place,target,launched,destroyed"
        let path = dir.write(
            "attacks.csv",
            """
            \(header)
            2024-11-26 00:00,2024-11-26 09:00,Shahed-136/131,Kursk oblast,Kyiv oblast (south) and Kyiv,188.0,76.0
            2024-11-27 03:00,2024-11-27 06:00,Kh-101,Engels,"Dnipropetrovsk oblast, Dnipro Raion",10.0,8.0
            2024-11-28 03:00,2024-11-28 06:00,Kh-101,Engels,south,4.0,4.0
            2024-11-29 03:00,2024-11-29 06:00,Kh-101,Engels,South and Kryvyi Rih,4.0,4.0

            """)
        let r = try Sitrep.run(["check", path])
        #expect(r.status == 0)
        #expect(
            r.lines == [
                "\(path): names in region cells that name no region, kept in the location only (profile 'airforce'; 2):",
                "        1  South",
                "        1  south",
                "4 events, 0 errors, 0 warnings in 1 file",
            ])
        let regions = try Sitrep.run(["summary", "--by", "region", "--format", "csv", path])
        #expect(regions.lines.contains("Kyiv City,1"), "\(regions.stdout)")
        #expect(regions.lines.contains("Kyiv Oblast,1"), "\(regions.stdout)")
        // Kryvyi Rih is a city of Dnipropetrovsk Oblast, as the other row's oblast is.
        #expect(regions.lines.contains("Dnipropetrovsk Oblast,2"), "\(regions.stdout)")
    }
}
