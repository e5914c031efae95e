import Testing
@testable import SitrepKit
import SitrepTestSupport

@Suite("CSV reading")
struct CSVTests {
    func records(_ text: String) -> [[String]] {
        CSVParser.records(of: text).map { $0.fields.map(\.text) }
    }

    @Test func rfc4180Quoting() {
        #expect(records("a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
        #expect(
            records("a,\"b,c\",\"say \"\"hi\"\"\"\r\nx,\"two\nlines\",z") == [
                ["a", "b,c", "say \"hi\""], ["x", "two\nlines", "z"],
            ])
        #expect(records("a,,\n") == [["a", "", ""]])
        #expect(records("\u{FEFF}h1,h2\n1,2") == [["h1", "h2"], ["1", "2"]])
        // Text after a closing quote is kept; a CR is dropped only before the line end.
        #expect(records("x,\"ab\"c\r,z\r\ny,\"ab\"c\r\n") == [["x", "abc\r", "z"], ["y", "abc"]])
    }

    @Test func recordsKnowTheirLineAndColumns() {
        let r = CSVParser.records(of: "h1,h2\n\"multi\nline\",Київ,x\nnext,row\n")
        #expect(r.map(\.line) == [1, 2, 4])
        #expect(r[1].fields.map(\.column) == [1, 7, 12])
        #expect(r[1].fields[2].line == 3)
    }

    @Test func delimiterFromTheHeader() {
        let semicolon = Array("a;b;c\n".utf8)
        semicolon.withUnsafeBufferPointer { #expect(CSVParser.delimiter(ofHeader: $0) == UInt8(ascii: ";")) }
        Array("a\tb\n".utf8).withUnsafeBufferPointer { #expect(CSVParser.delimiter(ofHeader: $0) == 0x09) }
        Array("a,b;c\n".utf8).withUnsafeBufferPointer {
            #expect(CSVParser.delimiter(ofHeader: $0) == UInt8(ascii: ","))
        }
    }

    @Test func acledThirtyOneColumns() throws {
        let path = Fixtures.path("acled-31.csv")
        let store = load([path])
        #expect(store.files.first?.profileName == "acled")
        #expect(store.count == 3)
        #expect(
            store.messages == [
                "\(path):5:11: error: bad time \"not a date\": expected a date as YYYY-MM-DD (formats: iso, %d/%m/%Y, %d/%m/%Y %H:%M:%S, %d/%m/%Y %H:%M); record skipped",
                "\(path):6:293: warning: 'fatalities' is not a number; figure left out",
            ])
        let kopanky = try #require((0..<store.count).first { store.id(at: $0) == "UKR200001" })
        let e = store.event(at: kopanky).event
        #expect(e.time == EventTime(milliseconds: 1_732_579_200_000, precision: .day))
        // The date clause the notes open with is dropped: the time column gives the date.
        #expect(e.title == "Russian forces took control of Kopanky, south of Kupiansk (Kharkiv)")
        #expect(e.body?.hasPrefix("On 26 November 2024, Russian forces") == true)
        #expect(e.category == "Battles")
        #expect(e.subcategory == "Non-state actor overtakes territory")
        #expect(e.regions == ["Kharkiv Oblast"])
        #expect(e.location == "Kopanky")
        #expect(e.sources == ["Interfax", "Ministry of Defence of Russia"])
        #expect(e.actors == ["Military Forces of Russia (2000-)", "Military Forces of Ukraine (2019-)"])
        #expect(e.figures == [Figure(name: "fatalities", value: 0)])
        #expect(e.latitude == 49.63 && e.longitude == 37.62)
        #expect(e.body?.hasSuffix("Fatalities unknown.") == true)
        #expect(e.extra.contains(ExtraField(name: "admin2", text: "Kupianskyi")))
        #expect(e.extra.contains(ExtraField(name: "timestamp", text: "1733183000")))
        #expect(!e.extra.contains { $0.name == "notes" || $0.name == "admin1" })
        // A column named like a native field is kept under the profile's name, so JSON Lines can hold it.
        #expect(e.extra.contains(ExtraField(name: "acled_region", text: "Europe")))
        let kyiv = try #require((0..<store.count).first { store.id(at: $0) == "UKR200002" })
        #expect(store.event(at: kyiv).event.body?.contains("\"several\" cars.\nDebris") == true)
        #expect(store.tags(at: kyiv) == ["casualties unknown"])
    }

    @Test func acledVariantWithExtraColumnsCRLFAndBOM() {
        let store = load([Fixtures.path("acled-variant.csv")])
        #expect(store.files.first?.profileName == "acled")
        #expect(store.count == 3)
        #expect(store.errorCount == 0)
        #expect((0..<store.count).map { store.time(at: $0).isoText } == ["2024-11-20", "2024-11-26", "2024-11-26"])
        #expect(store.event(at: 1).event.extra.contains(ExtraField(name: "acled_id", text: "9000")))
        #expect(store.event(at: 1).event.extra.contains { $0.name == "actor_dyad" })
        #expect(store.regions(at: 2) == ["Kyiv City"])
    }

    @Test func viina() {
        let store = load([Fixtures.path("viina-event-info.csv")])
        #expect(store.files.first?.profileName == "viina")
        #expect(store.diagnostics.isEmpty)
        #expect(
            (0..<store.count).map { store.time(at: $0).isoText } == [
                "2024-11-20T07:15Z", "2024-11-26", "2024-11-26T14:35Z",
            ])
        #expect(
            (0..<store.count).map { store.regions(at: $0) } == [["Kyiv City"], ["Donetsk Oblast"], ["Kharkiv Oblast"]])
        let e = store.event(at: 2).event
        #expect(e.title == "Окупанти обстріляли Куп'янськ, пошкоджено будинки")
        #expect(e.url == "https://suspilne.media/example/1")
        #expect(e.sources == ["suspilne"])
        #expect(e.location == "Куп'янськ")
        #expect(e.id == "2024112614350001")
    }

    @Test func airRaidAlerts() {
        let store = load([Fixtures.path("alerts-volunteer.csv"), Fixtures.path("alerts-official.csv")])
        #expect(store.files.map(\.profileName) == ["alerts", "alerts-official"])
        #expect(store.diagnostics.isEmpty)
        #expect(
            store.titles == [
                "Air-raid alert in Kharkiv Oblast (1 h 44 min)",
                "Air-raid alert in Donetsk Oblast (1 h 27 min)",
                "Air-raid alert in Kyiv City (30 min, end estimated)",
                "Air-raid alert in Kharkiv Oblast (1 h 31 min)",
                "Air-raid alert in Kyiv City (ongoing)",
            ])
        #expect(store.figures(at: 0) == [Figure(name: "duration_min", value: 104.1)])
        #expect(store.tags(at: 2) == ["end-estimated"])
        #expect(store.tags(at: 4) == ["ongoing"])
        #expect(store.category(at: 0) == "air-raid alert")
        #expect(store.time(at: 0) == EventTime(milliseconds: 1_730_421_161_000, precision: .second))
    }

    @Test func unknownLayoutSaysWhatItSaw() {
        let dir = TempDir()
        let path = dir.write("x.csv", "where,what\nSumy,thing\n")
        let store = load([path])
        #expect(store.count == 0)
        #expect(store.messages.count == 1)
        #expect(
            store.messages[0].hasPrefix(
                "\(path):1:1: error: unknown CSV layout: no profile matches the columns where, what, and the sheet cannot be read without one: no column holds dates"
            ))
        // With a time column it is read, and what was taken is said.
        let readable = load([dir.write("y.csv", "when,what\n2024-01-01,thing\n")])
        #expect(readable.titles == ["thing"])
        #expect(readable.files[0].guessedAs == "time = when (ISO), title = what")
    }

    /// A sheet with both `Date` and `date`: the profile's name is matched with its case first, and
    /// the likeness is warned about; `%y` reads the two-digit years.
    @Test func columnsMatchByExactCaseFirst() throws {
        let dir = TempDir()
        let path = dir.write("cased.csv", "Date,date,title\n05.03.22,2022-03-06,One\n")
        func profile(_ time: String, _ format: String) throws -> CSVProfile {
            let text = "time = \"\(time)\"\ntime_format = \"\(format)\"\ntitle = \"title\"\n"
            return try #require(ProfileFile.parse(text, path: "p.toml").profile)
        }
        let lower = load([path]) { $0.profile = try? profile("date", "iso") }
        #expect(lower.time(at: 0) == EventTime(milliseconds: 1_646_524_800_000, precision: .day))
        #expect(
            lower.messages == [
                "\(path):1:1: warning: the columns 'Date', 'date' differ only in case; 'date' reads 'date' (column 2): name the column with its exact case in the profile"
            ])
        let upper = load([path]) { $0.profile = try? profile("Date", "%d.%m.%y") }
        #expect(upper.time(at: 0) == EventTime(milliseconds: 1_646_438_400_000, precision: .day))
        #expect(upper.messages.first?.contains("'Date' reads 'Date' (column 1)") == true)
        // A profile that names neither as written reads the first, and says so.
        let other = load([path]) { $0.profile = try? profile("DATE", "%d.%m.%y") }
        #expect(other.count == 1)
        #expect(other.messages.first?.contains("'DATE' reads 'Date' (column 1)") == true)
    }

    /// A column the profile both detects and reads (the time, mostly) is named once in the message.
    @Test func aMissingColumnIsNamedOnce() throws {
        let dir = TempDir()
        let path = dir.write("s.csv", "Date,Headline\n2026-12-01,One\n")
        let text = "detect = [\"When\", \"Headline\"]\ntime = \"When\"\ntitle = \"Headline\"\n"
        let profile = try #require(ProfileFile.parse(text, path: "p.toml").profile)
        let store = load([path]) { $0.profile = profile }
        #expect(
            store.messages == [
                "\(path):1:1: error: profile 'p' needs the columns When, which the header lacks; file skipped"
            ])
    }

    @Test func twoDigitYearsReadAsPOSIXReadsThem() throws {
        let zone = DisplayZone.utc
        let p = try TimePattern("%d.%m.%y")
        for (text, year) in [("01.02.00", 2000), ("01.02.68", 2068), ("01.02.69", 1969), ("01.02.99", 1999)] {
            guard case .success(let t) = p.parse(text, zone: zone) else {
                Issue.record("\(text)")
                continue
            }
            #expect(CivilTime(secondsSinceEpoch: t.milliseconds / 1000).year == year, "\(text)")
        }
        #expect(throws: TimeParseError.self) { try TimePattern("%d.%m") }
        if case .success = p.parse("01.02.2022", zone: zone) { Issue.record("four digits are not %y") }
    }

    /// A profile's aliases move its own files' events only: `Kyiv` is the capital in the desk's
    /// sheet, and stays the oblast in a JSON Lines feed loaded beside it.
    @Test func aProfilesAliasesMoveOnlyItsFiles() throws {
        let dir = TempDir()
        let sheet = dir.write("desk.csv", "Date,Headline,Where\n2026-12-01,Strike,Kyiv\n2026-12-02,Alert,Kharkiv\n")
        let feed = dir.write("feed.jsonl", "{\"time\": \"2026-12-01\", \"title\": \"Other\", \"region\": \"Kyiv\"}\n")
        let text = """
            detect = ["Date", "Headline"]
            time = "Date"
            title = "Headline"
            region = "Where"

            [aliases]
            "KYIV" = "Kyiv City"

            """
        let parsed = ProfileFile.parse(text, path: "desk.toml")
        let profile = try #require(parsed.profile, "\(parsed.problems)")
        #expect(profile.aliases == ["kyiv": "Kyiv City"])
        let store = load([sheet, feed]) { $0.profiles = [profile] + CSVProfile.builtIn }
        let regions = Dictionary(
            uniqueKeysWithValues: (0..<store.count).map { (store.title(at: $0), store.regions(at: $0)) })
        #expect(regions == ["Strike": ["Kyiv City"], "Alert": ["Kharkiv Oblast"], "Other": ["Kyiv Oblast"]])
        // What sitrep profile writes keeps them.
        #expect(ProfileText.toml(profile).contains("[aliases]\n\"kyiv\" = \"Kyiv City\""))
        let bad = ProfileFile.parse("time = \"t\"\ntitle = \"x\"\n[aliases]\nKyiv = 3\n", path: "b.toml")
        #expect(bad.problems.map(\.message) == ["alias 'Kyiv' must name a region: \"Kyiv\" = \"Kyiv City\""])
    }

    @Test func unterminatedQuoteLosesOnlyTheRest() {
        let dir = TempDir()
        let path = dir.write(
            "a.csv",
            "region,started_at,finished_at\nKyiv City,2024-11-02 10:00:00+00:00,\n\"Sumy,2024-11-02 11:00:00+00:00,\n")
        let store = load([path])
        #expect(store.count == 1)
        #expect(
            store.messages == [
                "\(path):3:1: error: quoted cell never closes; the rest of the file (from line 3) is skipped"
            ])
    }

    @Test func aProfileFromTOML() throws {
        let toml = """
            name = "newsdesk"
            detect = ["Date", "Headline"]
            time = ["Date", "Time"]
            time_format = ["%d.%m.%Y %H:%M", "%d.%m.%Y"]
            title = "Headline"
            region = "Oblast"
            category_value = "report"
            sources = "Source"
            separator = "|"

            [figures]
            killed = "Killed"
            """
        let parsed = ProfileFile.parse(toml, path: "newsdesk.toml")
        let profile = try #require(parsed.profile)
        #expect(parsed.problems.isEmpty)
        let dir = TempDir()
        let path = dir.write(
            "desk.csv",
            "Date;Time;Headline;Oblast;Source;Killed;Note\n26.11.2024;09:30;Shelling of Kherson;Херсонська область;AP|Suspilne;2;checked\n"
        )
        let store = load([path]) {
            $0.profiles = [profile] + CSVProfile.builtIn; $0.zone = DisplayZone("Europe/Kyiv")!
        }
        #expect(store.diagnostics.isEmpty)
        let e = store.event(at: 0).event
        #expect(e.time.isoText == "2024-11-26T07:30Z")
        #expect(e.regions == ["Kherson Oblast"])
        #expect(e.sources == ["AP", "Suspilne"])
        #expect(e.category == "report")
        #expect(e.figures == [Figure(name: "killed", value: 2)])
        #expect(e.extra == [ExtraField(name: "Note", text: "checked")])
    }

    @Test func profileErrorsHavePositions() {
        let bad = ProfileFile.parse(
            "name = \"x\"\ntime = \"Date\"\ntitle = \"T\"\ncolour = \"red\"\ntime_format = \"%Q\"\n", path: "p.toml")
        #expect(bad.profile == nil)
        #expect(bad.problems.map(\.description).contains { $0.hasPrefix("p.toml:4:1: error: unknown key 'colour'") })
        #expect(
            bad.problems.map(\.description).contains {
                $0.hasPrefix("p.toml:5:1: error: unknown letter in date layout")
            })
        let syntax = ProfileFile.parse("name = \n", path: "p.toml")
        #expect(syntax.problems.first?.line == 1)
    }
}

