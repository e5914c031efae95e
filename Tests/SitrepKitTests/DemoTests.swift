import Testing
@testable import SitrepKit

@Suite("Demo events")
struct DemoTests {
    let store = Loader.load(DemoEvents.sources)

    @Test func demoLoadsCleanly() {
        #expect(store.diagnostics.isEmpty)
        #expect(store.files.map(\.eventCount) == [22, 1889])
    }

    /// The expected numbers were computed from the original file, independently of sitrep, with
    /// `tail -n +2 alerts-2024-11.csv | cut -d, -f1 | sort | uniq -c`, and each spelling was mapped
    /// to its region by hand from the shared region table.
    @Test func alertCountsPerRegionMatchAnIndependentCount() {
        let expected: [String: Int] = [
            "Dnipropetrovsk Oblast": 222, "Kharkiv Oblast": 169, "Donetsk Oblast": 139, "Zaporizhzhia Oblast": 136,
            "Kirovohrad Oblast": 128, "Kherson Oblast": 122, "Sumy Oblast": 119, "Poltava Oblast": 119,
            "Mykolaiv Oblast": 106,
            "Kyiv Oblast": 101, "Chernihiv Oblast": 93, "Cherkasy Oblast": 87, "Kyiv City": 72, "Zhytomyr Oblast": 55,
            "Odesa Oblast": 55, "Khmelnytskyi Oblast": 37, "Vinnytsia Oblast": 35, "Rivne Oblast": 20,
            "Lviv Oblast": 15,
            "Ternopil Oblast": 14, "Ivano-Frankivsk Oblast": 14, "Chernivtsi Oblast": 12, "Volyn Oblast": 10,
            "Zakarpattia Oblast": 9,
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
        #expect(
            e.figures.map(\.name) == [
                "drones_launched", "drones_shot_down", "drones_jammed", "regions_affected", "ballistic_missiles",
            ])
        #expect(e.figures.first?.value == 188)
        #expect(e.sources == ["DW", "Reuters", "AFP", "AP", "dpa"])
        #expect(e.extra == [ExtraField(name: "reported_by", text: "Ukrainian Air Force")])
    }

    /// Every demo event names the publisher of the report it was written from (DW's live blog of
    /// 26 November or Al Jazeera's list of 20 November), and the fields that only some reports
    /// support appear wherever they do: the day of the war on every item of the day-1,000 list.
    @Test func newsEventsCreditTheirPublisher() {
        let news = (0..<store.count).map { store.event(at: $0).event }.filter { $0.id.hasPrefix("demo-") }
        #expect(news.count == 22)
        for e in news {
            let publishers = e.sources.filter { $0 == "DW" || $0 == "Al Jazeera" }
            #expect(publishers.count == 1, "\(e.id) credits \(e.sources)")
            let dayOfWar = e.extra.contains { $0.name == "day_of_war" }
            #expect(dayOfWar == (publishers.first == "Al Jazeera"), "\(e.id): day_of_war only on the day-1,000 list")
        }
        // One rule for the two political categories: a stance or meeting addressed to other states
        // is diplomacy; a decision a state takes for itself (a doctrine, a law) is politics.
        let politics = news.filter { $0.category == "politics" }.map(\.id)
        #expect(politics == ["demo-2024-11-20-never-submit"])
    }
}
