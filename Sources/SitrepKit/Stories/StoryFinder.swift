/// Finds the stories of a snapshot by going through its events in time order once, comparing each
/// with the events of the last day (the last two minutes, for alerts) that could tell the same
/// story, and joining pairs the rules accept. Appended events continue the grouping of the snapshot
/// before: the window is built again from that snapshot's last day and only the new events are
/// compared, so an append costs what its own events cost.
struct StoryFinder {
    let store: EventStore
    let rules: StoryRules
    private var parent: [Int32]
    private var merged: [Int32] = []
    private var keyFirst: [String: Int32]
    private let alertCategories: Set<UInt32>
    private let durationName: UInt32?
    private let keys: StoryKeys
    let words: TitleWordReader
    private var alerts: [UInt32: AlertList] = [:]
    private var byRegion: [UInt32: ReportList] = [:]
    private var noRegion = ReportList()
    private var everyReport = ReportList()
    /// The words of the reports in the window, each report's sorted; `poolBase` is how many were
    /// dropped from the front.
    private var pool: [UInt32] = []
    private var poolBase = 0
    private var keyNumbers: [String: Int32] = [:]
    /// The reports of the window that may tell the same story as the one being compared.
    private var near: [ReportEntry] = []

    init(store: EventStore, rules: StoryRules, continuing base: StoryGroups?) {
        self.store = store
        self.rules = rules
        parent = base?.first ?? []
        keyFirst = base?.keyFirst ?? [:]
        var categories = Set<UInt32>()
        let wanted = Set(rules.alertCategories.map(TextFold.fold))
        var duration: UInt32?
        for (k, s) in store.strings.enumerated() {
            if wanted.contains(TextFold.fold(s)) { categories.insert(UInt32(k)) }
            if s == AlertTitle.durationName { duration = UInt32(k) }
        }
        alertCategories = categories
        durationName = duration
        keys =
            base.map { StoryKeys(store: store, field: rules.storyField, after: $0) }
            ?? StoryKeys(store: store, field: rules.storyField)
        words = TitleWordReader(store: store, alertCategories: categories)
    }

    /// The stories of the whole snapshot, or of `base`'s events and those after them.
    static func groups(_ store: EventStore, rules: StoryRules, continuing base: StoryGroups? = nil) -> StoryGroups {
        var finder = StoryFinder(store: store, rules: rules, continuing: base)
        let from = base?.eventCount ?? 0
        if from > 0, from < store.count { finder.rememberWindow(before: from) }
        finder.parent.reserveCapacity(store.count)
        // Titles are read and split into words a chunk ahead, on another thread, while this one
        // compares: the two halves of the work take about as long as each other.
        let chunks = stride(from: from, to: store.count, by: ChunkWords.size).map {
            $0..<min($0 + ChunkWords.size, store.count)
        }
        var pending = chunks.first.map { finder.words.start($0) }
        for (k, range) in chunks.enumerated() {
            let current = pending!
            pending = k + 1 < chunks.count ? finder.words.start(chunks[k + 1]) : nil
            let words = current.wait()
            for p in range {
                finder.parent.append(Int32(p))
                finder.take(p, compare: true, words: words.slice(p))
            }
        }
        return finder.finish(from: from, base: base)
    }

    /// Puts the events of the last day before `from` in the window without comparing them again.
    private mutating func rememberWindow(before from: Int) {
        let t0 = store.row(from).time
        let reach = max(rules.reportWindow, rules.alertStart)
        var start = from
        while start > 0, store.row(start - 1).time >= t0 - reach { start -= 1 }
        let words = words.now(start..<from)
        for p in start..<from { take(p, compare: false, words: words.slice(p)) }
    }

    private mutating func take(_ p: Int, compare: Bool, words: ArraySlice<UInt32>) {
        let r = store.row(p)
        var key: Int32 = -1
        if let text = keys.key(at: p) {
            if compare {
                if let earlier = keyFirst[text] { join(p, Int(earlier)) } else { keyFirst[text] = Int32(p) }
            }
            key = keyNumbers[text] ?? Int32(keyNumbers.count)
            keyNumbers[text] = key
        }
        if alertCategories.contains(r.category) {
            takeAlert(p, r, key: key, compare: compare)
        } else {
            takeReport(p, r, key: key, compare: compare, words: words)
        }
    }