@Suite("Settings file")
struct UserConfigTests {
    @Test func viewsAreReadAndBadOnesReported() {
        let dir = TempDir()
        let path = dir.write(
            "config.toml",
            """
            [views]
            "Kharkiv this week" = "region:kharkiv since:7d"
            broken = "region:kursk ("
            number = 5
            """)
        let (config, problems) = UserConfig.load(from: path)
        #expect(config.views.map(\.name) == ["Kharkiv this week"])
        #expect(
            problems.map(\.description).sorted() == [
                "\(path):3:1: error: view 'broken': '(' without its ')' at column 14 of its query",
                "\(path):4:1: error: view 'number' must be a query in quotes",
            ])
        #expect(UserConfig.load(from: dir.path + "/missing.toml").problems.isEmpty)
    }

    @Test func tableNamesTheTOMLParserWouldAbortOnAreErrors() {
        let dir = TempDir()
        let config = dir.write("config.toml", "theme = \"night\"\n[$views]\n")
        #expect(
            UserConfig.load(from: config).problems.map(\.description) == [
                "\(config):2:2: error: a table name must start with a letter, digit, '_' or '-', or be in quotes"
            ])
        let profile = ProfileFile.parse("name = \"x\"\n[[é]]\n", path: "p.toml")
        #expect(profile.profile == nil && profile.problems.first?.line == 2 && profile.problems.first?.column == 3)
    }

    @Test func viewsKeepTheFilesOrder() {
        let dir = TempDir()
        let path = dir.write(
            "config.toml", "[views]\nzulu = \"cat:air\"\n'Kursk' = \"region:kursk\"\nalpha = \"drones\"\n")
        #expect(UserConfig.load(from: path).config.views.map(\.name) == ["zulu", "Kursk", "alpha"])
    }
}

