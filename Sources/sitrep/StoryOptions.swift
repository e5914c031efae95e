import ArgumentParser
import SitrepKit

/// `--group` / `--no-group`: count and list stories (reports of one happening together) or every
/// report. Without either, `group = true|false` in config.toml's `[stories]` decides (off unless set).
struct StoryOptions: ParsableArguments {
    @Flag(
        inversion: .prefixedNo,
        help:
            "One story per happening: reports of the same alert, attack or statement counted once (rules: docs/stories.md)."
    )
    var group: Bool?

    /// The rules to group by, from config.toml; nil when not grouping.
    func grouping(_ loaded: LoadedInput) -> StoryRules? {
        (group ?? loaded.stories.group) ? loaded.stories.rules : nil
    }

    /// Whether grouping is asked for before the files are read (the counting shortcut cannot group).
    var wanted: Bool { group ?? UserConfig.load().config.groupStories }
}
