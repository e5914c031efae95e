/// What the detail and the commands say about a story: which report stands for it, why each report
/// is in it, and where the reports' numbers disagree.
extension EventStore {
    /// The report whose title a story is shown with: the one from the most trusted source in
    /// `rules.trusted` (earliest in that list), else the one with the most figures, then the longest
    /// title, then the earliest.
    public func bestReport(_ reports: [Int], rules: StoryRules) -> Int {
        let trust = rules.trusted.map(TextFold.fold)
        func rank(_ p: Int) -> Int {
            let sources = self.sources(at: p).map(TextFold.fold)
            return trust.firstIndex { sources.contains($0) } ?? trust.count
        }
        return reports.min { a, b in
            let ra = rank(a), rb = rank(b)
            if ra != rb { return ra < rb }
            let fa = extras(at: a).figures.count, fb = extras(at: b).figures.count
            if fa != fb { return fa > fb }
            let ta = row(a).titleLength, tb = row(b).titleLength
            if ta != tb { return ta > tb }
            return a < b
        } ?? reports.first ?? 0
    }

    /// Why the report at `p` is in its story: the nearest earlier report of the story it is like by
    /// a rule, else the nearest later one (a story is linked reports, so there is one); nil for a
    /// story's first report and a story of one.
    public func storyReason(of p: Int, in stories: StoryGroups) -> StoryReason? {
        let reports = stories.reports(of: p)
        guard reports.count > 1, reports[0] != p else { return nil }
        let pairs = StoryPairs(store: self, rules: stories.rules)
        let candidates = reports.filter { $0 < p }.reversed() + reports.filter { $0 > p }
        for q in candidates { if let rule = pairs.rule(p, q) { return StoryReason(rule: rule, partner: q) } }
        return nil
    }

    /// The same, in words: "same region (Kharkiv Oblast) as the official
    /// log's alert, started 90 s apart"; nil for a story's first report.
    public func storyReasonText(of p: Int, in stories: StoryGroups) -> String? {
        guard let reason = storyReason(of: p, in: stories) else { return nil }
        let q = reason.partner
        let apart = Self.apartText(abs(row(p).time - row(q).time))
        switch reason.rule {
        case .alert:
            return
                "same region (\(regions(at: p).first ?? "?")) as \(reportsOf(q)) alert, started \(apart) apart, overlapping"
        case .title:
            let similarity = TitleWords(title(at: p)).similarity(to: TitleWords(title(at: q)))
            let common = Set(regions(at: p)).intersection(regions(at: q)).sorted()
            let place = common.isEmpty ? "" : ", " + common.joined(separator: ", ")
            return "title \(String(format: "%.2f", similarity)) like \(reportsOf(q)), \(apart) apart\(place)"
        case .figures:
            let theirs = Dictionary(figures(at: q).map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
            let same = figures(at: p).filter { theirs[$0.name] == $0.value }.map {
                "\(Self.figureName($0.name)) \($0.valueText)"
            }
            return "same figures as \(reportsOf(q)) (\(same.joined(separator: ", "))), \(apart) apart"
        case .storyField:
            return
                "the same story key as \(reportsOf(q)) (\(StoryKeys(store: self, field: stories.rules.storyField).key(at: p) ?? ""))"
        }
    }

    /// "drones launched: 188 (Ukrainian Air Force, Reuters), 190 (TASS)", for each figure the
    /// reports give with different values, in the order the figures first appear.
    public func figureDisagreements(_ reports: [Int]) -> [String] {
        var names: [String] = []
        var values: [String: [(value: Double, who: [String])]] = [:]
        for p in reports {
            let who = reportName(p)
            for f in figures(at: p) {
                if values[f.name] == nil { names.append(f.name) }
                if let k = values[f.name, default: []].firstIndex(where: { $0.value == f.value }) {
                    if !values[f.name]![k].who.contains(who) { values[f.name]![k].who.append(who) }
                } else {
                    values[f.name, default: []].append((f.value, [who]))
                }
            }
        }
        return names.compactMap { name in
            guard let given = values[name], given.count > 1 else { return nil }
            let parts = given.map {
                "\(Figure(name: name, value: $0.value).valueText) (\($0.who.joined(separator: ", ")))"
            }
            return "\(Self.figureName(name)): " + parts.joined(separator: ", ")
        }
    }

    /// "Reuters'", "AFP's": whose report.
    func reportsOf(_ p: Int) -> String {
        let name = reportName(p)
        return name.hasSuffix("s") ? name + "'" : name + "'s"
    }

    /// Every source of a story's reports, once each, in the order they first reported.
    public func storySources(_ reports: [Int]) -> [String] {
        var all: [String] = []
        for r in reports { for s in sources(at: r) where !all.contains(s) { all.append(s) } }
        return all
    }

    /// A report named for people: its sources, else its file and line.
    func reportName(_ p: Int) -> String {
        let sources = sources(at: p)
        if !sources.isEmpty { return sources.joined(separator: ", ") }
        let origin = origin(at: p)
        return
            "\(RawPath.display(origin.path).split(separator: "/").last.map(String.init) ?? origin.path):\(origin.line)"
    }

    /// `drones_launched` -> `drones launched`.
    static func figureName(_ name: String) -> String { name.replacingOccurrences(of: "_", with: " ") }

    /// 90 s, 40 min, 3 h 5 min.
    static func apartText(_ milliseconds: Int64) -> String {
        let seconds = milliseconds / 1000
        if seconds < 120 { return "\(seconds) s" }
        if seconds < 7200 { return "\(seconds / 60) min" }
        return "\(seconds / 3600) h \(seconds % 3600 / 60) min"
    }
}
