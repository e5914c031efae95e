import ArgumentParser
import Foundation
import SitrepKit

/// `sitrep profile FILE`: the reading sitrep takes of a sheet no profile matches, written as a
/// profile to edit and keep, so the guess becomes the desk's own, named and checked.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Print, as a profile file, how sitrep reads a CSV sheet that no profile matches.",
        discussion: """
            Save it in $XDG_CONFIG_HOME/sitrep/profiles/NAME.toml (~/.config/sitrep/profiles/) and edit it: \
            profiles there are tried before the built-in ones. When the sheet cannot be read without one \
            (no time column, two columns equally likely, dates whose order cannot be told), the profile is \
            still printed, with what to decide in comments at its top, and the exit status is 1.
            """
    )

    @Argument(help: ArgumentHelp("A CSV sheet.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The profile's name (default: the file's name).", valueName: "name"))
    var name: String?

    @Option(
        help: ArgumentHelp(
            "How the sheet's bytes are text: utf-8 (the default), windows-1252 or latin-1.", valueName: "encoding"))
    var encoding: String?

    func run() throws {
        let path = RawPath.original(of: file)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ValidationError("cannot read '\(file)'")
        }
        defer { try? handle.close() }
        let wanted = SheetGuess.sampleBytes
        let data = (try? handle.read(upToCount: wanted + 1)) ?? Data()
        let complete = data.count <= wanted
        let bytes = [UInt8](data.prefix(wanted))
        var configProblems: [Diagnostic] = []
        let gazetteer = Gazetteer.withUserAliases(from: SitrepPaths.regionAliasesFile, problems: &configProblems)
        let user = ProfileFile.loadAll(in: SitrepPaths.profilesDirectory).profiles
        let textEncoding = encoding.flatMap(TextEncoding.init(name:)) ?? .utf8
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let known = body.withUnsafeBufferPointer({
            CSVSetup.profile(reading: $0, among: user + CSVProfile.builtIn, encoding: textEncoding)
        }) {
            FileHandle.standardError.write(
                Data("\(file): the profile '\(known.name)' already reads this sheet (\(known.summary))\n".utf8))
            return
        }
        guard
            let reading = body.withUnsafeBufferPointer({
                SheetGuess.read($0, complete: complete, gazetteer: gazetteer, encoding: textEncoding)
            })
        else {
            throw ValidationError("\(file): the first line splits into no columns by comma, semicolon, tab or '|'")
        }
        var profile = reading.profile
        profile.name = name ?? Self.name(of: path)
        profile.summary = "the sheet \((path as NSString).lastPathComponent), as sitrep first read it"
        var comments = [
            "A profile for sheets like \((path as NSString).lastPathComponent); docs/formats.md lists the keys."
        ]
        comments.append("Read as: \(reading.said).")
        for twins in reading.caseTwins {
            comments.append("Columns \(twins) differ only in case: check which is meant.")
        }
        for doubt in reading.doubts { comments.append("DECIDE: \(doubt).") }
        print(ProfileText.toml(profile, comments: comments), terminator: "")
        if !reading.doubts.isEmpty {
            FileHandle.standardError.write(
                Data("\(file): decide what the comments marked DECIDE ask before keeping this profile\n".utf8))
            throw ExitCode(1)
        }
    }

    /// `Desk sheet (Dec).csv` is `desk-sheet-dec`.
    static func name(of path: String) -> String {
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
        let words = base.split { !($0.isLetter || $0.isNumber) }
        return words.isEmpty ? "sheet" : words.joined(separator: "-")
    }
}
