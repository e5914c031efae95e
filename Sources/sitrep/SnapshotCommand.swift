import ArgumentParser
import Foundation
import SitrepKit
import SitrepUI
import SitrepWork

extension SnapshotFormat: ExpressibleByArgument {}

/// `sitrep snapshot`: exactly what the dashboard (or the wall) would show, written without a terminal.
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot", abstract: "Write what the dashboard would show as text, ANSI, HTML or SVG.")

    @OptionGroup var input: InputOptions

    @Option(help: "Output format: txt, ansi, html or svg (default: from the -o file's extension, else txt).")
    var format: SnapshotFormat?

    @Option(help: ArgumentHelp("The screen's size, COLUMNSxLINES.", valueName: "size"))
    var size = "120x40"

    @Flag(help: "The wall display instead of the dashboard.")
    var wall = false

    @Option(help: ArgumentHelp("Open with this saved view ([views] in config.toml).", valueName: "name"))
    var view: String?

    @Option(
        help: ArgumentHelp("The theme whose colours ansi, html and svg use.", valueName: "name"),
        completion: ThemeNames.completion)
    var theme: String?

    @Option(
        name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    var dimensions: (width: Int, height: Int)? {
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, (40...1000).contains(parts[0]), (10...500).contains(parts[1]) else { return nil }
        return (parts[0], parts[1])
    }

    /// `--format`, else the output file's extension (`brief.html` is HTML), else text.
    var chosenFormat: SnapshotFormat {
        if let format { return format }
        let ext = ((output ?? "") as NSString).pathExtension.lowercased()
        return SnapshotFormat(rawValue: ext == "htm" ? "html" : ext == "text" ? "txt" : ext) ?? .txt
    }

    func validate() throws {
        if dimensions == nil { throw ValidationError("--size takes COLUMNSxLINES from 40x10 to 1000x500, e.g. 160x45") }
    }

    func run() throws {
        let prepared = try input.prepare()
        if let view, !prepared.views.contains(where: { $0.name == view }) {
            throw ValidationError("no saved view '\(view)' in \(UserConfig.path)")
        }
        let loaded = try input.load()
        loaded.printMessagesToStandardError()
        if loaded.nothingRead(events: loaded.store.count) { throw ExitCode(1) }
        let catalog = ThemeChoice.load().catalog
        let name = ThemeChoice.startingName(flag: theme, config: prepared.theme)
        guard let chosen = catalog.theme(name).theme else {
            throw ThemeProblem.refuse(catalog.theme(name).problems)
        }
        let (width, height) = dimensions ?? (120, 40)
        var d = SitrepUI.Dashboard(store: loaded.whole, width: width, height: height, zone: input.zone)
        // The status line as the dashboard's: it says how the files are followed.
        d.setWatchMode(prepared.isDemo ? "demo" : "watching")
        d.setAsOf(
            input.asOf == nil ? (prepared.isDemo ? .newest : .clock) : (input.namedMoment.map(AsOf.moment) ?? .newest))
        d.setFilter(input.filter ?? "", history: [])
        d.setViews(prepared.views, open: view)
        if wall { d.enterWall(WallSettings(clocks: [("UTC", .utc)], rotate: nil)) }
        // The clock and the selected event's detail, as a running dashboard has them.
        let program = Program(
            runtime: Runtime(resuming: d), screen: MemoryScreen(width: width, height: height),
            work: Work(library: EventLibrary(sources: [], options: LoadOptions()), keepsHistory: false),
            background: false)
        program.send(.tick, at: .current())
        let text = Snapshot(buffer: program.runtime.dashboard.render(), theme: chosen).render(chosenFormat)
        guard let output else { return print(text, terminator: "") }
        guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8)) else {
            FileHandle.standardError.write(Data("sitrep: cannot write \(TerminalText.line(output))\n".utf8))
            throw ExitCode(1)
        }
    }
}
