import Testing
@testable import SitrepKit

@Suite("Regions")
struct GazetteerTests {
    let g = Gazetteer.builtIn

    @Test func everyDatasetSpellingFindsItsRegion() {
        for spelling in ["Donets'k", "Donetsk", "Donetska oblast", "Donetsk Oblast", "Донецька область", "UA-14", "donetsk region", "DONETSK"] {
            #expect(g.canonicalName(spelling) == "Donetsk Oblast", "\(spelling)")
        }
        #expect(g.canonicalName("Kiev City") == "Kyiv City")
        #expect(g.canonicalName("Kyiv") == "Kyiv Oblast")
        #expect(g.canonicalName("Kyivska oblast") == "Kyiv Oblast")
        #expect(g.canonicalName("Zaporizhzhya") == "Zaporizhzhia Oblast")
        #expect(g.canonicalName("Zaporizka oblast") == "Zaporizhzhia Oblast")
        #expect(g.canonicalName("Khmel’nyts’kyy") == "Khmelnytskyi Oblast")
        #expect(g.canonicalName("Crimea") == "Autonomous Republic of Crimea")
        #expect(g.canonicalName("Харківська область") == "Kharkiv Oblast")
    }

    @Test func ukraineHasTwentySevenRegionsAndRussianBorderRegionsAreKnown() {
        #expect(g.regions.filter { $0.country == "UA" }.count == 27)
        #expect(Set(g.regions.filter { $0.country == "UA" }.map(\.code)).count == 27)
        for (spelling, name, code) in [("Kursk", "Kursk Oblast", "RU-KRS"), ("Bryansk region", "Bryansk Oblast", "RU-BRY"),
                                       ("Belgorod", "Belgorod Oblast", "RU-BEL"), ("Novgorod", "Novgorod Oblast", "RU-NGR")] {
            #expect(g.region(named: spelling)?.name == name)
            #expect(g.region(named: spelling)?.code == code)
        }
        #expect(g.conflicts.isEmpty)
    }

    @Test func everyAliasOfTheSharedTableResolves() {
        // The dataset spellings of ua-regions.csv (stars mark spellings not seen in a sample).
        let viina = ["Vinnytsya", "Volyn", "Luhans'k", "Dnipropetrovs'k", "Donets'k", "Zhytomyr", "Transcarpathia", "Zaporizhzhya",
                     "Ivano-Frankivs'k", "Kiev City", "Kiev", "Kirovohrad", "Sevastopol'", "Crimea", "L'viv", "Mykolayiv", "Odessa",
                     "Poltava", "Rivne", "Sumy", "Ternopil'", "Kharkiv", "Kherson", "Khmel'nyts'kyy", "Cherkasy", "Chernihiv", "Chernivtsi"]
        #expect(Set(viina.map(g.canonicalName)).count == 27)
        #expect(viina.allSatisfy { g.region(named: $0) != nil })
    }

    @Test func unknownNamesAreKeptTrimmed() {
        #expect(g.canonicalName("  Transnistria ") == "Transnistria")
        #expect(g.region(named: "Atlantis") == nil)
    }

    @Test func userAliases() {
        let custom = Gazetteer(csv: String(decoding: PackageResources.regions_csv, as: UTF8.self),
                               userAliases: [("Slobozhanshchyna", "Kharkiv Oblast"), ("Moon Base", "Moon")])
        #expect(custom.canonicalName("slobozhanshchyna") == "Kharkiv Oblast")
        #expect(custom.canonicalName("moon base") == "Moon")
    }

    @Test func userAliasesFile() {
        let dir = TempDir()
        let path = dir.write("regions.csv", "alias,region\nSloboda,UA-63\nbroken line\n")
        var problems: [Diagnostic] = []
        let custom = Gazetteer.withUserAliases(from: path, problems: &problems)
        #expect(custom.canonicalName("Sloboda") == "Kharkiv Oblast")
        #expect(problems.map(\.description) == ["\(path):3:1: error: expected 'alias,region'"])
    }
}
