import Testing
@testable import SitrepKit
import SitrepTestSupport

@Suite("Regions")
struct GazetteerTests {
    let g = Gazetteer.builtIn

    /// The byte-by-byte folding of ASCII spellings gives the words the scalar folding gives, for
    /// generated text with capitals, apostrophes, commas, parentheses, tabs and doubled spaces.
    @Test func asciiFoldingIsTheScalarFolding() {
        let pieces = [
            "Kharkiv", "OBLAST", "l'viv", "`", " ", "  ", "\t", ",", "(", ")", "Ivano-Frankivsk", "m.", "Zaporizhzhia",
            "-", "x1",
        ]
        var r = Random(state: 5)
        for _ in 0..<3_000 {
            let text = (0..<r.next(8)).map { _ in pieces[r.next(pieces.count)] }.joined()
            #expect(Gazetteer.words(text) == Gazetteer.scalarWords(text), "\(text)")
        }
    }

    @Test func everyDatasetSpellingFindsItsRegion() {
        for spelling in [
            "Donets'k", "Donetsk", "Donetska oblast", "Donetsk Oblast", "Донецька область", "UA-14", "donetsk region",
            "DONETSK",
        ] {
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
        for (spelling, name, code) in [
            ("Kursk", "Kursk Oblast", "RU-KRS"), ("Bryansk region", "Bryansk Oblast", "RU-BRY"),
            ("Belgorod", "Belgorod Oblast", "RU-BEL"), ("Novgorod", "Novgorod Oblast", "RU-NGR"),
        ] {
            #expect(g.region(named: spelling)?.name == name)
            #expect(g.region(named: spelling)?.code == code)
        }
        #expect(g.conflicts.isEmpty)
    }

    @Test func everyAliasOfTheSharedTableResolves() {
        // The dataset spellings of ua-regions.csv (stars mark spellings not seen in a sample).
        let viina = [
            "Vinnytsya", "Volyn", "Luhans'k", "Dnipropetrovs'k", "Donets'k", "Zhytomyr", "Transcarpathia",
            "Zaporizhzhya",
            "Ivano-Frankivs'k", "Kiev City", "Kiev", "Kirovohrad", "Sevastopol'", "Crimea", "L'viv", "Mykolayiv",
            "Odessa",
            "Poltava", "Rivne", "Sumy", "Ternopil'", "Kharkiv", "Kherson", "Khmel'nyts'kyy", "Cherkasy", "Chernihiv",
            "Chernivtsi",
        ]
        #expect(Set(viina.map(g.canonicalName)).count == 27)
        #expect(viina.allSatisfy { g.region(named: $0) != nil })
    }

    @Test func unknownNamesAreKeptTrimmed() {
        #expect(g.canonicalName("  Transnistria ") == "Transnistria")
        #expect(g.region(named: "Atlantis") == nil)
        // A list's comma left on a name does not make it a second name.
        #expect(g.canonicalName("Zashcheb'e,") == "Zashcheb'e")
        #expect(g.canonicalName(" ;Zashcheb'e ,") == "Zashcheb'e")
        #expect(g.canonicalName("Kharkiv,") == "Kharkiv Oblast")
    }

    /// The Dutch names real files use, as the German and Polish ones are known.
    @Test func dutchSpellingsFindTheirRegions() {
        let expected = [
            "Charkov": "Kharkiv Oblast", "Tsjernihiv": "Chernihiv Oblast", "Mykolajiv": "Mykolaiv Oblast",
            "Loehansk": "Luhansk Oblast", "Soemy": "Sumy Oblast", "Koersk": "Kursk Oblast", "Brjansk": "Bryansk Oblast",
            "Dnjepropetrovsk": "Dnipropetrovsk Oblast", "Jytomyr": "Zhytomyr Oblast", "Zytomir": "Zhytomyr Oblast",
            "Oblast Moskou": "Moscow Oblast", "Moskou": "Moscow", "Kraj Krasnojarsk": "Krasnoyarsk Krai",
            "Zaporizja": "Zaporizhzhia Oblast", "Tsjerkasy": "Cherkasy Oblast", "Chmelnytsky": "Khmelnytskyi Oblast",
        ]
        for (spelling, region) in expected { #expect(g.canonicalName(spelling) == region, "\(spelling)") }
        #expect(g.conflicts.isEmpty, "\(g.conflicts)")
    }

    @Test func userAliases() {
        let custom = Gazetteer(
            csv: String(decoding: PackageResources.regions_csv, as: UTF8.self),
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

@Suite("Region spellings from real files")
struct RealSpellingTests {
    let g = Gazetteer.builtIn

    /// Spellings met in real exports that once became regions of their own.
    @Test(arguments: [
        ("Kharkov", "Kharkiv Oblast"), ("Lugansk", "Luhansk Oblast"), ("Nikolaev", "Mykolaiv Oblast"),
        ("Zaporozhye", "Zaporizhzhia Oblast"),
        ("Dnepropetrovsk", "Dnipropetrovsk Oblast"), ("Chernigov", "Chernihiv Oblast"), ("Rovno", "Rivne Oblast"),
        ("Lvov", "Lviv Oblast"),
        ("Zhitomir", "Zhytomyr Oblast"), ("Khmelnitsky", "Khmelnytskyi Oblast"), ("Vinnitsa", "Vinnytsia Oblast"),
        ("Cherkassy", "Cherkasy Oblast"),
        ("Ivano-Frankovsk", "Ivano-Frankivsk Oblast"), ("Ternopol", "Ternopil Oblast"),
        ("Chernovtsy", "Chernivtsi Oblast"),
        ("Харьковская область", "Kharkiv Oblast"), ("Запорожская область", "Zaporizhzhia Oblast"),
        ("Одесская область", "Odesa Oblast"),
        ("м. Київ", "Kyiv City"), ("г. Киев", "Kyiv City"), ("Київська обл.", "Kyiv Oblast"),
        ("Kiev Special Republican city", "Kyiv City"), ("Zaporizhzhya oblast", "Zaporizhzhia Oblast"),
        ("Mykolayiv oblast", "Mykolaiv Oblast"),
        ("Odessa oblast", "Odesa Oblast"), ("Sevastopol City State Administration", "Sevastopol"),
        ("Belgorodskaya oblast", "Belgorod Oblast"), ("Bryanskaya", "Bryansk Oblast"),
        ("Kurskaya oblast", "Kursk Oblast"),
        ("Kharkiv Oblast, Ukraine", "Kharkiv Oblast"), ("Donetsk People's Republic", "Donetsk Oblast"),
        ("Moscow Oblast", "Moscow Oblast"), ("Moscow", "Moscow"), ("Moscow region", "Moscow Oblast"),
        ("Московская область", "Moscow Oblast"),
        ("Minsk", "Minsk"), ("Minsk Region", "Minsk Region"), ("Gomel", "Gomel Region"), ("Homiel", "Gomel Region"),
        ("Гомельская область", "Gomel Region"), ("Transnistria", "Transnistria"),
        ("Tatarstan", "Republic of Tatarstan"),
        ("Yekaterinburg", "Sverdlovsk Oblast"), ("Leningradskaya oblast", "Leningrad Oblast"),
        ("St. Petersburg", "Saint Petersburg"),
        // From the Bellingcat/CIR events sheet, written by volunteers of many languages.
        ("Charkiw", "Kharkiv Oblast"), ("Saporischschja Oblast", "Zaporizhzhia Oblast"), ("Oblast Kiew", "Kyiv Oblast"),
        ("Kiew", "Kyiv City"),
        ("North Ossetia–Alania Republic", "Republic of North Ossetia-Alania"),
        ("Respublika Bashkortostan", "Republic of Bashkortostan"),
        ("Adygea Republic", "Republic of Adygea"), ("Kraj Krasnodar", "Krasnodar Krai"),
        ("Crimean Peninsula", "Autonomous Republic of Crimea"),
        ("Kabardino-Balkarian Republic", "Kabardino-Balkar Republic"), ("Donets'ka oblast", "Donetsk Oblast"),
        ("Belgorodskaya Oblast", "Belgorod Oblast"),
    ])
    func spellingFindsItsRegion(_ spelling: String, _ name: String) {
        #expect(g.canonicalName(spelling) == name, "\(spelling)")
    }

    @Test func everyRussianFederalSubjectAndTheNeighbours() {
        let russia = g.regions.filter { $0.country == "RU" }
        #expect(russia.count == 83)
        #expect(Set(russia.map(\.code)).count == 83)
        #expect(g.regions.filter { $0.country == "BY" }.count == 7)
        #expect(g.regions.filter { $0.country == "MD" }.map(\.code).contains("MD-SN"))
        // Every region answers to its code, its English and its local name.
        for r in g.regions {
            #expect(g.region(named: r.code)?.code == r.code, "\(r.code)")
            #expect(g.region(named: r.name)?.code == r.code, "\(r.name)")
            #expect(g.region(named: r.localName)?.code == r.code, "\(r.localName)")
        }
        #expect(g.conflicts.isEmpty, "\(g.conflicts)")
    }

    /// Typos in real sheets are suggested, never merged.
    @Test func typosAreSuggestedNotMerged() {
        for (typo, name) in [
            ("Donestk", "Donetsk Oblast"), ("Kharkvi", "Kharkiv Oblast"), ("Zaporizhzia", "Zaporizhzhia Oblast"),
            ("Khersn oblast", "Kherson Oblast"),
            ("Kharkiv Obalst", "Kharkiv Oblast"), ("Bryansk Oblas", "Bryansk Oblast"),
            ("Chernhiiv Oblast", "Chernihiv Oblast"),
            ("Zhytomry Oblast", "Zhytomyr Oblast"), ("Belogrod", "Belgorod Oblast"),
            ("Luhnask Oblast", "Luhansk Oblast"),
        ] {
            #expect(g.region(named: typo) == nil, "\(typo) must not resolve by itself")
            #expect(g.closest(to: typo)?.name == name, "\(typo)")
        }
        #expect(g.closest(to: "Atlantis") == nil)
        #expect(g.closest(to: "Lubenskyi raion") == nil)
        #expect(g.closest(to: "Donbass") == nil) // two regions: the user decides
        #expect(g.closest(to: "Vostok Oblast") == nil)
    }

    @Test func unresolvedNamesAreListedOnceWithTheirCount() {
        let counts = [
            FacetCount(key: "Kharkiv Oblast", count: 9), FacetCount(key: "Donestk", count: 4),
            FacetCount(key: "(none)", count: 3),
            FacetCount(key: "Atlantis", count: 1),
        ]
        let names = UnresolvedRegion.find(in: counts, gazetteer: g)
        #expect(names.map(\.name) == ["Donestk", "Atlantis"])
        #expect(names.map(\.count) == [4, 1])
        #expect(names.map { $0.closest?.name } == ["Donetsk Oblast", nil])
    }
}
