import ArgumentParser
import Foundation

MemoryReturn.keepLargeBlocksSeparate()

/// Usage errors exit with 2 (as `sitrep check` documents), not ArgumentParser's 64.
do {
    var command = try SitrepCommand.parseAsRoot()
    try command.run()
} catch {
    let code = SitrepCommand.exitCode(for: error)
    if code == .validationFailure {
        FileHandle.standardError.write(Data((SitrepCommand.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    SitrepCommand.exit(withError: error)
}
