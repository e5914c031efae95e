import ArgumentParser
import Foundation
import SitrepKit
import SitrepTerminal
import SitrepUI

/// `sitrep [PATH...]`: the interactive dashboard, following the files as they change.
struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the dashboard (the default command).")

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Follow the files by looking every SECONDS instead of through inotify (for network filesystems).", valueName: "seconds"))
    var poll: Double?

    @Option(help: ArgumentHelp("Open with this saved view ([views] in config.toml).", valueName: "name"))
    var view: String?

    @Option(help: ArgumentHelp("Start with this theme (sitrep themes lists them; T cycles them).", valueName: "name"))
    var theme: String?

    @Option(name: .customLong("new-for"), help: ArgumentHelp("Minutes an event that arrived by a reload stays marked as new.", valueName: "minutes"))
    var newFor: Double = 10

    func validate() throws {
        if let poll, !(poll >= 0.1 && poll <= 86_400) { throw ValidationError("--poll takes seconds between 0.1 and 86400") }
        if !(newFor >= 0 && newFor <= 10_080) { throw ValidationError("--new-for takes minutes between 0 and 10080") }
    }

    func run() throws {
        let prepared = try input.prepare()
        if let view, !prepared.views.contains(where: { $0.name == view }) {
            let known = prepared.views.map(\.name)
            throw ValidationError("no saved view '\(view)' in \(UserConfig.path)" + (known.isEmpty ? "" : " (views: \(known.joined(separator: ", ")))"))
        }
        let themes = ThemeChoice.load()
        let themeName = ThemeChoice.startingName(flag: theme, config: prepared.theme)
        guard let startTheme = themes.catalog.theme(themeName).theme ?? (theme == nil ? themes.catalog.theme(Theme.defaultName).theme : nil) else {
            let problems = themes.catalog.theme(themeName).problems
            throw ValidationError(problems.map { TerminalText.line($0.description) }.joined(separator: "\n"))
        }
        if prepared.sources.isEmpty, !prepared.pathProblems.isEmpty {
            for p in prepared.pathProblems { FileHandle.standardError.write(Data((TerminalText.line(p.description) + "\n").utf8)) }
            throw ExitCode(2)
        }
        let terminal: Terminal
        do {
            terminal = try Terminal()
        } catch {
            FileHandle.standardError.write(Data("""
            sitrep: \(error)
            Without a terminal, use `sitrep list` (the events) or `sitrep summary` (counts per region).

            """.utf8))
            throw ExitCode(2)
        }
        var options = prepared.options
        options.holdUnfinishedLines = true
        options.progress = LoadProgress()
        // Theme files are watched with the event files, so an edited theme is applied on save.
        let watcher = prepared.isDemo && themes.files.isEmpty ? nil
            : FileWatcher(files: (prepared.isDemo ? [] : prepared.files) + themes.files, folders: prepared.isDemo ? [] : prepared.folders, pollSeconds: poll)
        let loop = DashboardLoop(terminal: terminal, library: EventLibrary(sources: prepared.sources, options: options),
                                 watcher: watcher, zone: input.zone, newForSeconds: Int64(newFor * 60), filter: input.filter ?? "",
                                 views: prepared.views, openView: view, themes: themes, theme: startTheme, isDemo: prepared.isDemo)
        loop.run()
        terminal.stop()
        FilterHistory.save(loop.history)
        let problems = prepared.pathProblems + prepared.configProblems + loop.lastStore.diagnostics
        if !problems.isEmpty {
            FileHandle.standardError.write(Data("sitrep: \(problems.count) problems in the files; `sitrep check` lists them\n".utf8))
        }
        if let signal = loop.endingSignal { throw ExitCode(128 + signal) }
    }
}
