import ArgumentParser

/// `sitrep`: the dashboard, and the commands that check, count and list events.
struct SitrepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitrep",
        abstract: "Follow a conflict as a stream of dated events: timeline, counts per region, detail.",
        discussion: """
            With no files, sitrep opens on its bundled demo events (news of 20 and 26 November 2024 and \
            the November 2024 air-raid alert log). Files may be JSON Lines (.jsonl, .ndjson) or CSV \
            (ACLED, UCDP, VIINA, air-raid alert logs, GDELT, a profile of your own, or any sheet with a column of dates, read from its first rows); directories are read recursively.
            """,
        version: "sitrep 0.9.0",
        subcommands: [
            Dashboard.self, Check.self, Summary.self, Surges.self, List.self, SnapshotCommand.self, Regions.self,
            Themes.self, ProfileCommand.self,
        ],
        defaultSubcommand: Dashboard.self
    )
}
