/// Which reports tell one story, for one snapshot: every timeline position belongs to exactly one
/// story, named by its earliest report (the story's first position). Stories are the connected
/// groups of the rules' pairs (`StoryRules`), so they do not depend on the order the files were read
/// in. Memory: one 32-bit number per event, plus the lists of the stories of several reports.
public struct StoryGroups: Sendable {
    public let rules: StoryRules
    /// The first position of each position's story (a story of one report is its own).
    var first: [Int32]
    /// The reports of each story of more than one, in timeline order.
    var lists: StoryLists
    /// The first position of each explicit story key seen, for appended events to join.
    var keyFirst: [String: Int32]
    /// Some event had an explicit story field (appends then read keys without looking again).
    var hasKeys: Bool

    /// How many events were grouped.
    public var eventCount: Int { first.count }

    /// How many stories there are.
    public var storyCount: Int { first.count - lists.members.count + lists.spans.count }

    /// The first position of the story the event at `p` belongs to.
    public func story(of p: Int) -> Int { Int(first[p]) }

    /// The positions of the story's reports in timeline order (one, for a story of one report).
    public func reports(of p: Int) -> [Int] {
        let head = first[p]
        guard let span = lists.spans[head] else { return [Int(head)] }
        return lists.members[Int(span.start)..<Int(span.start + span.count)].map(Int.init)
    }

    /// How many reports the story of `p` has.
    public func reportCount(of p: Int) -> Int { Int(lists.spans[first[p]]?.count ?? 1) }

    /// The stories of more than one report, each as its positions in timeline order, earliest first.
    public var groupedStories: [[Int]] { lists.spans.keys.sorted().map { reports(of: Int($0)) } }

    /// One position per story among `ascending` (every position when nil): the first of each story's
    /// positions there, so a filter that leaves only a later report of a story still shows the story.
    public func collapse(_ ascending: [Int]?) -> [Int] {
        guard !lists.spans.isEmpty else { return ascending ?? Array(0..<first.count) }
        // A bit per event for the stories already taken: 125 kB at a million. One plain loop:
        // this runs again at every append while grouping is on.
        var seen = [UInt64](repeating: 0, count: first.count / 64 + 1)
        var out: [Int] = []
        // Room for appended stories, so that the first appends do not copy the list.
        out.reserveCapacity((ascending?.count ?? storyCount) + 4_096)
        first.withUnsafeBufferPointer { first in
            seen.withUnsafeMutableBufferPointer { seen in
                if let ascending {
                    for p in ascending { Self.take(p, first, seen, &out) }
                } else {
                    for p in 0..<first.count { Self.take(p, first, seen, &out) }
                }
            }
        }
        return out
    }

    @inline(__always)
    private static func take(
        _ p: Int, _ first: UnsafeBufferPointer<Int32>, _ seen: UnsafeMutableBufferPointer<UInt64>, _ out: inout [Int]
    ) {
        let head = Int(first[p])
        let bit: UInt64 = 1 << UInt64(head & 63)
        guard seen[head >> 6] & bit == 0 else { return }
        seen[head >> 6] |= bit
        out.append(p)
    }
}

/// The stories of more than one report, their positions side by side in one array: a million
/// events in a few thousand stories cost a few hundred kilobytes, not an array each.
struct StoryLists: Sendable {
    /// Story by story, each in timeline order.
    var members: [Int32] = []
    /// Where each story (by its first position) is in `members`.
    var spans: [Int32: (start: Int32, count: Int32)] = [:]

    /// Adds the stories of more than one report whose first position is `from` or later: the
    /// joined reports as (story, position) pairs in one sorted array of 64-bit numbers, which
    /// costs less than a table of counts while a million events are grouped.
    mutating func add(_ first: [Int32], from: Int) {
        var pairs: [UInt64] = []
        for p in from..<first.count where first[p] != Int32(p) {
            pairs.append(UInt64(UInt32(first[p])) << 32 | UInt64(UInt32(p)))
        }
        guard !pairs.isEmpty else { return }
        pairs.sort()
        members.reserveCapacity(members.count + pairs.count + pairs.count / 2)
        var k = 0
        while k < pairs.count {
            let root = Int32(truncatingIfNeeded: pairs[k] >> 32)
            let start = Int32(members.count)
            members.append(root)
            while k < pairs.count, Int32(truncatingIfNeeded: pairs[k] >> 32) == root {
                members.append(Int32(truncatingIfNeeded: pairs[k] & 0xFFFF_FFFF))
                k += 1
            }
            spans[root] = (start, Int32(members.count) - start)
        }
    }
}

/// Why one report was put with another.
public struct StoryReason: Sendable, Equatable {
    public enum Rule: UInt8, Sendable, Equatable {
        /// The same region, starts close together, overlapping in time.
        case alert
        /// Similar titles, close in time, the regions compatible.
        case title
        /// The same figures with the same values, close in time, the regions compatible.
        case figures
        /// The same explicit story key.
        case storyField
    }

    public let rule: Rule
    /// The report it was found like (32 bits, as positions are kept: a reason is 8 bytes).
    let partnerPosition: Int32

    public var partner: Int { Int(partnerPosition) }

    init(rule: Rule, partner: Int) {
        self.rule = rule
        partnerPosition = Int32(partner)
    }
}
