/// Which reports tell one story, for one snapshot: every timeline position belongs to exactly one
/// story, named by its earliest report (the story's first position). Stories are the connected
/// groups of the rules' pairs (`StoryRules`), so they do not depend on the order the files were read
/// in. Memory: one 32-bit number per event, plus lists and reasons for the stories of several reports.
public struct StoryGroups: Sendable {
    public let rules: StoryRules
    /// The first position of each position's story (a story of one report is its own).
    var first: [Int32]
    /// The reports of each story of more than one, by its first position, in timeline order.
    var lists: [Int32: [Int32]]
    /// Why a report joined its story: the report it was found like, and by which rule.
    var reasons: [Int32: StoryReason]
    /// The first position of each explicit story key seen, for appended events to join.
    var keyFirst: [String: Int32]

    /// How many events were grouped.
    public var eventCount: Int { first.count }

    /// How many stories there are.
    public var storyCount: Int { first.count - lists.values.reduce(0) { $0 + $1.count - 1 } }

    /// The first position of the story the event at `p` belongs to.
    public func story(of p: Int) -> Int { Int(first[p]) }

    /// The positions of the story's reports in timeline order (one, for a story of one report).
    public func reports(of p: Int) -> [Int] {
        let head = first[p]
        return lists[head]?.map(Int.init) ?? [Int(head)]
    }

    /// How many reports the story of `p` has.
    public func reportCount(of p: Int) -> Int { lists[first[p]]?.count ?? 1 }

    /// Why the event at `p` is in its story; nil for a story's first report and a story of one.
    public func reason(of p: Int) -> StoryReason? { reasons[Int32(p)] }

    /// The stories of more than one report, each as its positions in timeline order, earliest first.
    public var groupedStories: [[Int]] { lists.keys.sorted().map { lists[$0]!.map(Int.init) } }

    /// One position per story among `ascending` (every position when nil): the first of each story's
    /// positions there, so a filter that leaves only a later report of a story still shows the story.
    public func collapse(_ ascending: [Int]?) -> [Int] {
        guard !lists.isEmpty else { return ascending ?? Array(0..<first.count) }
        var seen = [Bool](repeating: false, count: first.count)
        var out: [Int] = []
        out.reserveCapacity(ascending?.count ?? first.count)
        func take(_ p: Int) {
            let head = Int(first[p])
            guard !seen[head] else { return }
            seen[head] = true
            out.append(p)
        }
        if let ascending { ascending.forEach(take) } else { (0..<first.count).forEach(take) }
        return out
    }
}

/// Why one report was put with another.
public struct StoryReason: Sendable, Equatable {
    public enum Rule: Sendable, Equatable {
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
    /// The report it was found like.
    public let partner: Int
}
