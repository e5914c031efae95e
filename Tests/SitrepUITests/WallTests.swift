import Foundation
import Testing
import SitrepKit
@testable import SitrepUI

@Suite("Wall mode")
struct WallTests {
    /// 2024-11-30T23:30Z: the last alerts of the demo are within the last 24 hours.
    static let now: Int64 = 1_733_009_400

    func wall(width: Int, height: Int, settings: WallSettings? = nil) -> Dashboard {
        var d = dashboard(width: width, height: height)
        d.setNow(Self.now, clock: "23:30 UTC")
        d.enterWall(
            settings ?? WallSettings(clocks: [("UTC", .utc), ("Kyiv", DisplayZone("Europe/Kyiv")!)], shiftEvery: 600))
        d.setFileHealth(FileHealth(lastChange: Self.now - 120, problems: []))
        run(&d, [.tick])
        return d
    }

    @Test(arguments: [(200, 50), (120, 40), (80, 24)])
    func goldenScreens(_ size: (Int, Int)) {
        let d = wall(width: size.0, height: size.1)
        let screen = d.render()
        #expect(matchesGolden(screen, "wall-\(size.0)x\(size.1)"))
        #expect(screen.lines.allSatisfy { DisplayWidth.of($0) == size.0 })
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("UTC Sat 30 Nov 2024 23:30"))
        #expect(text.contains("newest event 34 min ago"))
        #expect(text.contains("files last changed 2 min ago"))
        #expect(text.contains("Top regions"))
        #expect(text.contains("Newest events"))
    }

    @Test func countersMatchTheEventsInEachWindow() {
        let store = demoStore
        let times = (0..<store.count).map { store.time(at: $0).seconds }
        let day = times.filter { $0 > Self.now - 86_400 && $0 <= Self.now }.count
        let hour = times.filter { $0 > Self.now - 3_600 && $0 <= Self.now }.count
        let before = times.filter { $0 > Self.now - 172_800 && $0 <= Self.now - 86_400 }.count
        let f = WallFigures(
            store, TimelineView(store: store, ascending: nil, newestFirst: true).ascending, now: Self.now, zone: .utc)
        #expect(f.lastDay == day && f.lastHour == hour && f.dayBefore == before)
        #expect(day > 0)
        #expect(f.regions.first.map { $0.count } == f.regions.map(\.count).max())
        #expect(f.regions.reduce(0) { $0 + $1.count } >= day)
    }

    @Test func staleDataAndBrokenFilesAreWarnings() {
        var d = wall(width: 120, height: 40, settings: WallSettings(clocks: [("UTC", .utc)], staleAfter: 600))
        d.setFileHealth(FileHealth(lastChange: Self.now - 7_200, problems: ["feed.jsonl: missing"]))
        let screen = d.render()
        let text = screen.lines.joined(separator: "\n")
        #expect(text.contains("files last changed 2 h 0 min ago"))
        #expect(text.contains("⚠ feed.jsonl: missing"))
        let y = screen.lines.firstIndex { $0.contains("newest event") }!
        let x = screen.lines[y].distance(
            from: screen.lines[y].startIndex, to: screen.lines[y].range(of: "newest event")!.lowerBound)
        #expect(screen[x, y].role == .wallStale, "35 minutes is past a 10-minute threshold")
        #expect((0..<screen.width).contains { screen[$0, y].role == .wallStale && screen.lines[y].contains("⚠") })
    }

    @Test func theContentShiftsAgainstBurnIn() {
        var d = wall(width: 120, height: 40)
        var corners: [(Int, Int)] = []
        for step in 0..<5 {
            d.setNow(Self.now + Int64(step) * 600, clock: "")
            let lines = d.render().lines
            let y = lines.firstIndex { $0.contains("SITREP") }!
            corners.append(
                (lines[y].distance(from: lines[y].startIndex, to: lines[y].range(of: "SITREP")!.lowerBound) - 1, y))
        }
        #expect(
            Set(corners.prefix(4).map { "\($0.0),\($0.1)" }) == ["0,0", "1,0", "1,1", "0,1"],
            "every corner of the one-cell square in turn")
        for k in 1..<5 {
            #expect(
                abs(corners[k].0 - corners[k - 1].0) + abs(corners[k].1 - corners[k - 1].1) == 1, "one cell at a time")
        }
    }

    @Test func escLeavesTheWallUnlessLocked() {
        var d = wall(width: 120, height: 40)
        press(&d, .character("j"), .character("/"))
        #expect(d.state.mode == .wall, "other keys do nothing on the wall")
        press(&d, .escape)
        #expect(d.state.mode == .normal)
        #expect(d.render().lines.joined().contains("Timeline"))
        var locked = wall(width: 120, height: 40, settings: WallSettings(clocks: [("UTC", .utc)], locked: true))
        #expect(locked.handle(.escape).isEmpty && locked.handle(.character("q")).isEmpty)
        #expect(locked.state.mode == .wall)
    }

    @Test func rotationShowsEachViewByName() {
        var d = wall(width: 120, height: 40)
        d.setViews([("Kursk", "region:kursk"), ("Drones", "drones")])
        d.rotateView()
        #expect(d.state.query.viewName == "Kursk" && d.view.count == 2)
        #expect(d.render().lines.joined().contains("SITREP · view Kursk"))
        d.rotateView()
        #expect(d.state.query.viewName == "Drones")
        d.rotateView()
        #expect(d.state.query.viewName == "Kursk")
    }

    @Test func bigDigitsAreThreeLinesOfEqualWidth() {
        let lines = BigDigits.lines("+1,234")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count == BigDigits.width("+1,234") })
    }
}
