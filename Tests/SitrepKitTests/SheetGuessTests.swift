import Foundation
import SitrepTestSupport
import Testing

@testable import SitrepKit

/// Sheets of random shape, read without a profile, against the same sheets read with a profile
/// written by hand for each: the two must give the same events.
@Suite("Sheets read without a profile")
struct SheetGuessTests {
    /// One generated sheet: its text, and the profile a person would write for it.
    struct Sheet {
        var text: String
        var profile: String
        var rows: Int
    }

    enum DateOrder: CaseIterable { case iso, dotted, slashDay, slashMonth, yearFirst, shortDotted }

    static let headers: [[String]] = [
        // time, clock, region, title, category, figure
        ["Date", "Time", "Region", "Title", "Category", "Killed"],
        ["Дата", "Час", "Область", "Подія", "Тип", "Загиблі"],
        ["Дата", "Время", "Регион", "Событие", "Категория", "Погибшие"],
        ["when", "at", "oblast", "Report", "Sort", "count"],
    ]
    static let regions = [
        "Харківська область", "Kharkiv Oblast", "Сумська", "Донецкая область", "Kyiv City", "Odesa",
        "Zaporizhzhia Oblast", "Dnipropetrovsk", "Belgorod Oblast",
    ]
    static let words = [
        "drones", "shelled", "village", "strike", "power", "line", "attack", "repelled", "units", "bridge",
        "damaged", "reported", "near", "front", "overnight", "missile", "\"Kalibr\"", "Kupiansk", "Сумах", "удар",
    ]
    static let categories = ["shelling", "air strike", "drone attack", "ground fighting"]

