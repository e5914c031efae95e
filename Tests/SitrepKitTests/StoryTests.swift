import Foundation
import Testing
@testable import SitrepKit
import SitrepTestSupport

/// Several reports of one happening become one story; what only looks alike stays apart.
@Suite("Stories")
struct StoryTests {
    /// Reports of the record drone attack of 26 November 2024 in the manner of the newswires that
    /// carried it, with the numbers they gave (one gives 190), and other news of the same day
    /// (`Fixtures/record-attack.jsonl`, written for these tests).
    static let recordAttack = (try? String(contentsOfFile: Fixtures.path("record-attack.jsonl"), encoding: .utf8)) ?? ""

    func ids(_ store: EventStore, _ groups: StoryGroups) -> Set<Set<String>> {
        Set((0..<store.count).map { p in Set(groups.reports(of: p).map(store.id(at:))) })
    }

    @Test func theRecordAttackIsOneStoryAndOtherNewsStaysApart() throws {
        let dir = TempDir()
        let store = load([dir.write("news.jsonl", Self.recordAttack)])
        let groups = store.stories()
        #expect(store.messages == [])
        let stories = ids(store, groups)
        #expect(stories.contains(["af-0726", "reuters-0805", "afp-0840", "tass-0915", "dw-1010"]))
        #expect(stories.contains(["nato-1200"]))
        #expect(stories.contains(["kyiv-1300"]))
        #expect(stories.contains(["kyiv-1400"]))
        #expect(groups.storyCount == 4)
        #expect(groups.collapse(nil).map(store.id(at:)) == ["af-0726", "nato-1200", "kyiv-1300", "kyiv-1400"])
        // Every report but the first says why it is there.
        let record = groups.reports(of: 0)
        #expect(store.storyReason(of: record[0], in: groups) == nil)
        #expect(record.dropFirst().allSatisfy { store.storyReason(of: $0, in: groups) != nil })
    }

