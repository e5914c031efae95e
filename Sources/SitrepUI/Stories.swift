import SitrepKit

/// Reports of one happening shown as one story (`r`): the timeline's row for a story, its reports
/// listed under it (Enter), and the detail's account of who reported what.
extension Dashboard {
    /// The stories shown: none while a large store's are still being worked out beside the screen
    /// (its rows show one by one until then); a small store's are worked out when its view is made.
    var stories: StoryGroups? { state.grouping ? store.knownStories(state.storyRules) : nil }

    /// `r`: one row per story, or every report. The selection stays on its event, or on its story.
    mutating func toggleStories() {
        state.grouping.toggle()
        state.selection.expandedStory = nil
        state.selection.report = nil
        state.notice =
            state.grouping ? "one row per story: counts are of stories" : "every report: counts are of reports"
        showEvents(of: storeToShow(), reason: .filter)
    }

    /// The row of the story an event is in, when the event itself is not a shown row.
    func storyRow(ofID id: String?) -> Int? {
        guard let stories, let id, let p = store.position(ofID: id) else { return nil }
        return stories.reports(of: p).lazy.compactMap(view.row(ofPosition:)).first
    }

    /// How many reports the story of the row at `p` has (1 when grouping is off).
    func reportCount(_ p: Int) -> Int { stories?.reportCount(of: p) ?? 1 }

    /// The story the selected event is in, when it has several reports and is not listed yet:
    /// Enter lists its reports; Enter again opens the detail.
    var storyToExpand: String? {
        guard let p = selectedPosition, let stories, stories.reportCount(of: p) > 1 else { return nil }
        let id = store.id(at: stories.story(of: p))
        return state.selection.expandedStory == id ? nil : id
    }

    var canExpandStory: Bool { storyToExpand != nil }

    /// The reports listed under the row at `p`, when its story is the expanded one.
    func expandedReports(_ p: Int) -> [Int] {
        guard let id = state.selection.expandedStory, let stories, stories.reportCount(of: p) > 1,
            store.id(at: stories.story(of: p)) == id
        else { return [] }
        return stories.reports(of: p)
    }

    /// The title a story is shown with: from the most trusted source (`[stories] trusted`), else the
    /// report with the most figures, then the longest title.
    func storyTitle(_ p: Int) -> String {
        guard let stories, stories.reportCount(of: p) > 1 else { return shownTitle(p) }
        return shownTitle(store.bestReport(stories.reports(of: p), rules: state.storyRules))
    }

    /// `(×5, Air Force, Reuters +3)`: how many reports, and whose.
    func storyMark(_ p: Int) -> (count: String, sources: String)? {
        guard let stories, stories.reportCount(of: p) > 1 else { return nil }
        let reports = stories.reports(of: p)
        let sources = store.storySources(reports)
        let named = sources.prefix(2).joined(separator: ", ") + (sources.count > 2 ? " +\(sources.count - 2)" : "")
        return ("×\(reports.count)", named)
    }

    /// The detail's account of a story: every report with when, who and why it is here, and the
    /// figures the reports give differently.
    func storyLines(width: Int) -> [Line] {
        guard let p = selectedPosition, let stories, stories.reportCount(of: p) > 1 else { return [] }
        let reports = stories.reports(of: p)
        var lines: [Line] = [[], [("Story · \(reports.count) reports", .detailLabel)]]
        for r in reports {
            let time = store.time(at: r)
            let when = timeOfDay(time) ?? time.displayText(in: zone)
            let who = store.sources(at: r).joined(separator: ", ")
            let said = wrap(
                (who.isEmpty ? "" : who + ": ") + shownTitle(r), max(1, width - 8))
            for (k, part) in said.enumerated() {
                lines.append([
                    (k == 0 ? "  " + when + " " : String(repeating: " ", count: 8), .detailLabel), (part, .detailValue),
                ])
            }
            if let why = store.storyReasonText(of: r, in: stories) {
                lines += wrap(why, max(1, width - 10)).map { [(String(repeating: " ", count: 10) + $0, .detailLabel)] }
            }
        }
        let disagreements = store.figureDisagreements(reports)
        if !disagreements.isEmpty {
            lines.append([])
            lines.append([("Figures that disagree", .detailLabel)])
            for text in disagreements { lines += wrap(text, max(1, width - 2)).map { [("  " + $0, .detailFigure)] } }
        }
        return lines
    }
}
