import Testing
@testable import SitrepKit
import SitrepTestSupport

/// `summary` counts plain CSV records without making events (`CSVEventReader.countQuickly`); every
/// other record goes the general way. Whatever the mix, the counts and messages must be the ones a
/// full load gives.
@Suite("CSV counted quickly")
struct CSVQuickCountTests {
    /// Region cells as alert logs write them, and the ways a record can need the general reader.
    static let regionCells = [
        "Kharkivska oblast", "Kyiv City", " Sumska oblast ", "\"Donetska oblast\"", "\"Odes\"\"ka\"",
        "Nowhere oblast", "", "Lvivska oblast;Volynska oblast", "Харківська область",
    ]
    static let timeCells = [
        "2024-11-01 00:32:41+00:00", "2024-11-02 10:00:00", "2024-11-03T05:00:00Z", "\"2024-11-04 01:00:00+00:00\"",
        "2024-13-01 00:00:00", "", "yesterday", "2024-11-05",
    ]

    /// One generated alert log: plain records and every kind of corner, in random order.
    static func alertLog(rows: Int, seed: UInt64, official: Bool) -> [UInt8] {
        var rng = SeededRandom(seed: seed)
        func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
        var out = Array(
            (official
                ? "oblast,raion,hromada,level,started_at,finished_at,source\n"
                : "region,started_at,finished_at,naive\n").utf8)
        for i in 0..<rows {
            let plain = rng.next() % 3 != 0
            let region = plain ? pick(Array(regionCells.prefix(3))) : pick(regionCells)
            let start = plain ? timeCells[0] : pick(timeCells)
            let end =
                plain
                ? "2024-11-01 01:\(10 + i % 50):00+00:00"
                : pick([
                    "", "2024-10-01 00:00:00+00:00", "bad end", "\"2024-11-09 00:00:00\"", "2024-11-09 00:00:00+00:00",
                ])
            var cells =
                official
                ? [
                    region, pick(["", "Lubenskyi raion", "Poltavska oblast"]), "",
                    pick(["oblast", "raion", "hromada"]), start, end, "official",
                ]
                : [region, start, end, pick(["False", "True", " true "])]
            if !plain, rng.next() % 4 == 0 { cells.append("extra") }
            if !plain, rng.next() % 5 == 0 { cells.removeLast() }
            out += Array(cells.joined(separator: ",").utf8)
            if !plain, rng.next() % 7 == 0 { out += [0xFF] }
            // A NUL early in a file marks the whole file binary: only late records hold one.
            if !plain, i > rows - 200, rng.next() % 11 == 0 { out += [0x00] }
            out += Array((rng.next() % 5 == 0 ? "\r\n" : "\n").utf8)
        }
        return out
    }

    /// A sheet with a user's profile: one time column, a title, an id, coordinates, lists.
    static func sheet(rows: Int, seed: UInt64) -> [UInt8] {
        var rng = SeededRandom(seed: seed)
        func pick<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
        var out = Array("id,when,headline,oblast,source,lat,lon\n".utf8)
        for i in 0..<rows {
            let plain = rng.next() % 2 == 0
            let cells = [
                plain ? "e\(i)" : pick(["", "e\(i)", String(repeating: "x", count: 1100)]),
                plain ? "2024-11-\(10 + i % 9)" : pick(timeCells),
                plain ? "Shelling of a village" : pick(["", "  ", "\"Drones, again\"", "Strike"]),
                plain ? pick(Array(regionCells.prefix(3))) : pick(regionCells),
                plain ? "Suspilne" : pick(["", "A; B", String(repeating: "S;", count: 300)]),
                plain ? "" : pick(["", "48.5", "north"]), plain ? "" : pick(["", "35.0", "200"]),
            ]
            out += Array(cells.joined(separator: ",").utf8) + [0x0A]
        }
        return out
    }

    static var sheetProfile: CSVProfile {
        var p = CSVProfile(name: "desk", summary: "a desk's sheet", detect: ["when", "headline"], time: ["when"])
        p.id = "id"
        p.title = "headline"
        p.region = ["oblast"]
        p.regionSeparators = [";"]
        p.sources = ["source"]
        p.separator = ";"
        p.latitude = "lat"
        p.longitude = "lon"
        return p
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func countingGivesTheCountsAndMessagesOfAFullLoad(seed: UInt64) {
        let dir = TempDir()
        let paths = [
            dir.write("volunteer.csv", bytes: Self.alertLog(rows: 1500, seed: seed, official: false)),
            dir.write("official.csv", bytes: Self.alertLog(rows: 1500, seed: seed + 100, official: true)),
            dir.write("sheet.csv", bytes: Self.sheet(rows: 1500, seed: seed + 200)),
        ]
        for threads in [1, 3] {
            var options = LoadOptions()
            options.threads = threads
            options.splitThreshold = 4000
            options.profiles = [Self.sheetProfile] + CSVProfile.builtIn
            let store = Loader.load(paths.map(EventSource.file), options: options)
            #expect(
                store.count > 2000 && store.messages.count > 300,
                "the files mix plain records and problems: \(store.files.map(\.eventCount)) \(store.messages.prefix(3))"
            )
            for facet in Facet.allCases {
                options.countingBy = facet
                let counted = EventLibrary(sources: paths.map(EventSource.file), options: options).countAll()
                #expect(counted.counts == store.counts(by: facet), "\(facet), \(threads) threads")
                #expect(counted.total == store.count)
                #expect(counted.store.messages == store.messages)
                #expect(counted.store.files.map(\.eventCount) == store.files.map(\.eventCount))
            }
        }
    }

    /// Everything the store says of each event, to compare two loads.
    static func described(_ store: EventStore) -> [String] {
        (0..<store.count).map { i in
            "\(store.id(at: i)) \(store.time(at: i)) \(store.title(at: i)) \(store.regions(at: i)) \(store.sources(at: i)) \(store.tags(at: i)) "
                + "\(store.figures(at: i)) \(store.category(at: i) ?? "-") \(store.flags(at: i).rawValue) \(store.origin(at: i))"
        }
    }

    @Test(arguments: [UInt64(4), 5])
    func plainAlertsAreKeptAsTheGeneralReaderKeepsThem(seed: UInt64) {
        let dir = TempDir()
        // Repeats included: two equal alerts get numbered ids whichever way each was read.
        let volunteer = Self.alertLog(rows: 1500, seed: seed, official: false)
        let paths = [
            dir.write("volunteer.csv", bytes: volunteer + Array(volunteer.drop { $0 != 0x0A }.dropFirst())),
            dir.write("official.csv", bytes: Self.alertLog(rows: 1500, seed: seed + 100, official: true)),
            Fixtures.path("alerts-official-2024-04.csv"), Fixtures.path("alerts-volunteer-2024-04.csv"),
        ]
        for threads in [1, 3] {
            var options = LoadOptions()
            options.threads = threads
            options.splitThreshold = 4000
            let quick = Loader.load(paths.map(EventSource.file), options: options)
            options.quickLanes = false
            let general = Loader.load(paths.map(EventSource.file), options: options)
            #expect(quick.count > 4000 && quick.messages.count > 300)
            #expect(Self.described(quick) == Self.described(general), "\(threads) threads")
            #expect(quick.messages == general.messages)
            // The detail view reads a record again the general way and finds the same event.
            for i in stride(from: 0, to: quick.count, by: 97) {
                let (event, stale) = quick.event(at: i)
                #expect(!stale && event.title == quick.title(at: i))
            }
        }
    }
}