    static func sheet(seed: UInt64) -> Sheet {
        var r = SeededRandom(seed: seed)
        let names = headers[r.next(headers.count)]
        let neutral = names[3] == "Report"
        let rows = neutral ? 12 + r.next(30) : 1 + r.next(40)
        let delimiter = [",", ";", "\t", "|"][r.next(4)]
        let order = DateOrder.allCases[r.next(DateOrder.allCases.count)]
        let withClock = r.next(2) == 0
        let clockApart = withClock && r.next(2) == 0
        let lineEnd = r.next(2) == 0 ? "\n" : "\r\n"
        let (day, clockLayout): (String, String) = {
            switch order {
            case .iso: return ("%Y-%m-%d", " %H:%M")
            case .dotted: return ("%d.%m.%Y", " %H:%M")
            case .slashDay: return ("%d/%m/%Y", " %H:%M")
            case .slashMonth: return ("%m/%d/%Y", " %H:%M")
            case .yearFirst: return ("%Y/%m/%d", " %H:%M")
            case .shortDotted: return ("%d.%m.%y", " %H:%M")
            }
        }()
        func write(_ y: Int, _ m: Int, _ d: Int) -> String {
            let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
            return day.replacingOccurrences(of: "%Y", with: "\(y)").replacingOccurrences(of: "%y", with: two(y % 100))
                .replacingOccurrences(of: "%m", with: two(m)).replacingOccurrences(of: "%d", with: two(d))
        }
        func cell(_ s: String) -> String {
            let needs = s.contains(delimiter) || s.contains("\"") || s.contains("\n") || s.contains("\r")
            return needs ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        // Columns: 0 time, 1 clock (when apart), 2 region, 3 title, 4 category, 5 figure.
        var columns = [0, 2, 3, 4, 5] + (clockApart ? [1] : [])
        columns.shuffle(using: &r)
        var lines = [columns.map { cell(names[$0]) }.joined(separator: delimiter)]
        for i in 0..<rows {
            let y = 2015 + r.next(12), m = 1 + r.next(12)
            // A day above 12 settles slashed dates; the first row has one.
            let d = i == 0 ? 13 + r.next(15) : 1 + r.next(28)
            let clock = "\(10 + r.next(14)):\(10 + r.next(50))"
            var date = write(y, m, d)
            if withClock, !clockApart { date += " " + clock }
            let title =
                (0..<(4 + r.next(8))).map { _ in words[r.next(words.count)] }.joined(separator: " ")
                + [",", ";", "|", "", ""][r.next(5)] + " \(i)"
            let values = [
                date, clock, regions[r.next(regions.count)], title, categories[r.next(categories.count)],
                r.next(4) == 0 ? "" : String(r.next(40)),
            ]
            lines.append(columns.map { cell(values[$0]) }.joined(separator: delimiter))
        }
        var text = (r.next(3) == 0 ? "\u{FEFF}" : "") + lines.joined(separator: lineEnd)
        if r.next(4) != 0 { text += lineEnd }
        // The profile a person writes for it, by the column names.
        let quote = ProfileText.quoted
        let timeColumns = [names[0]] + (clockApart ? [names[1]] : [])
        let layouts = withClock ? [day + clockLayout] + (clockApart ? [day] : []) : [day]
        let profile = """
            name = "hand"
            detect = \(quote(names[0]))
            delimiter = \(quote(delimiter))
            time = [\(timeColumns.map(quote).joined(separator: ", "))]
            time_format = [\((order == .iso ? ["iso"] : layouts).map(quote).joined(separator: ", "))]
            title = \(quote(names[3]))
            region = \(quote(names[2]))
            category = \(quote(names[4]))

            [figures]
            \(quote(names[5])) = \(quote(names[5]))

            """
        return Sheet(text: text, profile: profile, rows: rows)
    }

    struct Seen: Equatable {
        var time: EventTime
        var title: String
        var regions: [String]
        var category: String?
        var figures: [Figure]
    }

    static func events(_ store: EventStore) -> [Seen] {
        (0..<store.count).map {
            Seen(
                time: store.time(at: $0), title: store.title(at: $0), regions: store.regions(at: $0),
                category: store.category(at: $0), figures: store.figures(at: $0))
        }
    }

    @Test(arguments: 0..<200)
    func aSheetOfAnyShapeReadsAsItsHandWrittenProfileReadsIt(seed: Int) throws {
        let sheet = Self.sheet(seed: UInt64(seed))
        let dir = TempDir()
        let path = dir.write("sheet.csv", sheet.text)
        let parsed = ProfileFile.parse(sheet.profile, path: "hand.toml")
        let hand = try #require(parsed.profile, "\(parsed.problems)")
        let byHand = load([path]) { $0.profile = hand }
        let guessed = load([path])
        #expect(byHand.count == sheet.rows, "\(byHand.messages)")
        #expect(guessed.messages.isEmpty, "seed \(seed): \(guessed.messages)\n\(sheet.text.prefix(400))")
        #expect(Self.events(guessed) == Self.events(byHand), "seed \(seed)\n\(sheet.text.prefix(400))")
        #expect(guessed.files[0].guessedAs != nil)
    }

    /// What `sitrep profile` writes reads back, through the profile file reader, as the profile taken.
    @Test(arguments: 0..<50)
    func theWrittenProfileReadsBackAsTheGuess(seed: Int) throws {
        let sheet = Self.sheet(seed: UInt64(seed))
        var body = Array(sheet.text.utf8)
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        let reading = try #require(
            body.withUnsafeBufferPointer { SheetGuess.read($0, complete: true, gazetteer: .builtIn) })
        #expect(reading.doubts.isEmpty)
        let text = ProfileText.toml(reading.profile, comments: ["read as: \(reading.said)"])
        let parsed = ProfileFile.parse(text, path: "guessed.toml")
        var back = try #require(parsed.profile, "\(parsed.problems)\n\(text)")
        back.guessedAs = reading.profile.guessedAs
        #expect(back == reading.profile, "\(text)")
    }

