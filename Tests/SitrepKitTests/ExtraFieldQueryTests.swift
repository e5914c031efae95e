import Testing
@testable import SitrepKit
import SitrepTestSupport

/// A query may name any extra field of the loaded files: the official alert log's `level`, a
/// column of one's own sheet, a key of a JSON Lines feed.
@Suite("Extra fields in queries")
struct ExtraFieldQueryTests {
    func store() -> (EventStore, TempDir) {
        let dir = TempDir()
        let official = dir.write(
            "official.csv",
            """
            oblast,raion,hromada,level,started_at,finished_at,source
            Cherkaska oblast,Cherkaskyi raion,Smilianska terytorialna hromada,hromada,2024-11-26 01:00:00+00:00,2024-11-26 01:30:00+00:00,official
            Kharkivska oblast,,,oblast,2024-11-26 01:20:00+00:00,2024-11-26 03:04:00+00:00,official
            Sumska oblast,,,oblast,2024-11-26 01:25:00+00:00,2024-11-26 02:04:00+00:00,official

            """)
        let feed = dir.write(
            "cir.jsonl",
            """
            {"id": "c1", "time": "2024-11-26T05:00Z", "title": "Drone debris in Gomel", "regions": ["Gomel Region"], "country": "Belarus"}
            {"id": "c2", "time": "2024-11-26T06:00Z", "title": "Strike near Kursk", "regions": ["Kursk"], "country": "Russian Federation"}
            {"id": "c3", "time": "2024-11-26T07:00Z", "title": "No country given"}

            """)
        return (load([official, feed]), dir)
    }

    func ids(_ store: EventStore, _ text: String) throws -> [String] {
        let q = try QueryParser(gazetteer: store.gazetteer, now: 0, extraFields: store.extraFieldNames).parse(text)
        return QueryMatcher(store: store, query: q).positions().map { store.title(at: $0) }
    }

    @Test func extraFieldsOfCSVAndJSONLines() throws {
        let (store, dir) = store()
        _ = dir
        #expect(
            try ids(store, "level:oblast") == [
                "Air-raid alert in Kharkiv Oblast (1 h 44 min)", "Air-raid alert in Sumy Oblast (39 min)",
            ])
        #expect(try ids(store, "level:hromada") == ["Air-raid alert in Smilianska hromada, Cherkasy Oblast (30 min)"])
        #expect(try ids(store, "country:belarus") == ["Drone debris in Gomel"])
        #expect(try ids(store, "Country:fed") == ["Strike near Kursk"]) // a word of the value, any case
        #expect(try ids(store, "-country:belarus -cat:air") == ["Strike near Kursk", "No country given"])
        #expect(try ids(store, "country:belarus or level:hromada").count == 2)
    }

    @Test func anUnknownFieldListsTheFieldsThatExist() throws {
        let (store, dir) = store()
        _ = dir
        let parser = QueryParser(now: 0, extraFields: store.extraFieldNames)
        do {
            _ = try parser.parse("colour:red")
            Issue.record("colour: must be refused")
        } catch {
            #expect(error.column == 1)
            #expect(error.message.hasPrefix("unknown field 'colour:' (fields: region, cat,"))
            #expect(error.message.hasSuffix("; in these files also: country, finished_at, level)"))
        }
        // Without files, other names stay errors; before the files are read, any name may exist.
        #expect(throws: QueryError.self) { try QueryParser(now: 0).parse("level:oblast") }
        #expect(
            try QueryParser(now: 0, extraFields: .any).parse("level:oblast")
                == .extra(name: "level", values: ["oblast"]))
    }
}