    @Test func titleWordsFoldCaseAccentsEndingsAndCommonWords() {
        #expect(TitleWords("Russia LAUNCHES drones") == TitleWords("russia launched a drone"))
        #expect(TitleWords("Kyïv") == TitleWords("kyiv"))
        #expect(TitleWords("the of and").count == 0)
        #expect(abs(TitleWords("a b c d").similarity(to: TitleWords("c d e f"))) < 1e-9)
        #expect(
            abs(TitleWords("drones Kyiv Kharkiv Odesa").similarity(to: TitleWords("drones Kyiv Kharkiv Lviv")) - 0.6)
                < 1e-9)
        let a = TitleWords("drones Kyiv Kharkiv Odesa"), b = TitleWords("drones Kyiv Kharkiv Lviv")
        #expect(a.isSimilar(to: b, atLeast: 0.6))
        #expect(!a.isSimilar(to: b, atLeast: 0.61))
    }

    /// Both logs record one alert; 90 s apart it is one story, 10 minutes apart two.
    @Test func alertsOfTheTwoLogsJoinWithinTwoMinutes() throws {
        let dir = TempDir()
        let official = dir.write(
            "official.csv",
            """
            oblast,raion,hromada,level,started_at,finished_at,source
            Kharkivska oblast,,,oblast,2024-11-26 01:10:00+00:00,2024-11-26 02:40:00+00:00,official
            Odeska oblast,,,oblast,2024-11-26 03:00:00+00:00,2024-11-26 03:30:00+00:00,official

            """)
        let volunteer = dir.write(
            "volunteer.csv",
            """
            region,started_at,finished_at,naive
            Kharkivska oblast,2024-11-26 01:11:30+00:00,2024-11-26 02:41:00+00:00,False
            Odeska oblast,2024-11-26 03:10:00+00:00,2024-11-26 03:40:00+00:00,False
            Kyivska oblast,2024-11-26 01:11:00+00:00,2024-11-26 01:20:00+00:00,False

            """)
        let store = load([official, volunteer])
        let groups = store.stories()
        #expect(store.count == 5)
        #expect(groups.storyCount == 4)
        let kharkiv = (0..<store.count).filter { store.regions(at: $0) == ["Kharkiv Oblast"] }
        #expect(kharkiv.count == 2)
        #expect(groups.story(of: kharkiv[0]) == groups.story(of: kharkiv[1]))
        #expect(store.storyReason(of: kharkiv[1], in: groups)?.rule == .alert)
        let odesa = (0..<store.count).filter { store.regions(at: $0) == ["Odesa Oblast"] }
        #expect(groups.story(of: odesa[0]) != groups.story(of: odesa[1]))
    }

    /// Within two minutes but over before the other starts: two alerts.
    @Test func alertsThatDoNotOverlapStayApart() throws {
        let dir = TempDir()
        let path = dir.write(
            "alerts.csv",
            """
            region,started_at,finished_at,naive
            Sumska oblast,2024-11-26 01:00:00+00:00,2024-11-26 01:00:30+00:00,False
            Sumska oblast,2024-11-26 01:01:30+00:00,2024-11-26 01:30:00+00:00,False
            Sumska oblast,2024-11-26 01:02:00+00:00,,False

            """)
        let store = load([path])
        let groups = store.stories()
        #expect(groups.storyCount == 2)
        #expect(groups.story(of: 1) == groups.story(of: 2))
    }

    @Test func anExplicitStoryFieldWins() throws {
        let dir = TempDir()
        let path = dir.write(
            "feed.jsonl",
            """
            {"id": "a", "time": "2024-11-26T07:00:00Z", "title": "Strike on Odesa port", "story": "odesa-port"}
            {"id": "b", "time": "2024-11-26T09:00:00Z", "title": "Grain terminal damaged, officials say", "story": "odesa-port"}
            {"id": "c", "time": "2024-11-26T10:00:00Z", "title": "Strike on Odesa port", "story": "odesa-other"}
            {"id": "d", "time": "2024-11-26T11:00:00Z", "title": "Unrelated: parliament passes budget"}

            """)
        let store = load([path])
        let groups = store.stories()
        #expect(ids(store, groups) == [["a", "b"], ["c"], ["d"]])
        #expect(store.storyReason(of: 1, in: groups)?.rule == .storyField)
    }

    /// A story field first seen in appended records is read, though the snapshot before had none.
    @Test func aStoryFieldThatArrivesByAnAppendIsRead() throws {
        let dir = TempDir()
        let path = dir.write(
            "feed.jsonl", #"{"id": "a", "time": "2024-11-26T07:00:00Z", "title": "Parliament sits"}"# + "\n")
        var options = LoadOptions()
        options.holdUnfinishedLines = true
        options.stories = StoryRules()
        let library = EventLibrary(sources: [.file(path)], options: options)
        let first = library.loadAll()
        #expect(first.knownStories(StoryRules())?.hasKeys == false)
        try appendText(
            path,
            """
            {"id": "b", "time": "2024-11-26T08:00:00Z", "title": "Strike on a port", "story": "port"}
            {"id": "c", "time": "2024-11-26T09:00:00Z", "title": "Grain terminal burns", "story": "port"}

            """)
        _ = library.refresh([path])
        let second = library.snapshot()
        #expect(second.continues(first))
        let groups = try #require(second.knownStories(StoryRules()))
        #expect(ids(second, groups) == [["a"], ["b", "c"]])
    }

    @Test func theSameFiguresJoinReportsWhoseTitlesDiffer() throws {
        let dir = TempDir()
        let path = dir.write(
            "feed.jsonl",
            """
            {"id": "a", "time": "2024-11-26T07:00:00Z", "title": "Overnight attack on the capital", "regions": ["Kyiv City"], "figures": {"drones_launched": 188}}
            {"id": "b", "time": "2024-11-26T08:00:00Z", "title": "Air defence busy for six hours", "regions": ["Kyiv City"], "figures": {"drones_launched": 188}}
            {"id": "c", "time": "2024-11-26T09:00:00Z", "title": "Shelling of a suburb", "regions": ["Kyiv City"], "figures": {"killed": 2}}
            {"id": "d", "time": "2024-11-26T09:30:00Z", "title": "Train station damaged in the east of the city", "regions": ["Kyiv City"], "figures": {"killed": 2}}

            """)
        let store = load([path])
        #expect(ids(store, store.stories()) == [["a", "b"], ["c"], ["d"]])
        #expect(store.storyReason(of: 1, in: store.stories())?.rule == .figures)
    }

    /// Stories do not depend on the order the files are given in, nor on how they are cut.
    @Test func groupingIsTheSameWhateverTheOrderOfTheFiles() throws {
        let dir = TempDir()
        let lines = Self.recordAttack.split(separator: "\n").map(String.init)
        let a = dir.write(
            "a.jsonl", lines.enumerated().filter { $0.offset % 2 == 0 }.map { $0.element + "\n" }.joined())
        let b = dir.write(
            "b.jsonl", lines.enumerated().filter { $0.offset % 2 == 1 }.map { $0.element + "\n" }.joined())
        let one = load([a, b]), other = load([b, a])
        #expect(ids(one, one.stories()) == ids(other, other.stories()))
        #expect(one.stories().storyCount == 4)
    }

    /// Appended reports join the stories found before, as a full grouping would have them.
    @Test func anAppendedReportJoinsAnExistingStory() throws {
        let dir = TempDir()
        let lines = Self.recordAttack.split(separator: "\n").map { String($0) + "\n" }
        let path = dir.write("feed.jsonl", lines[0..<2].joined())
        var options = LoadOptions()
        options.holdUnfinishedLines = true
        let library = EventLibrary(sources: [.file(path)], options: options)
        let first = library.loadAll()
        #expect(first.stories().storyCount == 1)
        try appendText(path, lines[2..<8].joined())
        _ = library.refresh([path])
        let second = library.snapshot()
        #expect(second.continues(first))
        let extended = second.stories()
        let whole = StoryFinder.groups(second, rules: StoryRules())
        #expect(ids(second, extended) == ids(second, whole))
        #expect(extended.storyCount == 4)
        #expect((0..<second.count).map(extended.story(of:)) == (0..<second.count).map(whole.story(of:)))
    }
}