    /// Column names with quotes, backslashes, tabs and line separators survive the written profile.
    @Test func hostileColumnNamesSurviveTheWrittenProfile() throws {
        let names = ["say \"when\"", "back\\slash", "tab\there", "Дата\u{2028}x", "c1\u{85}", "x\u{1B}[2J"]
        var p = CSVProfile(name: "odd", summary: "odd", detect: [names[0]], time: [names[0]])
        p.title = names[1]
        p.region = [names[2]]
        p.category = names[3]
        p.figures = [.init(column: names[4], figure: names[5])]
        let parsed = ProfileFile.parse(ProfileText.toml(p), path: "odd.toml")
        let back = try #require(parsed.profile, "\(parsed.problems)")
        #expect(back == p)
    }

    func refusal(_ text: String) -> String {
        let dir = TempDir()
        let store = load([dir.write("sheet.csv", text)])
        #expect(store.count == 0)
        return store.messages.joined(separator: "\n")
    }

    @Test func slashedDatesWhoseDaysAreAllTwelveOrLessAreRefused() {
        let message = refusal("date,title\n03/04/2026,One\n05/06/2026,Two\n12/01/2026,Three\n")
        #expect(message.contains("day-first and month-first cannot be told apart"), "\(message)")
        #expect(message.contains("sitrep profile"))
        #expect(message.hasSuffix("file skipped"))
    }

    @Test func aMixOfDayFirstAndMonthFirstIsRefused() {
        let message = refusal("date,title\n13/04/2026,One\n05/26/2026,Two\n")
        #expect(message.contains("mix day-first"), "\(message)")
    }

    @Test func aSheetWithoutTimesIsRefused() {
        let message = refusal("Область;Подія\nСумська;Удар\n")
        #expect(message.contains("no column holds dates or times"), "\(message)")
        #expect(message.contains("'Область'"))
    }

    @Test func twoTimeColumnsEquallyLikelyAreRefused() {
        let message = refusal("a,b,title\n2026-12-01,2026-12-02,One\n2026-12-03,2026-12-04,Two\n")
        #expect(message.contains("'a', 'b' could each be the time"), "\(message)")
    }

    @Test func aNamedStartWinsOverAnEnd() {
        let dir = TempDir()
        let store = load([dir.write("s.csv", "ended,started,what\n2026-12-02,2026-12-01,One\n")])
        #expect(store.count == 1)
        #expect(store.files[0].guessedAs?.hasPrefix("time = started (ISO)") == true)
    }

    @Test func theIssuesExampleSaysWhatItTook() {
        let dir = TempDir()
        let store = load([
            dir.write("desk.csv", "Дата;Область;Подія;Загиблі\n07.12.2026;Харківська область;Обстріл;2\n")
        ])
        #expect(
            store.files[0].guessedAs
                == "time = Дата (day-first, dotted dates are day-first), region = Область (100% known), title = Подія, figure Загиблі; separated by ';'"
        )
        #expect(store.regions(at: 0) == ["Kharkiv Oblast"])
        #expect(store.figures(at: 0) == [Figure(name: "Загиблі", value: 2)])
    }

    @Test func longNotesWithoutAHeadlineGiveTheirFirstSentence() {
        let notes = String(repeating: "Forces shelled the outskirts of the town with artillery ", count: 3)
        let dir = TempDir()
        let store = load([dir.write("n.csv", "day,notes\n2026-12-01,\(notes). More words follow here.\n")])
        #expect(store.count == 1)
        #expect(store.files[0].guessedAs?.contains("title = the first sentence of notes") == true)
    }

    /// A sheet no profile matches is read only from its first rows: the guess for a large sheet
    /// costs what it costs for a small one.
    @Test func onlyTheFirstRowsAreRead() {
        var text = "date,title\n"
        for i in 0..<40_000 { text += "2026-12-0\(1 + i % 9),Event number \(i)\n" }
        // Past what is sampled: a row the guess never sees, which does not change it.
        text += "not a date,Late row\n"
        let dir = TempDir()
        let store = load([dir.write("big.csv", text)])
        #expect(text.utf8.count > SheetGuess.sampleBytes)
        #expect(store.count == 40_000)
        #expect(store.messages.count == 1)
        #expect(store.messages.first?.contains("bad time \"not a date\"") == true)
    }
}
