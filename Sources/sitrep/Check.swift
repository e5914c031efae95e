import ArgumentParser
import Foundation
import SitrepKit

/// `sitrep check`: validates event files and reports each problem as `path:line:column`.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate event files.",
        discussion: """
            Prints each problem as path:line:column: error|warning: message, then a summary line. \
            Exit status: 0 without errors, 1 with errors, 2 for a usage error or a path that cannot be read.
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var stories: StoryOptions

    func run() throws {
        let loaded = try input.load()
        var lines = loaded.store.files.compactMap { f in
            f.guessedAs.map { TerminalText.line("\(RawPath.display(f.path)): note: read without a profile: \($0)") }
        }
        lines += loaded.messages
        lines += loaded.store.duplicateIDs.map { TerminalText.line($0.description) }
        lines += unresolvedRegions(loaded.store)
        lines += droppedNames(loaded.store)
        let rules = stories.grouping(loaded)
        if let rules { lines += suspectedDuplicates(loaded.store, loaded.store.stories(rules)) }
        for line in lines { print(line) }
        let store = loaded.store
        let problems = ProblemCount(store: store, outside: loaded.pathProblems + loaded.configProblems)
        let selected = input.filter == nil ? nil : try input.selected(store)
        let events = selected?.count ?? store.count
        let told =
            rules.map { " (\(Counting.of(store.stories($0).collapse(selected).count, "story", plural: "stories")))" }
            ?? ""
        print(
            "\(Counting.of(events, "event"))\(told), \(problems.text(grouping: Counting.grouped)) in \(Counting.of(store.files.count, "file"))"
        )
        if let later = loaded.laterNote { print(later) }
        if !loaded.pathProblems.isEmpty || store.files.contains(where: \.unreadable) { throw ExitCode(2) }
        if problems.errors > 0 { throw ExitCode(1) }
    }

    /// Each region name the gazetteer does not know, once, with its events and the closest known
    /// region: the user decides, in regions.csv, whether it is that region.
    private func unresolvedRegions(_ store: EventStore) -> [String] {
        let shown = 200
        let names = UnresolvedRegion.find(in: store.counts(by: .region), gazetteer: store.gazetteer, suggesting: shown)
        guard !names.isEmpty else { return [] }
        var lines = [
            "region names the gazetteer does not know (\(names.count); `sitrep regions --unresolved` writes alias lines for them):"
        ]
        for name in names.prefix(shown) {
            let closest =
                name.closestPlace.map { "  (closest: \($0.latin), a \($0.kind.rawValue) in \($0.region))" }
                ?? name.closest.map { "  (closest: \($0.name))" } ?? ""
            lines.append(
                TerminalText.line("  \(String(name.count).leftPadded(to: 7))  \(Self.cut(name.name))\(closest)"))
        }
        if names.count > shown {
            lines.append(
                "  ... and \(names.count - shown) more (the fewest events; `sitrep regions --unresolved` lists every one)"
            )
        }
        return lines
    }

    /// Per file whose profile keeps only the parts of a region cell that name a region (the Air
    /// Force table's `target`): every part it left out, so that no place is dropped without a word.
    private func droppedNames(_ store: EventStore) -> [String] {
        var lines: [String] = []
        for file in store.files where !file.droppedNames.isEmpty {
            let names = file.droppedNames.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            lines.append(
                TerminalText.line(
                    "\(RawPath.display(file.path)): names in region cells that name no region, kept in the location only (profile '\(file.profileName ?? "")'; \(names.count)):"
                ))
            for (name, count) in names.prefix(200) {
                lines.append(TerminalText.line("  \(String(count).leftPadded(to: 7))  \(Self.cut(name))"))
            }
            if names.count > 200 { lines.append("  ... and \(names.count - 200) more") }
        }
        return lines
    }

    /// With `--group`: every report that tells a story an earlier report told, as a note naming
    /// that report and the rule (`path:line:1: note: ...`), the first 200 of them.
    private func suspectedDuplicates(_ store: EventStore, _ groups: StoryGroups) -> [String] {
        let shown = 200
        var lines: [String] = []
        var total = 0
        for story in groups.groupedStories {
            for p in story.dropFirst() {
                total += 1
                guard lines.count < shown else { continue }
                let here = store.origin(at: p), first = store.origin(at: story[0])
                let why = store.storyReasonText(of: p, in: groups) ?? "linked to the story through its other reports"
                lines.append(
                    TerminalText.line(
                        "\(RawPath.display(here.path)):\(here.line):1: note: same story as \(RawPath.display(first.path)):\(first.line) (\(why))"
                    ))
            }
        }
        if total > shown {
            lines.append(
                "... and \(total - shown) more reports of stories told before (sitrep list --group --format jsonl lists every story)"
            )
        }
        return lines
    }

    /// A name as long as a line can show; a name of megabytes is cut.
    static func cut(_ name: String) -> String {
        name.utf8.count <= 120 ? name : String(name.prefix(100)) + "… (\(name.utf8.count) bytes)"
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