@Suite("CSV from real exports")
struct CSVRealExportTests {
    /// A user's profile whose `separator` splits sources must not split the region cell: the cell
    /// "Kharkiv Oblast, Ukraine" was once counted as two regions, "Kharkiv Oblast" and "Ukraine".
    @Test func theSeparatorLeavesRegionsWhole() throws {
        let dir = TempDir()
        let profile = try #require(
            ProfileFile.parse(
                """
                time = "date"
                title = "headline"
                region = "oblast"
                sources = "sources"
                separator = ","
                """, path: "sheet.toml"
            ).profile)
        let path = dir.write(
            "sheet.csv", "date,headline,oblast,sources\n2024-11-26,Shelling,\"Kharkiv Oblast\",\"Reuters, AP\"\n")
        let store = load([path]) { $0.profile = profile }
        #expect(store.regions(at: 0) == ["Kharkiv Oblast"])
        #expect(store.event(at: 0).event.sources == ["Reuters", "AP"])
        let two = try #require(
            ProfileFile.parse(
                """
                time = "date"
                title = "headline"
                region = "target"
                separator = ","
                region_separator = [" and ", ";"]
                """, path: "attacks.toml"
            ).profile)
        let attacks = dir.write(
            "attacks.csv",
            "date,headline,target\n2024-11-26,Drones,Kharkiv oblast and Sumy oblast\n2024-11-27,Missiles,\"Odesa oblast, Odesa\"\n"
        )
        let both = load([attacks]) { $0.profile = two }
        #expect(both.regions(at: 0) == ["Kharkiv Oblast", "Sumy Oblast"])
        #expect(both.counts(by: .region).map(\.count).reduce(0, +) == 3)
    }

    @Test func invalidUTF8IsReportedPerLineWithItsColumn() {
        let dir = TempDir()
        var bytes = Array("region,started_at,finished_at\n".utf8)
        bytes += Array("Ky".utf8) + [0xFF] + Array("iv,2024-11-26T07:00:00+00:00,\n".utf8)
        bytes += Array("Kyiv,2024-11-26T08:00:00+00:00,\n".utf8)
        bytes += Array("Sumy,2024-11-26T09:00:00+00:00,2024-11-26T09:30:00+00:00".utf8) + [0xC3] + Array("\n".utf8)
        let path = dir.write("alerts.csv", bytes: bytes)
        let store = load([path])
        #expect(store.count == 3)
        #expect(
            store.messages == [
                "\(path):2:1: warning: invalid UTF-8 in 'region'; the bad bytes are shown as U+FFFD (an export from Excel or Windows? read it with --encoding windows-1252, or latin-1)",
                "\(path):4:32: warning: invalid UTF-8 in 'finished_at'; the bad bytes are shown as U+FFFD (an export from Excel or Windows? read it with --encoding windows-1252, or latin-1)",
                "\(path):4:57: warning: bad end time: unexpected text after the time; duration left out",
            ])
    }

    @Test func encodingsMapEveryByte() {
        let all = (0...255).map { UInt8($0) }
        let latin = TextEncoding.latin1.decode(all)
        #expect(latin.text.unicodeScalars.map(\.value) == (0...255).map { UInt32($0) })
        let windows = TextEncoding.windows1252.decode(all)
        #expect(windows.text.unicodeScalars.count == 256)
        #expect(
            Array(windows.text.unicodeScalars)[0x80] == "€" && Array(windows.text.unicodeScalars)[0x93] == "\u{201C}")
        #expect(!latin.invalid && !windows.invalid)
        #expect(TextEncoding.utf8.decode(all).invalid)
        #expect(
            TextEncoding(name: "CP1252") == .windows1252 && TextEncoding(name: "ISO-8859-1") == .latin1
                && TextEncoding(name: "utf8") == .utf8)
        #expect(TextEncoding(name: "koi8-r") == nil)
    }

    @Test func aProfileCanNameItsEncoding() throws {
        let dir = TempDir()
        let profile = try #require(
            ProfileFile.parse(
                """
                time = "date"
                title = "headline"
                encoding = "windows-1252"
                """, path: "excel.toml"
            ).profile)
        #expect(profile.encoding == .windows1252)
        let path = dir.write(
            "excel.csv",
            bytes: Array("date,headline\n2024-11-26,".utf8) + [0x93] + Array("Record".utf8) + [0x94]
                + Array(" night\n".utf8))
        let store = load([path]) { $0.profile = profile }
        #expect(store.diagnostics.isEmpty)
        #expect(store.event(at: 0).event.title == "\u{201C}Record\u{201D} night")
        #expect(
            ProfileFile.parse("time = \"d\"\ntitle = \"t\"\nencoding = \"morse\"\n", path: "p.toml").problems.map(
                \.description)
                == ["p.toml:3:1: error: unknown encoding 'morse' (known: utf-8, windows-1252, latin-1)"])
    }
}

