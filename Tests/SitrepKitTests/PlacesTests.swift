import Foundation
import SitrepTestSupport
import Testing

@testable import SitrepKit

/// Ukraine's places below its regions, from KATOTTG: found by their names, resolved to their
/// regions in the sheets that name them, and suggested for names close to theirs.
@Suite("Places below regions")
struct PlacesTests {
    let places = Places.builtIn

    /// Every place is in a region the gazetteer knows; the codifier's 136 raions are all there.
    @Test func everyPlaceIsInAKnownRegion() {
        #expect(places.places.filter { $0.kind == .raion }.count == 136)
        #expect(places.places.count > 4_000)
        for p in places.places { #expect(Gazetteer.builtIn.region(named: p.region)?.name == p.region, "\(p)") }
    }

    /// The Latin spellings follow the national rules, checked against names spelt out here by hand.
    @Test func latinSpellingsFollowTheNationalRules() {
        let byName = Dictionary(places.places.map { ($0.name, $0.latin) }, uniquingKeysWith: { a, _ in a })
        for (name, latin) in [
            ("Кривий Ріг", "Kryvyi Rih"), ("Старокостянтинів", "Starokostiantyniv"), ("Яготин", "Yahotyn"),
            ("Знам’янка", "Znamianka"), ("Стрий", "Stryi"), ("Гоща", "Hoshcha"), ("Згурівка", "Zghurivka"),
            ("Щастя", "Shchastia"), ("Біла Церква", "Bila Tserkva"), ("Пирятин", "Pyriatyn"),
            ("Любешів", "Liubeshiv"), ("Кадіївка", "Kadiivka"),
        ] {
            #expect(byName[name] == latin, "\(name)")
        }
    }

    @Test func placesAreFoundByTheirNamesAndTheWordsAroundThem() {
        func region(_ s: String) -> String? {
            if case .one(let p) = places.match(s) { return p.region }
            return nil
        }
        for spelling in [
            "Kryvyi Rih", "Кривий Ріг", "м. Кривий Ріг", "KRYVYI RIH", "Kryvorizkyi Raion", "Kryvorizkyi district",
            "Криворізький район",
        ] {
            #expect(region(spelling) == "Dnipropetrovsk Oblast", "\(spelling)")
        }
        #expect(region("Starokostiantyniv") == "Khmelnytskyi Oblast")
        // A raion by the town it is named after, as the Air Force table writes it.
        #expect(region("Dnipro Raion") == "Dnipropetrovsk Oblast")
        if case .one(let p) = places.match("Dnipro Raion") { #expect(p.latin == "Dniprovskyi Raion") }
        #expect(region("Kramatorsk") == "Donetsk Oblast")
        #expect(region("Ivankivska hromada") == nil, "two hromadas of that name, in Kyiv and Cherkasy oblasts")
        guard case .several(let candidates) = places.match("Pervomaiske") else {
            Issue.record("Pervomaiske is a town in three regions")
            return
        }
        #expect(
            Set(candidates.map(\.region)) == ["Autonomous Republic of Crimea", "Donetsk Oblast", "Mykolaiv Oblast"])
    }

    /// The Air Force table's towns get their regions and keep their names as `place` and `raion`.
    @Test func townsInARegionCellResolveAndKeepTheirNames() throws {
        let dir = TempDir()
        let path = dir.write(
            "attacks.csv",
            """
            time_start,time_end,model,launch_place,target,launched,destroyed
            2024-11-26 00:00,2024-11-26 09:00,Shahed-136/131,Kursk oblast,Kryvyi Rih,188.0,76.0
            2024-11-27 03:00,2024-11-27 06:00,Kh-101,Engels,Starokostiantyniv and Kramatorsk,10.0,8.0
            2024-11-28 03:00,2024-11-28 06:00,Kh-101,Engels,Pervomaiske,4.0,4.0
            2024-11-29 03:00,2024-11-29 06:00,Kh-101,Engels,Pervomaiske,4.0,4.0

            """)
        let store = load([path])
        #expect(store.regions(at: 0) == ["Dnipropetrovsk Oblast"])
        #expect(store.regions(at: 1) == ["Khmelnytskyi Oblast", "Donetsk Oblast"])
        #expect(store.regions(at: 2) == [])
        let detail = store.event(at: 0).event
        #expect(detail.extra.first { $0.name == "place" }?.json == "\"Kryvyi Rih\"")
        #expect(detail.extra.first { $0.name == "raion" }?.json == "\"Kryvorizkyi Raion\"")
        #expect(detail.location == "Kryvyi Rih")
        // The shared name is warned about once, with the candidates, and dropped as a region.
        #expect(store.messages.count == 1, "\(store.messages)")
        #expect(
            store.messages[0].contains(
                "'Pervomaiske' names places in several regions (Pervomaiske (town, Autonomous Republic of Crimea)"))
        #expect(store.files[0].droppedNames == ["Pervomaiske": 2])
        // place: and raion: select them.
        func titles(_ text: String) throws -> [String] {
            let q = try QueryParser(gazetteer: store.gazetteer, now: 0, extraFields: store.extraFieldNames).parse(text)
            return QueryMatcher(store: store, query: q).positions().map { store.title(at: $0) }
        }
        #expect(try titles("place:\"kryvyi rih\"") == ["Shahed-136/131: 188 launched, 76 destroyed"])
        #expect(try titles("raion:khmelnytskyi") == ["Kh-101: 10 launched, 8 destroyed"])
    }

    /// A name several places share is resolved when another cell of the row names one of their regions.
    @Test func theRowsOtherCellsTellWhichPlace() throws {
        let dir = TempDir()
        let path = dir.write(
            "desk.csv",
            "date,oblast,town,what\n2026-12-01,Mykolaiv Oblast,Pervomaiske,Strike\n2026-12-02,,Kryvyi Rih,Strike\n")
        let text = "time = \"date\"\ntitle = \"what\"\nregion = \"town\"\n"
        let profile = try #require(ProfileFile.parse(text, path: "desk.toml").profile)
        let store = load([path]) { $0.profile = profile }
        #expect(store.regions(at: 0) == ["Mykolaiv Oblast"])
        #expect(store.regions(at: 1) == ["Dnipropetrovsk Oblast"])
        #expect(store.messages.isEmpty, "\(store.messages)")
        // A town column is a region column when no other says more.
        let guessed = load([
            dir.write("towns.csv", "date,town,what\n2026-12-01,Kryvyi Rih,Strike\n2026-12-02,Ivankiv,Shelling\n")
        ])
        #expect(guessed.files[0].guessedAs?.contains("region = town (100% known)") == true)
        #expect(guessed.regions(at: 1) == ["Kyiv Oblast"])
    }

    /// A misspelt town is suggested as the town, not as a region a letter or two further away.
    @Test func suggestionsUsePlaces() {
        let counts = [FacetCount(key: "Ivankov", count: 2), FacetCount(key: "Donestk", count: 1)]
        let names = UnresolvedRegion.find(in: counts, gazetteer: .builtIn)
        #expect(names[0].closestPlace?.latin == "Ivankiv")
        #expect(names[0].closest?.name == "Kyiv Oblast")
        #expect(names[1].closestPlace == nil)
        #expect(names[1].closest?.name == "Donetsk Oblast")
    }
}
