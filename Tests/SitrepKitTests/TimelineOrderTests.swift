import Testing
@testable import SitrepKit
import SitrepTestSupport

/// A snapshot of rows already in time order keeps no array of references (`TimelineOrder.of`):
/// it must give the same positions as the sorted order, before and after appends join it.
@Suite("Timeline order")
struct TimelineOrderTests {
    static func segments(_ rng: inout Random, inOrder: Bool) -> [Segment] {
        var time: Int64 = 1_700_000_000_000
        return (0..<1 + rng.next(6)).map { s in
            // Some segments are empty: they hold no position and must not break the order.
            let rows = (0..<(rng.next(5) == 0 ? 0 : 1 + rng.next(40))).map { j in
                time += inOrder ? Int64(rng.next(3)) : Int64(rng.next(7)) - 3
                return EventRow(
                    time: time, offset: Int64(j * 100), textStart: 0, length: 100, line: UInt32(j + 1), category: 0,
                    lists: 0,
                    titleLength: 0, titleOffset: 0, idLength: 0, regionCount: 0, sourceCount: 0, precision: 2,
                    hasExtras: false, flags: 0)
            }
            return Segment(file: UInt32(inOrder ? s : rng.next(3)), rows: rows, arena: [], lists: [], figures: [])
        }
    }

    @Test func inOrderSegmentsNeedNoReferences() {
        var rng = Random(state: 5)
        var kept = 0
        for round in 0..<400 {
            let segments = Self.segments(&rng, inOrder: round % 2 == 0)
            let sorted = Timeline.order(of: segments)
            let order = TimelineOrder.of(segments)
            #expect(Array(order) == sorted, "round \(round)")
            #expect(order.count == sorted.count)
            if Timeline.isInOrder(segments) { kept += 1 }
            // Appends: a short tail, then enough to join the large part.
            let more = (0..<(rng.next(2) == 0 ? 3 : 70_000)).map { RowRef(segment: 99, index: UInt32($0)) }
            let grown = order.appending(more)
            #expect(Array(grown) == sorted + more, "round \(round)")
            #expect(grown[sorted.count] == more[0] && grown.last == more.last)
        }
        // Every in-order round and some of the others (a shuffle can come out in order).
        #expect(kept >= 200)
    }
}
