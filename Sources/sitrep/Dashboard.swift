import ArgumentParser
import Foundation
import SitrepKit
import SitrepTerminal
import SitrepUI

/// `sitrep [PATH...]`: the interactive dashboard.
struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the dashboard (the default command).")

    @OptionGroup var input: InputOptions

    func run() throws {
        let terminal: Terminal
        let loaded = try input.load()
        do {
            terminal = try Terminal()
        } catch {
            FileHandle.standardError.write(Data("""
            sitrep: \(error)
            Without a terminal, use `sitrep list` (the events) or `sitrep summary` (counts per region).

            """.utf8))
            throw ExitCode(2)
        }
        let loop = DashboardLoop(terminal: terminal, store: loaded.store, zone: input.zone)
        loop.run()
        terminal.stop()
        let problems = loaded.messages
        if !problems.isEmpty {
            FileHandle.standardError.write(Data("sitrep: \(problems.count) problems in the files; `sitrep check` lists them\n".utf8))
        }
        if let signal = loop.endingSignal { throw ExitCode(128 + signal) }
    }
}
