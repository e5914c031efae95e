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

    func run() throws {
        let loaded = try input.load()
        var lines = loaded.messages
        lines += loaded.store.duplicateIDs.map { TerminalText.line($0.description) }
        for line in lines { print(line) }
        let store = loaded.store
        let problems = ProblemCount(store: store, outside: loaded.pathProblems + loaded.configProblems)
        let events = input.filter == nil ? store.count : input.selected(store).count
        print("\(events) events, \(problems.errors) errors, \(problems.warnings) warnings in \(store.files.count) files")
        if !loaded.pathProblems.isEmpty || store.files.contains(where: \.unreadable) { throw ExitCode(2) }
        if problems.errors > 0 { throw ExitCode(1) }
    }
}
