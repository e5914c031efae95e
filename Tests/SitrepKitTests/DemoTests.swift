import Testing
@testable import SitrepKit

@Suite("Demo events")
struct DemoTests {
    let store = Loader.load(DemoEvents.sources)

    @Test func demoLoadsCleanly() {
        #expect(store.diagnostics.isEmpty)
        #expect(store.files.map(\.eventCount) == [20, 1889])
    }

    /// The expected numbers were computed from the original file, independently of sitrep, with
    /// `tail -n +2 alerts-2024-11.csv | cut -d, -f1 | sort | uniq -c`, and each spelling was mapped
    /// to its region by hand from the shared region table.
    @Test func alertCountsPerRegionMatchAnIndependentCount() {
        let expected: [String: Int] = [
            "Dnipropetrovsk Oblast": 222, "Kharkiv Oblast": 169, "Donetsk Oblast": 139, "Zaporizhzhia Oblast": 136,
            "Kirovohrad Oblast": 128, "Kherson Oblast": 122, "Sumy Oblast": 119, "Poltava Oblast": 119, "Mykolaiv Oblast": 106,
            "Kyiv Oblast": 101, "Chernihiv Oblast": 93, "Cherkasy Oblast": 87, "Kyiv City": 72, "Zhytomyr Oblast": 55,
            "Odesa Oblast": 55, "Khmelnytskyi Oblast": 37, "Vinnytsia Oblast": 35, "Rivne Oblast": 20, "Lviv Oblast": 15,
            "Ternopil Oblast": 14, "Ivano-Frankivsk Oblast": 14, "Chernivtsi Oblast": 12, "Volyn Oblast": 10, "Zakarpattia Oblast": 9,
        ]
        #expect(expected.values.reduce(0, +) == 1889)
        let alerts = Loader.load([DemoEvents.sources[1]])
        var counts: [String: Int] = [:]
        for c in alerts.counts(by: .region) { counts[c.key] = c.count }
        #expect(counts == expected)
    }

    @Test func newsEventsCarryTheReportedFigures() throws {
        let i = try #require(store.position(ofID: "demo-2024-11-26-record-drones"))
        let e = store.event(at: i).event
        #expect(e.figures.map(\.name) == ["drones_launched", "drones_shot_down", "drones_jammed", "regions_affected", "ballistic_missiles"])
        #expect(e.figures.first?.value == 188)
        #expect(e.sources == ["Reuters", "AFP", "AP", "dpa"])
        #expect(e.extra == [ExtraField(name: "reported_by", text: "Ukrainian Air Force")])
    }
}