@Suite("Built-in profiles for the public datasets")
struct PublicDatasetProfileTests {
    static let ucdpHeader =
        "id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob"

    /// Two rows in UCDP's layout: an ISO date and the US form a spreadsheet writes, a week-precise date.
    @Test func ucdp() throws {
        let dir = TempDir()
        let rows = [
            #"630001,UKR-2026-1-1,2026,true,Clear,1,"",1,Russia - Ukraine,1,1,Government of Russia (Soviet Union) - Government of Ukraine,1,1,Government of Russia (Soviet Union),1,1,Government of Ukraine,2,"""a"";""b""",Ukrinform;Reuters,2026-05-01;2026-05-01,Two killed in Kherson shelling;Shelling in Kherson,"",1,Kherson,Kherson,Kherson oblast,Khersonskyi raion,46.6,32.6,POINT (32.6 46.6),1,Ukraine,369,Europe,1,1,2026-05-01 00:00:00.000,2026-05-01 00:00:00.000,0,0,2,0,2,3,2,365,369"#,
            #"630002,UKR-2026-1-2,2026,true,Clear,3,"",1,Russia - Ukraine,1,1,x,1,1,Government of Russia (Soviet Union),1,1,Civilians,1,"""c""",Ukrinform,2026-05-02,Strike on Sumy,"",2,Sumy,Sumy,Sumy oblast,,50.9,34.8,POINT (34.8 50.9),1,Ukraine,369,Europe,1,3,5/2/2026 12:00:00 AM,5/8/2026 12:00:00 AM,0,0,1,0,1,1,1,365,"#,
        ]
        let path = dir.write("ged.csv", Self.ucdpHeader + "\n" + rows.joined(separator: "\n") + "\n")
        let store = load([path]) { $0.zone = DisplayZone("Europe/Kyiv") ?? .utc }
        #expect(store.files.first?.profileName == "ucdp")
        #expect(store.diagnostics.isEmpty, "\(store.messages)")
        let kherson = store.event(at: 0).event
        #expect(kherson.time.isoText == "2026-05-01")
        #expect(kherson.title == "Two killed in Kherson shelling")
        #expect(kherson.category == "state-based conflict")
        #expect(kherson.regions == ["Kherson Oblast"])
        #expect(kherson.sources == ["Ukrinform", "Reuters"])
        #expect(kherson.actors == ["Government of Russia (Soviet Union)", "Government of Ukraine"])
        #expect(kherson.figures.first == Figure(name: "best", value: 2))
        #expect(kherson.extra.contains(ExtraField(name: "date_prec", text: "1")))
        let sumy = store.event(at: 1).event
        #expect(sumy.time.isoText == "2026-05-02")
        #expect(sumy.category == "one-sided violence")
        #expect(sumy.tags == ["date within a week"])
    }

