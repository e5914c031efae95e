import ArgumentParser
import SitrepKit

/// `sitrep [PATH...]`: the interactive dashboard.
struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Open the dashboard (the default command).")

    @OptionGroup var input: InputOptions

    func run() throws {
        let loaded = try input.load()
        loaded.printMessagesToStandardError()
        print("""
        sitrep: loaded \(loaded.store.count) events from \(loaded.store.files.count) files.
        The interactive dashboard is not built yet. Meanwhile:
          sitrep summary --by region    counts per region
          sitrep list                   the events, oldest first
          sitrep check                  validate the files
        """)
    }
}
