import ArgumentParser
import Foundation
import SitrepKit
import SitrepTerminal
import SitrepUI
import SitrepWork

/// `sitrep [PATH...]`: the interactive dashboard, following the files as they change.
struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the dashboard (the default command).")

    @OptionGroup var input: InputOptions

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Follow the files by looking every SECONDS instead of through inotify (for network filesystems).",
            valueName: "seconds"))
    var poll: Double?

    @Option(help: ArgumentHelp("Open with this saved view ([views] in config.toml).", valueName: "name"))
    var view: String?

    @Option(
        help: ArgumentHelp("Start with this theme (sitrep themes lists them; T cycles them).", valueName: "name"),
        completion: ThemeNames.completion)
    var theme: String?

    @Flag(help: "A display for a monitoring room: large counters, clocks, freshness, newest events (docs/wall.md).")
    var wall = false

    @Option(
        help: ArgumentHelp(
            "Wall mode: also show a clock for this zone (repeatable), e.g. Europe/Kyiv.", valueName: "zone"))
    var clock: [String] = []

    @Option(
        name: .customLong("stale-after"),
        help: ArgumentHelp(
            "Wall mode: warn when the newest event or the last file change is older than this (30m, 2h).",
            valueName: "duration"))
    var staleAfter = "30m"

    @Option(
        help: ArgumentHelp(
            "Wall mode: show the saved views in turn, each for this long (30s, 2m).", valueName: "duration"))
    var rotate: String?

    @Option(
        help: ArgumentHelp(
            "Wall mode: use the night theme between these local times, e.g. 22:00-07:00.", valueName: "from-to"))
    var night: String?

    @Flag(help: "Wall mode: ignore every key; only Ctrl-C quits.")
    var locked = false

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Play the files as if live, this many times as fast (60: an hour a minute); P pauses, + and - change the speed.",
            valueName: "speed"))
    var replay: Double?

    @OptionGroup var stories: StoryOptions

    @Option(
        name: .customLong("new-for"), parsing: .unconditional,
        help: ArgumentHelp("Minutes an event that arrived by a reload stays marked as new.", valueName: "minutes"))
    var newFor: Double = 10

    func validate() throws {
        if !wall, !clock.isEmpty || rotate != nil || night != nil || locked || staleAfter != "30m" {
            throw ValidationError("--clock, --stale-after, --rotate, --night and --locked go with --wall")
        }
        for zone in clock where DisplayZone(zone) == nil {
            throw ValidationError("--clock: unknown time zone '\(zone)' (use a name such as Europe/Kyiv, or +02:00)")
        }
        guard let stale = WallArguments.seconds(staleAfter), stale >= 60 else {
            throw ValidationError("--stale-after takes a duration from a minute to a hundred years: 30m, 2h, 1d")
        }
        _ = stale
        if let rotate, (WallArguments.seconds(rotate) ?? 0) < 5 {
            throw ValidationError("--rotate takes a duration from 5 seconds to a hundred years: 30s, 2m")
        }
        if let night, WallArguments.window(night) == nil {
            throw ValidationError("--night takes local times from-to, e.g. 22:00-07:00")
        }
        if let poll, !(poll >= 0.1 && poll <= 86_400) {
            throw ValidationError("--poll takes seconds between 0.1 and 86400")
        }
        if !(newFor >= 0 && newFor <= 10_080) { throw ValidationError("--new-for takes minutes between 0 and 10080") }
        if let replay, !(replay >= 0.125 && replay <= 1_000_000) {
            throw ValidationError("--replay takes a speed between 0.125 and 1000000")
        }
    }

    func run() throws {
        let prepared = try input.prepare().awaitingMissingFiles()
        if let view, !prepared.views.contains(where: { $0.name == view }) {
            let known = prepared.views.map(\.name)
            throw ValidationError(
                "no saved view '\(view)' in \(UserConfig.path)"
                    + (known.isEmpty ? "" : " (views: \(known.joined(separator: ", ")))"))
        }
        let themes = ThemeChoice.load()
        let themeName = ThemeChoice.startingName(flag: theme, config: prepared.theme)
        guard
            let startTheme = themes.catalog.theme(themeName).theme
                ?? (theme == nil ? themes.catalog.theme(Theme.defaultName).theme : nil)
        else {
            let problems = themes.catalog.theme(themeName).problems
            throw ThemeProblem.refuse(problems)
        }
        if rotate != nil, prepared.views.isEmpty {
            throw ValidationError("--rotate shows saved views in turn, and \(UserConfig.path) has none ([views])")
        }
        if prepared.sources.isEmpty, !prepared.pathProblems.isEmpty {
            for p in prepared.pathProblems {
                FileHandle.standardError.write(Data((TerminalText.line(p.description) + "\n").utf8))
            }
            throw ExitCode(2)
        }
        let terminal: Terminal
        do {
            terminal = try Terminal()
        } catch {
            FileHandle.standardError.write(
                Data(
                    """
                    sitrep: \(error)
                    Without a terminal, use `sitrep list` (the events) or `sitrep summary` (counts per region).

                    """.utf8))
            throw ExitCode(2)
        }
        var options = prepared.options
        options.holdUnfinishedLines = true
        options.progress = LoadProgress()
        let grouping = stories.group ?? prepared.stories.group
        if grouping { options.stories = prepared.stories.rules }
        // Theme files are watched with the event files, so an edited theme is applied on save.
        let watcher =
            prepared.isDemo && themes.files.isEmpty
            ? nil
            : FileWatcher(
                files: (prepared.isDemo ? [] : prepared.files) + themes.files,
                folders: prepared.isDemo ? [] : prepared.folders, pollSeconds: poll)
        let library = EventLibrary(sources: prepared.sources, options: options)
        let outside = prepared.pathProblems + prepared.configProblems
        let size = terminal.size
        let runtime = Runtime(
            dashboard: SitrepUI.Dashboard(store: .empty, width: size.width, height: size.height, zone: input.zone),
            settings: settings(prepared, themes: themes, watcher: watcher, outside: outside), themes: themes.catalog,
            theme: startTheme)
        let program = Program(
            runtime: runtime, screen: terminal,
            work: Work(library: library, watcher: watcher, namedFiles: prepared.files))
        Shell.run(program, screen: terminal, watcher: watcher)
        terminal.stop()
        // The count the status line showed: at exit, a search for repeated ids not yet made would
        // keep a million events' process alive for a second after `q`.
        let problems = ProblemCount(store: program.runtime.lastStore, outside: outside, waiting: false)
        if problems.total > 0 {
            FileHandle.standardError.write(
                Data("sitrep: \(problems.text) in the files; `sitrep check` lists them\n".utf8))
        }
        // Ended here, without taking the store apart piece by piece on the way out.
        Foundation.exit(program.exitStatus ?? 0)
    }

    /// What the runtime needs to know of the command line and the config file.
    private func settings(_ prepared: PreparedInput, themes: ThemeChoice, watcher: FileWatcher?, outside: [Diagnostic])
        -> RuntimeSettings
    {
        var s = RuntimeSettings()
        s.filter = input.filter ?? ""
        s.history = FilterHistory.load()
        (s.views, s.openView) = (prepared.views, view)
        s.newFor = Int64(newFor * 60)
        s.themeFiles = themes.files
        s.watchMode = prepared.isDemo ? "demo" : watcher?.mode.label ?? "demo"
        if let watcher, case .polling(let seconds, _) = watcher.mode { s.pollSeconds = seconds }
        s.outsideProblems = outside
        s.surgeRule = prepared.surges
        (s.grouping, s.storyRules) = (stories.group ?? prepared.stories.group, prepared.stories.rules)
        s.replay = replay
        // The demo is from November 2024: it opens as of its newest event, so windows and changes show something.
        switch input.asOf {
        case nil: s.asOf = prepared.isDemo ? .newest : .clock
        case "newest": s.asOf = .newest
        default: s.asOf = input.namedMoment.map(AsOf.moment) ?? .clock
        }
        if wall {
            let local = DisplayZone(TimeZone.current.identifier) ?? .utc
            var clocks: [(label: String, zone: DisplayZone)] = [("Local", local), ("UTC", .utc)]
            if local.isUTC { clocks.removeFirst() }
            clocks += clock.compactMap { name in
                DisplayZone(name).map { (name.split(separator: "/").last.map(String.init) ?? name, $0) }
            }
            s.wall = WallSettings(
                clocks: clocks, staleAfter: WallArguments.seconds(staleAfter) ?? 1800, locked: locked,
                rotate: rotate.flatMap(WallArguments.seconds))
            s.night = night.flatMap(WallArguments.window).map { NightHours(from: $0.from, to: $0.to, zone: local) }
        }
        return s
    }
}