    private mutating func takeAlert(_ p: Int, _ r: EventRow, key: Int32, compare: Bool) {
        guard let region = store.list(p, .regions).first else { return }
        var end = Int64.max
        if let durationName, let minutes = store.figureEntries(p).first(where: { $0.name == durationName })?.value {
            end = r.time + Int64(minutes * 60_000)
        }
        if compare, let list = alerts[region] {
            var k = list.entries.count - 1
            while k >= list.start, list.entries[k].start >= r.time - rules.alertStart {
                let e = list.entries[k]
                if e.end >= r.time, Self.keysAllow(key, e.key) { join(p, Int(e.position)) }
                k -= 1
            }
        }
        let entry = AlertEntry(position: Int32(p), key: key, start: r.time, end: end)
        alerts[region, default: AlertList()].append(entry, dropBefore: r.time - rules.alertStart) { $0.start }
    }

    private mutating func takeReport(_ p: Int, _ r: EventRow, key: Int32, compare: Bool, words: ArraySlice<UInt32>) {
        let regions = store.list(p, .regions)
        let wordStart = pool.count
        let wordCount = words.count
        pool.append(contentsOf: words)
        var mask: UInt64 = 0
        for h in pool[wordStart...] { mask |= 1 << UInt64(h & 63) }
        let entry = ReportEntry(
            position: Int32(p), wordStart: Int32(wordStart + poolBase), wordCount: Int32(wordCount), key: key,
            time: r.time, mask: mask, collisions: UInt8(wordCount - mask.nonzeroBitCount),
            hasFigures: r.hasExtras && !store.extras(at: p).figures.isEmpty)
        let since = r.time - rules.reportWindow
        if compare {
            if regions.isEmpty {
                compareWith(everyReport, entry, since: since, checked: nil)
            } else if regions.count == 1 {
                if let list = byRegion[regions.first!] { compareWith(list, entry, since: since, checked: nil) }
                compareWith(noRegion, entry, since: since, checked: nil)
            } else {
                var checked: Set<Int32>? = []
                for region in regions {
                    if let list = byRegion[region] { compareWith(list, entry, since: since, checked: &checked) }
                }
                compareWith(noRegion, entry, since: since, checked: &checked)
            }
        }
        for region in regions { byRegion[region, default: ReportList()].append(entry, dropBefore: since) { $0.time } }
        if regions.isEmpty { noRegion.append(entry, dropBefore: since) { $0.time } }
        // A report with no region is compared with every report of the day.
        everyReport.append(entry, dropBefore: since) { $0.time }
        forgetOldWords()
    }

    /// Drops the words of reports that left the window, once they are most of the pool.
    private mutating func forgetOldWords() {
        guard everyReport.start < everyReport.entries.count else { return }
        let oldest = Int(everyReport.entries[everyReport.start].wordStart) - poolBase
        guard oldest > 1 << 16, oldest * 2 > pool.count else { return }
        pool.removeFirst(oldest)
        poolBase += oldest
    }

    private mutating func compareWith(_ list: ReportList, _ n: ReportEntry, since: Int64, checked: Set<Int32>?) {
        var none = checked
        compareWith(list, n, since: since, checked: &none)
    }

    private mutating func compareWith(_ list: ReportList, _ n: ReportEntry, since: Int64, checked: inout Set<Int32>?) {
        // A tight pass over the day's reports keeps the few that could match (`mayBeSimilar`, or
        // figures on both sides); only those are looked at closely.
        near.removeAll(keepingCapacity: true)
        let t = rules.titleSimilarity
        list.entries.withUnsafeBufferPointer { entries in
            var k = entries.count - 1
            let last = max(list.start, entries.count - Self.mostCompared)
            while k >= last {
                let e = entries[k]
                guard e.time >= since else { break }
                k -= 1
                if (n.hasFigures && e.hasFigures) || Self.mayBeSimilar(n, e, t) { near.append(e) }
            }
        }
        for e in near {
            if checked != nil, checked!.insert(e.position).inserted == false { continue }
            guard n.key < 0 || e.key < 0 else { continue }
            if similar(n, e) {
                join(Int(n.position), Int(e.position))
            } else if n.hasFigures, e.hasFigures,
                Self.figuresAgree(
                    store.figureEntries(Int(n.position)), store.figureEntries(Int(e.position)),
                    minimum: rules.figureMinimum)
            {
                join(Int(n.position), Int(e.position))
            }
        }
    }

    /// How many of the window's newest reports (of one region, or without one) a report is
    /// compared with. A day of tens of thousands of reports in one region would otherwise cost the
    /// square of their number; a story's reports come close together, far inside this many.
    static let mostCompared = 1_000

    /// The cheap half of `similar`: sizes that allow the similarity, and masks that allow enough
    /// words in common.
    @inline(__always)
    private static func mayBeSimilar(_ a: ReportEntry, _ b: ReportEntry, _ t: Double) -> Bool {
        let x = Int(a.wordCount), y = Int(b.wordCount)
        guard x > 0, y > 0, Double(min(x, y)) >= t * Double(max(x, y)) else { return false }
        let needed = t * Double(x + y) / (1 + t) - 1e-9
        return Double((a.mask & b.mask).nonzeroBitCount + Int(min(a.collisions, b.collisions))) >= needed
    }

