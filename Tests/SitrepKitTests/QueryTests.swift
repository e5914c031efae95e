import Testing
@testable import SitrepKit

@Suite("Query language")
struct QueryTests {
    let store = Loader.load(DemoEvents.sources)
    /// 2024-11-27T00:00:00Z: "now" for relative times in these tests.
    let now: Int64 = 1_732_665_600

    func ids(_ text: String) throws -> [String] {
        let q = try QueryParser(now: now).parse(text)
        return QueryMatcher(store: store, query: q).positions().map(store.id(at:)).filter { $0.hasPrefix("demo-") }
    }

    func count(_ text: String) throws -> Int {
        QueryMatcher(store: store, query: try QueryParser(now: now).parse(text)).positions().count
    }

    func error(_ text: String) -> QueryError? {
        do { _ = try QueryParser(now: now).parse(text) } catch { return error }
        return nil
    }

    @Test func regionsByAnySpellingAndPrefix() throws {
        #expect(try count("region:Kharkiv") == 170)
        #expect(try count("region:khark") == 170)
        #expect(try count("region:UA-63") == 170)
        #expect(try count("region:Харків") == 170)
        #expect(try count("region:Kharkivska") == 170)
        #expect(try count("region:kharkiv,sumy") == 170 + 119)
        #expect(try ids("region:kursk") == ["demo-2024-11-26-kursk-briton", "demo-2024-11-26-france24-reporter"])
        #expect(try count("region:\"(none)\"") == 14)
    }

    @Test func wordsSearchTitleBodyLocationActorsAndSources() throws {
        #expect(try ids("kopanky") == ["demo-2024-11-26-kopanky"]) // title, location and body
        #expect(try ids("Rutte") == ["demo-2024-11-26-nato-rutte"]) // actor and body
        #expect(try ids("fiuggi lammy") == ["demo-2024-11-26-lammy-troops"]) // every word must match
        #expect(try ids("\"frozen russian assets\"") == ["demo-2024-11-26-g7-fiuggi"])
        #expect(try ids("KYÏV embassy") == ["demo-2024-11-20-us-embassy"]) // case and accents do not count
        #expect(try ids("interfax") == ["demo-2024-11-26-kopanky"]) // a source
    }

    @Test func excludeOrAndParentheses() throws {
        #expect(try ids("region:kursk -tass") == [])
        #expect(try ids("region:kursk -briton -british") == ["demo-2024-11-26-france24-reporter"])
        #expect(try ids("kopanky or naryshkin") == ["demo-2024-11-26-kopanky", "demo-2024-11-26-naryshkin"])
        #expect(try ids("(kopanky or naryshkin) -spy -intelligence") == ["demo-2024-11-26-kopanky"])
        #expect(
            try ids("cat:legal (region:kursk or region:kaliningrad) -journalists") == [
                "demo-2024-11-20-kaliningrad-german", "demo-2024-11-26-kursk-briton",
            ])
    }

    @Test func fields() throws {
        #expect(try count("cat:air-raid") == 1889)
        #expect(try ids("cat:missile sub:inter") == ["demo-2024-11-21-dnipro-irbm"])
        #expect(try ids("source:interfax") == ["demo-2024-11-26-kopanky"])
        #expect(try ids("actor:lavrov") == ["demo-2024-11-20-lavrov"])
        #expect(try ids("tag:oreshnik") == ["demo-2024-11-21-dnipro-irbm", "demo-2024-11-26-nato-ukraine-council"])
        #expect(
            try ids("id:demo-2024-11-20-lavrov,demo-2024-11-26-naryshkin") == [
                "demo-2024-11-20-lavrov", "demo-2024-11-26-naryshkin",
            ])
        // Alerts without an end message (`naive=True`), counted with `awk -F, '$4 ~ /True/'`.
        #expect(try count("tag:end-estimated") == 189)
    }

    @Test func timeWindows() throws {
        #expect(try count("on:2024-11-26 -cat:air") == 11)
        #expect(try count("since:2024-11-26 until:2024-11-26 -cat:air") == 11)
        #expect(try count("since:1d -cat:air") == 11) // 24 h before 2024-11-27T00:00Z
        #expect(try count("since:7d -cat:air") == 22)
        let twoWeeks = try count("since:2w")
        #expect(try count("since:336h") == twoWeeks)
        // The alerts that started on 1 November, counted independently with
        // `awk -F, 'NR>1 && $2 < "2024-11-02"' alerts-2024-11.csv | wc -l`.
        #expect(try count("until:2024-11-01") == 69)
    }

    @Test func figuresAndHas() throws {
        #expect(try ids("fig:drones_launched>=100") == ["demo-2024-11-26-record-drones"])
        #expect(try ids("fig:drones_launched>188") == [])
        #expect(try ids("fig:aid_usd_m=275") == ["demo-2024-11-20-pentagon-275m"])
        #expect(try count("fig:duration_min>=600") > 0)
        #expect(try ids("has:coordinates") == ["demo-2024-11-26-kopanky"])
        #expect(try count("has:figures") == 1889 + 5)
        #expect(try count("has:url") == 0)
    }

    @Test func badQueriesSayWhere() {
        #expect(error("region:") == QueryError(message: "'region:' needs a value", column: 8))
        #expect(error("(kursk") == QueryError(message: "'(' without its ')'", column: 1))
        #expect(error("kursk )") == QueryError(message: "')' without '('", column: 7))
        #expect(error("colour:red")?.column == 1)
        #expect(error("since:yesterday")?.column == 7)
        #expect(error("fig:drones") != nil)
        #expect(error("\"open phrase") == QueryError(message: "'\"' without its closing '\"'", column: 1))
        #expect(error("kursk or") != nil)
        #expect(error("has:colour")?.column == 5)
        #expect(error("") == nil)
        #expect(error("   ") == nil)
    }

    /// Found by fuzzing: a span so long that seconds overflow stopped the process.
    @Test func aSpanTooLongIsAMessageNotACrash() {
        #expect(
            error("-26 until:202422024202024d")
                == QueryError(message: "'202422024202024d' reaches back more than ten thousand years", column: 11))
        #expect(error("since:9223372036854775807w")?.column == 7)
        #expect(error("since:3650000d") == nil)
    }
}
