import ArgumentParser
import Foundation
import SitrepKit

/// `sitrep regions`: the regions sitrep knows, or the names in your files it does not.
struct Regions: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the gazetteer's regions, or the region names in files that it does not know.",
        discussion: """
            With --unresolved, prints one `alias,region` line for each region name in the files that the \
            gazetteer does not know, ready to paste into your regions.csv: the region is the closest known \
            one where a name is near enough (check it), and left for you to fill in (a commented line) \
            where none is.
            """
    )

    @OptionGroup var input: InputOptions

    @Flag(help: "Print ready-to-paste alias lines for the region names the gazetteer does not know.")
    var unresolved = false

    func run() throws {
        guard unresolved else {
            print("code,name,local_name,country")
            for r in Gazetteer.builtIn.regions {
                print([r.code, r.name, r.localName, r.country].map(EventWriter.csvCell).joined(separator: ","))
            }
            return
        }
        let counted = try input.count(by: .region)
        counted.input.printMessagesToStandardError()
        if counted.input.nothingRead(events: counted.total) { throw ExitCode(1) }
        // A name longer than any place name cannot be an alias (the gazetteer ignores such names).
        let names = UnresolvedRegion.find(in: counted.counts, gazetteer: counted.input.store.gazetteer).filter {
            $0.name.utf8.count <= 512
        }
        print(
            "# \(names.count) region name\(names.count == 1 ? "" : "s") the gazetteer does not know; add these lines to \(SitrepPaths.regionAliasesFile)"
        )
        print("alias,region")
        // Comments stand on lines of their own: the aliases file reads every other line as alias,region.
        for name in names {
            let alias = EventWriter.csvCell(TerminalText.line(name.name))
            let events = "\(name.count) event\(name.count == 1 ? "" : "s")"
            if let place = name.closestPlace, let region = name.closest {
                print("# \(events); nearest to \(place.latin), a \(place.kind.rawValue) in \(region.name); check it:")
                print("\(alias),\(EventWriter.csvCell(region.name))")
            } else if let region = name.closest {
                print("# \(events); the closest known region, check it:")
                print("\(alias),\(EventWriter.csvCell(region.name))")
            } else {
                print(
                    "# \(events); no known region is close: put the region (or a new name) after the comma and remove the #"
                )
                print("# \(alias),")
            }
        }
    }
}