    /// Whether two reports' titles are alike enough. Each title's words also set bits of a 64-bit
    /// mask: the words two titles share can be no more than the bits their masks share plus the
    /// words one title lost to its own repeated bits, which turns most pairs away without a merge.
    private func similar(_ a: ReportEntry, _ b: ReportEntry) -> Bool {
        let x = Int(a.wordCount), y = Int(b.wordCount), t = rules.titleSimilarity
        guard Self.mayBeSimilar(a, b, t) else { return false }
        let needed = Int((t * Double(x + y) / (1 + t) - 1e-9).rounded(.up))
        return pool.withUnsafeBufferPointer { words in
            let i = Int(a.wordStart) - poolBase, j = Int(b.wordStart) - poolBase
            return TitleWords.common(
                UnsafeBufferPointer(rebasing: words[i..<i + x]), UnsafeBufferPointer(rebasing: words[j..<j + y]),
                atLeast: needed) >= needed
        }
    }

    /// Different explicit story keys keep two reports apart whatever else they share.
    private static func keysAllow(_ a: Int32, _ b: Int32) -> Bool { a < 0 || b < 0 || a == b }

    /// Every figure both give has the same value, and one of them is large enough to mean something.
    static func figuresAgree(_ a: ArraySlice<FigureEntry>, _ b: ArraySlice<FigureEntry>, minimum: Double) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        var large = false
        for x in a {
            for y in b where y.name == x.name {
                guard y.value == x.value else { return false }
                if abs(x.value) >= minimum { large = true }
            }
        }
        return large
    }

    private func find(_ p: Int32) -> Int32 {
        var x = p
        while parent[Int(x)] != x { x = parent[Int(x)] }
        return x
    }

    /// Joins the stories of `later` and `earlier`. Why is not kept (8 bytes a report): the detail
    /// finds it again among the story's few reports (`StoryPairs`), by the same rules.
    private mutating func join(_ later: Int, _ earlier: Int) {
        let a = find(Int32(later)), b = find(Int32(earlier))
        guard a != b else { return }
        let (root, child) = a < b ? (a, b) : (b, a)
        parent[Int(child)] = root
        merged.append(child)
        // Path shortening: the later report points at its story's first at once.
        parent[later] = root
    }

    /// Turns the joins into each event's story and the stories' lists of reports. Every link
    /// points to an earlier position, so one pass in order leaves each position pointing at its
    /// story's first; only the appended positions need it unless an earlier story was joined to
    /// another.
    private mutating func finish(from: Int, base: StoryGroups?) -> StoryGroups {
        let oldJoined = merged.contains { Int($0) < from }
        let start = oldJoined ? 0 : from
        parent.withUnsafeMutableBufferPointer { first in
            for p in start..<first.count where first[p] != Int32(p) { first[p] = first[Int(first[p])] }
        }
        // The working array becomes the answer without a copy of a million numbers.
        let first = parent
        parent = []
        // New reports of old stories change the old lists: then all are made again.
        let oldGrew = oldJoined || (from..<first.count).contains { Int(first[$0]) < from }
        var lists = oldGrew ? StoryLists() : base?.lists ?? StoryLists()
        lists.add(first, from: oldGrew ? 0 : from)
        return StoryGroups(rules: rules, first: first, lists: lists, keyFirst: keyFirst, hasKeys: keys.exists)
    }
}

/// An alert in the window: plain numbers, so that walking the window retains nothing.
struct AlertEntry {
    var position: Int32
    var key: Int32
    var start: Int64
    var end: Int64
}

/// A report in the window; its words are in the finder's pool.
struct ReportEntry {
    var position: Int32
    var wordStart: Int32
    var wordCount: Int32
    /// The explicit story key's number, or -1.
    var key: Int32
    var time: Int64
    var mask: UInt64
    var collisions: UInt8
    var hasFigures: Bool
}

/// A window of entries in time order, trimmed from the front now and then rather than at each step.
struct WindowList<Entry> {
    var entries: [Entry] = []
    var start = 0

    mutating func append(_ entry: Entry, dropBefore limit: Int64, time: (Entry) -> Int64) {
        while start < entries.count, time(entries[start]) < limit { start += 1 }
        if start > 256, start * 2 > entries.count {
            entries.removeFirst(start)
            start = 0
        }
        entries.append(entry)
    }
}

typealias AlertList = WindowList<AlertEntry>
typealias ReportList = WindowList<ReportEntry>