    /// The Air Force table: a title that says what happened, targets resolved where they name a region.
    @Test func airForceAttackTable() throws {
        let dir = TempDir()
        let text = """
            time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,still_attacking,border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,turbojet,turbojet_destroyed,affected region,destroyed_details,launched_details,launch_place_details,source
            2024-11-26 00:00,2024-11-26 09:00,Shahed-136/131,Kursk oblast and Oryol oblast,Ukraine,,188.0,76.0,95.0,,,1,,,,,,,,,,post1
            2024-11-26 00:00,2024-11-26 09:00,Iskander-M,Voronezh oblast,Kharkiv oblast and Sumy oblast,,4.0,,,,,0,,,,,,,,,,post1
            2024-11-27 03:00,2024-11-27 06:00,Kh-101/Kh-555,Engels,"Dnipropetrovsk oblast, Dnipro Raion",,10.0,8.0,,,,0,,,,,,,,,,post2
            """
        let path = dir.write("attacks.csv", text + "\n")
        let store = load([path])
        #expect(store.files.first?.profileName == "airforce")
        #expect(store.diagnostics.isEmpty, "\(store.messages)")
        let events = (0..<store.count).map { store.event(at: $0).event }
        #expect(
            events.map(\.title) == [
                "Shahed-136/131: 188 launched, 76 destroyed", "Iskander-M: 4 launched, ? destroyed",
                "Kh-101/Kh-555: 10 launched, 8 destroyed",
            ])
        #expect(events.map(\.regions) == [[], ["Kharkiv Oblast", "Sumy Oblast"], ["Dnipropetrovsk Oblast"]])
        #expect(
            events.map(\.location) == [
                "Ukraine", "Kharkiv oblast and Sumy oblast", "Dnipropetrovsk oblast, Dnipro Raion",
            ])
        // Kyiv time: midnight on the 26th is 22:00 UTC on the 25th.
        #expect(events[0].time.isoText == "2024-11-25T22:00Z")
        #expect(
            events[0].figures.prefix(3) == [
                Figure(name: "launched", value: 188), Figure(name: "destroyed", value: 76),
                Figure(name: "not_reach_goal", value: 95),
            ])
        #expect(events[0].subcategory == "Shahed-136/131")
    }

    /// The official log's hromada and raion alerts are titled with the part of the oblast under alert,
    /// and a row with its oblast and raion swapped (as upstream has) is read the right way round.
    @Test func officialAlertLevels() {
        let dir = TempDir()
        let path = dir.write(
            "official.csv",
            """
            oblast,raion,hromada,level,started_at,finished_at,source
            Cherkaska oblast,Cherkaskyi raion,Smilianska terytorialna hromada,hromada,2024-11-26 01:00:00+00:00,2024-11-26 01:30:00+00:00,official
            Mykolaivska oblast,Pervomaiskyi raion,m. Pervomaisk ta Pervomaiska terytorialna hromada,hromada,2024-11-26 01:05:00+00:00,2024-11-26 01:35:00+00:00,official
            Chernihivska oblast,Nizhynskyi raion,,raion,2024-11-26 01:10:00+00:00,2024-11-26 01:20:00+00:00,official
            Lubenskyi raion,Poltavska oblast,Hrebinkivska terytorialna hromada,hromada,2024-11-26 01:15:00+00:00,2024-11-26 01:25:00+00:00,official
            Kharkivska oblast,,,oblast,2024-11-26 01:20:00+00:00,2024-11-26 03:04:00+00:00,official

            """)
        let store = load([path])
        #expect(
            store.titles == [
                "Air-raid alert in Smilianska hromada, Cherkasy Oblast (30 min)",
                "Air-raid alert in Pervomaiska hromada, Mykolaiv Oblast (30 min)",
                "Air-raid alert in Nizhynskyi raion, Chernihiv Oblast (10 min)",
                "Air-raid alert in Hrebinkivska hromada, Poltava Oblast (10 min)",
                "Air-raid alert in Kharkiv Oblast (1 h 44 min)",
            ])
        #expect(store.regions(at: 3) == ["Poltava Oblast"])
        #expect(
            store.messages == [
                "\(path):5:17: warning: the oblast and raion cells look swapped (\"Lubenskyi raion\", \"Poltavska oblast\"); read as Poltava Oblast"
            ])
    }

    @Test func acledTitlesWithoutTheLeadingDate() {
        #expect(
            CSVEventReader.withoutLeadingDate("On 4 April 2024, Russian forces shelled Kharkiv.")
                == "Russian forces shelled Kharkiv.")
        #expect(
            CSVEventReader.withoutLeadingDate("Around 4 April 2024, unidentified drones hit Sumy.")
                == "Unidentified drones hit Sumy.")
        #expect(
            CSVEventReader.withoutLeadingDate("On 4 and 5 April 2024, fighting continued.") == "Fighting continued.")
        #expect(
            CSVEventReader.withoutLeadingDate("On the front line, fighting continued.")
                == "On the front line, fighting continued.")
        #expect(
            CSVEventReader.withoutLeadingDate("Russian forces shelled Kharkiv.") == "Russian forces shelled Kharkiv.")
    }

    @Test func profileFileValueMapsTemplatesAndFallbacks() throws {
        let text = """
            time = "start"
            time_fallback = ["end"]
            time_zone = "Europe/Kyiv"
            title_template = "{kind} in {place}"
            category = "kind"
            region = "place"
            [values.category]
            "1" = "shelling"
            "2" = "air strike"
            """
        let profile = try #require(ProfileFile.parse(text, path: "desk.toml").profile)
        let dir = TempDir()
        let path = dir.write(
            "desk.csv", "start,end,kind,place\n2024-11-26 08:00,,1,Kharkiv\n,2024-11-27 09:00,2,Sumy\n")
        let store = load([path]) { $0.profile = profile }
        #expect(store.diagnostics.isEmpty, "\(store.messages)")
        #expect(store.titles == ["1 in Kharkiv", "2 in Sumy"])
        #expect((0..<store.count).map { store.event(at: $0).event.category } == ["shelling", "air strike"])
        #expect((0..<store.count).map { store.time(at: $0).isoText } == ["2024-11-26T06:00Z", "2024-11-27T07:00Z"])
        #expect(
            ProfileFile.parse("time = \"d\"\ntitle = \"t\"\ntime_zone = \"Mars/Olympus\"\n", path: "p.toml").problems
                .map(\.description)
                == [
                    "p.toml:3:1: error: unknown time zone 'Mars/Olympus' (use an IANA name such as Europe/Kyiv, or an offset such as +02:00)"
                ])
    }
}
