import Synchronization

extension EventStore {
    /// Which events tell one story, worked out once per snapshot (and per rules) on first use; a
    /// snapshot that continues another with appended events extends that one's stories.
    public func stories(_ rules: StoryRules = StoryRules()) -> StoryGroups {
        if let known = storyCache.peek, known.rules == rules { return known }
        let make = { () -> StoryGroups in
            let base = self.storiesBefore.take().flatMap { $0.rules == rules && $0.eventCount <= self.count ? $0 : nil }
            return StoryFinder.groups(self, rules: rules, continuing: base)
        }
        guard storyCache.peek == nil else { return make() }
        let groups = storyCache.value(make)
        return groups.rules == rules ? groups : make()
    }

    /// The stories, if they have been worked out with these rules, without working them out.
    public func knownStories(_ rules: StoryRules) -> StoryGroups? {
        storyCache.peek.flatMap { $0.rules == rules ? $0 : nil }
    }
}

/// Handed from one snapshot to the next once, then let go, so that a chain of appends does not keep
/// every earlier grouping alive.
final class StoriesBefore: Sendable {
    private let groups: Mutex<StoryGroups?>

    init(_ groups: StoryGroups?) { self.groups = Mutex(groups) }

    func take() -> StoryGroups? {
        groups.withLock { g in
            defer { g = nil }; return g
        }
    }
}
