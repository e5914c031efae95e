/// Whether two events tell one story, and by which rule: the rules of `StoryRules` for one pair,
/// as the detail and `check` ask when they say why a report is in its story. The grouping itself
/// (`StoryFinder`) applies the same rules to a day's window at a time, faster.
struct StoryPairs {
    let store: EventStore
    let rules: StoryRules
    private let alertCategories: Set<String>
    private let keys: StoryKeys

    init(store: EventStore, rules: StoryRules) {
        self.store = store
        self.rules = rules
        alertCategories = Set(rules.alertCategories.map(TextFold.fold))
        keys = StoryKeys(store: store, field: rules.storyField)
    }

    func rule(_ a: Int, _ b: Int) -> StoryReason.Rule? {
        let keyA = keys.key(at: a), keyB = keys.key(at: b)
        if let keyA, let keyB { return keyA == keyB ? .storyField : nil }
        let alertA = isAlert(a), alertB = isAlert(b)
        guard alertA == alertB else { return nil }
        let (early, late) = store.row(a).time <= store.row(b).time ? (a, b) : (b, a)
        let start = store.row(early).time, later = store.row(late).time
        if alertA {
            guard let region = store.list(a, .regions).first, store.list(b, .regions).first == region,
                later - start <= rules.alertStart,
                end(early) >= later
            else { return nil }
            return .alert
        }
        guard later - start <= rules.reportWindow else { return nil }
        let regionsA = Set(store.list(a, .regions)), regionsB = Set(store.list(b, .regions))
        guard regionsA.isEmpty || regionsB.isEmpty || !regionsA.isDisjoint(with: regionsB) else { return nil }
        if TitleWords(store.title(at: a)).isSimilar(to: TitleWords(store.title(at: b)), atLeast: rules.titleSimilarity)
        {
            return .title
        }
        if StoryFinder.figuresAgree(store.figureEntries(a), store.figureEntries(b), minimum: rules.figureMinimum) {
            return .figures
        }
        return nil
    }

    private func isAlert(_ p: Int) -> Bool {
        store.category(at: p).map { alertCategories.contains(TextFold.fold($0)) } ?? false
    }

    /// When an alert ended, from its duration; one without a duration has not ended.
    private func end(_ p: Int) -> Int64 {
        guard let minutes = store.figures(at: p).first(where: { $0.name == AlertTitle.durationName })?.value else {
            return .max
        }
        return store.row(p).time + Int64(minutes * 60_000)
    }
}