@Suite("Title words")
struct TitleWordTests {
    @Test func endingsAreCutOnlyWhereEnoughIsLeft() {
        #expect(TitleWords("casualties") == TitleWords("casualty"))
        #expect(TitleWords("launches") == TitleWords("launch"))
        #expect(TitleWords("boxes") == TitleWords("box"))
        #expect(TitleWords("shelling") == TitleWords("shell"))
        #expect(TitleWords("bus") != TitleWords("bu"))
        #expect(TitleWords("press") != TitleWords("pres"))
        #expect(TitleWords("dies") == TitleWords("die"))
        #expect(TitleWords("Київ обстріл") == TitleWords("київ Обстріл"))
        #expect(TitleWords("Київ обстріл").count == 2)
    }
}

/// Generated alerts and reports, appended in pieces: the stories found piece by piece are the ones
/// found at once, and reading the files in another order finds them too.
@Suite("Stories, generated")
struct GeneratedStoryTests {
    static func lines(seed: UInt64) -> [String] {
        var random = Random(state: seed)
        let regions = ["Kharkivska oblast", "Sumska oblast", "Kyiv City"]
        let words = [
            "drones", "missile", "strike", "Kharkiv", "power", "grid", "school", "port", "record", "overnight",
        ]
        var t = 1_732_600_000
        return (0..<300).map { k in
            t += 1 + random.next(200)
            let time = "\"" + ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: TimeInterval(t))) + "\""
            if random.next(2) == 0 {
                let minutes = 1 + random.next(40)
                return
                    #"{"id": "a\#(k)", "time": \#(time), "category": "air-raid alert", "regions": ["\#(regions[random.next(3)])"], "figures": {"duration_min": \#(minutes)}, "title": "alert"}"#
            }
            let title = (0..<4).map { _ in words[random.next(words.count)] }.joined(separator: " ")
            let figures = random.next(4) == 0 ? #", "figures": {"drones_launched": \#(10 + random.next(3))}"# : ""
            let region = random.next(3) == 0 ? "" : #", "regions": ["\#(regions[random.next(3)])"]"#
            return #"{"id": "r\#(k)", "time": \#(time), "title": "\#(title)"\#(region)\#(figures)}"#
        }
    }

    func partition(_ store: EventStore, _ groups: StoryGroups) -> Set<Set<String>> {
        Set((0..<store.count).map { p in Set(groups.reports(of: p).map(store.id(at:))) })
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func appendedPiecesGroupAsTheWhole(seed: UInt64) throws {
        let dir = TempDir()
        let all = Self.lines(seed: seed)
        let path = dir.write("feed.jsonl", "")
        var options = LoadOptions()
        options.holdUnfinishedLines = true
        options.stories = StoryRules()
        let library = EventLibrary(sources: [.file(path)], options: options)
        var store = library.loadAll()
        var random = Random(state: seed &* 7)
        var done = 0
        while done < all.count {
            let n = min(all.count - done, 1 + random.next(40))
            try appendText(path, all[done..<done + n].map { $0 + "\n" }.joined())
            done += n
            _ = library.refresh([path])
            let next = library.snapshot()
            #expect(store.count == 0 || next.continues(store))
            store = next
            let pieces = try #require(store.knownStories(StoryRules()))
            let whole = StoryFinder.groups(store, rules: StoryRules())
            #expect((0..<store.count).map(pieces.story(of:)) == (0..<store.count).map(whole.story(of:)))
            #expect(pieces.storyCount == whole.storyCount)
            #expect(pieces.groupedStories == whole.groupedStories)
            // Every report but a story's first is like another report of its story by a rule.
            for story in whole.groupedStories {
                for p in story.dropFirst() { #expect(store.storyReason(of: p, in: whole) != nil) }
            }
        }
        #expect(store.count == all.count)
        // Split into two files read in either order: the same stories.
        let a = dir.write("a.jsonl", all.enumerated().filter { $0.offset % 3 == 0 }.map { $0.element + "\n" }.joined())
        let b = dir.write("b.jsonl", all.enumerated().filter { $0.offset % 3 != 0 }.map { $0.element + "\n" }.joined())
        let ab = load([a, b]), ba = load([b, a])
        #expect(partition(ab, ab.stories()) == partition(store, store.stories()))
        #expect(partition(ba, ba.stories()) == partition(store, store.stories()))
        #expect(store.stories().storyCount < store.count)
    }
}

/// Enough events that titles are read a chunk ahead on another thread (`TitleWordReader.start`):
/// the stories are those found by appends small enough to be read on the calling thread.
@Suite("Stories, read ahead")
struct ReadAheadStoryTests {
    @Test func titlesReadOnAnotherThreadGroupAsTitlesReadInPlace() throws {
        let dir = TempDir()
        var random = Random(state: 42)
        let words = [
            "drones", "missile", "strike", "Kharkiv", "power", "grid", "school", "port", "record", "overnight", "Odesa",
            "rail",
        ]
        let regions = ["Kharkivska oblast", "Sumska oblast", "Odeska oblast"]
        let lines = (0..<8_000).map { k -> String in
            let time = ISO8601DateFormatter().string(
                from: Date(timeIntervalSince1970: TimeInterval(1_700_000_000 + k * 30)))
            let title = (0..<5).map { _ in words[random.next(words.count)] }.joined(separator: " ")
            return
                #"{"id": "r\#(k)", "time": "\#(time)", "title": "\#(title)", "regions": ["\#(regions[random.next(3)])"]}"#
                + "\n"
        }
        let whole = load([dir.write("whole.jsonl", lines.joined())])
        let path = dir.write("pieces.jsonl", lines[0..<2_000].joined())
        var options = LoadOptions()
        options.holdUnfinishedLines = true
        options.stories = StoryRules()
        let library = EventLibrary(sources: [.file(path)], options: options)
        var store = library.loadAll()
        var done = 2_000
        while done < lines.count {
            let n = min(lines.count - done, 2_000)
            try appendText(path, lines[done..<done + n].joined())
            done += n
            _ = library.refresh([path])
            let next = library.snapshot()
            #expect(next.continues(store))
            store = next
        }
        let read = whole.stories(), pieces = try #require(store.knownStories(StoryRules()))
        #expect(store.count == 8_000 && whole.count == 8_000)
        #expect((0..<whole.count).map(read.story(of:)) == (0..<store.count).map(pieces.story(of:)))
        #expect(read.storyCount < whole.count)
    }
}
