import ArgumentParser
import Foundation
import SitrepKit

extension InputFormat: ExpressibleByArgument {}

/// The options every command shares: which files, and how to read them.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Event files or directories (default: the bundled demo events).", valueName: "path"))
    var paths: [String] = []

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Time zone for local times in files and for days in output: an IANA name or an offset (-03:00 too).",
            valueName: "zone"))
    var tz: String = "UTC"

    @Option(name: .customLong("input-format"), help: "Read every file as this format, whatever its name (jsonl, csv).")
    var inputFormat: InputFormat?

    @Option(
        help: ArgumentHelp(
            "Read every CSV file with this profile: sitrep, acled, ucdp, airforce, viina, alerts, alerts-official, gdelt, one of yours, or a .toml path (without it, a sheet no profile matches is read from its first rows).",
            valueName: "name"))
    var profile: String?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Only the events this query selects (docs/queries.md); it may begin with '-'.", valueName: "query"))
    var filter: String?

    @Option(
        help: ArgumentHelp(
            "How CSV files' bytes are text: utf-8 (the default), windows-1252 (Excel on Windows) or latin-1.",
            valueName: "encoding"))
    var encoding: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp(
            "What 'now' is for since:7d, surges and trends: a time or a date (the files as they were then: later events are left out), or 'newest' (the newest event).",
            valueName: "time"))
    var asOf: String?

    func validate() throws {
        if let filter {
            do throws(QueryError) {
                // Extra fields are checked against the files once they are read (`selected`).
                _ = try QueryParser(zone: zone, now: 0, extraFields: .any).parse(filter)
            } catch {
                throw ValidationError(
                    "bad --filter: \(error.message) (at column \(error.column) of \(JSONText.quoted(filter)))")
            }
        }
        if let encoding, TextEncoding(name: encoding) == nil {
            throw ValidationError("unknown encoding '\(encoding)' (known: \(TextEncoding.names))")
        }
        if let asOf, !Self.validAsOf(asOf, zone: DisplayZone(tz) ?? .utc) {
            throw ValidationError("--as-of takes a time (2024-11-30T12:00Z), a date (2024-11-30) or 'newest'")
        }
        guard DisplayZone(tz) != nil else {
            throw ValidationError(
                "unknown time zone '\(tz)' (use an IANA name such as Europe/Kyiv, or an offset such as +02:00)")
        }
    }

    var zone: DisplayZone { DisplayZone(tz) ?? .utc }

    /// Loads the files (or the demo). Problems with the user's own profiles and aliases are
    /// returned, not fatal: sitrep falls back to its built-in ones.
    func load() throws -> LoadedInput {
        let prepared = try prepare()
        let whole = Loader.load(prepared.sources, options: prepared.options)
        // As of a moment, the files are read as they were then: later events count nowhere.
        let store = namedMoment.map { whole.upTo($0) } ?? whole
        return LoadedInput(
            store: store, whole: whole, pathProblems: prepared.pathProblems, configProblems: prepared.configProblems,
            stories: prepared.stories,
            asOf: namedMoment.map(momentText))
    }

    /// Reads the files only to count their events (no filter to apply): the same messages as
    /// `load()`, an event-less store, and the counts.
    func count(by facet: Facet) throws -> (input: LoadedInput, counts: [FacetCount], total: Int) {
        var prepared = try prepare()
        prepared.options.countingBy = facet
        let counted = EventLibrary(sources: prepared.sources, options: prepared.options).countAll()
        return (
            LoadedInput(
                store: counted.store, whole: counted.store, pathProblems: prepared.pathProblems,
                configProblems: prepared.configProblems), counted.counts, counted.total
        )
    }

    /// Everything about reading the files, before reading them.
    func prepare() throws -> PreparedInput {
        var configProblems: [Diagnostic] = []
        let user = ProfileFile.loadAll(in: SitrepPaths.profilesDirectory)
        configProblems += user.problems
        var options = LoadOptions()
        options.zone = zone
        options.format = inputFormat
        options.encoding = encoding.flatMap(TextEncoding.init(name:))
        options.profiles = user.profiles + CSVProfile.builtIn
        options.gazetteer = Gazetteer.withUserAliases(from: SitrepPaths.regionAliasesFile, problems: &configProblems)
        if let name = profile { options.profile = try resolveProfile(name, among: options.profiles) }
        // Names that are not UTF-8 arrive repaired; the arguments as given name the files.
        let paths = self.paths.map(RawPath.original(of:))
        let expanded = paths.isEmpty ? PathExpansion.Result(sources: DemoEvents.sources) : PathExpansion.expand(paths)
        var files: [String] = [], folders: [String] = []
        for path in paths {
            guard let info = RawPath.status(of: path) else { continue }
            if RawPath.isDirectory(info) { folders.append(path) } else { files.append(path) }
        }
        let settings = UserConfig.load()
        return PreparedInput(
            sources: expanded.sources, options: options, pathProblems: expanded.problems,
            configProblems: configProblems + settings.problems, files: files, folders: folders,
            views: settings.config.views, theme: settings.config.theme, surges: settings.config.surges,
            stories: (settings.config.groupStories, settings.config.stories))
    }

    private func resolveProfile(_ name: String, among profiles: [CSVProfile]) throws -> CSVProfile {
        if let p = profiles.first(where: { $0.name.lowercased() == name.lowercased() }) { return p }
        if name.hasSuffix(".toml") {
            guard let data = FileManager.default.contents(atPath: name) else {
                throw ValidationError("cannot read profile file '\(name)'")
            }
            let parsed = ProfileFile.parse(String(decoding: data, as: UTF8.self), path: name)
            if let p = parsed.profile { return p }
            throw ValidationError(parsed.problems.map(\.description).joined(separator: "\n"))
        }
        throw ValidationError("unknown profile '\(name)' (known: \(profiles.map(\.name).joined(separator: ", ")))")
    }
}

/// The files to read and how, before reading them; `files` and `folders` are what to watch.
struct PreparedInput {
    var sources: [EventSource]
    var options: LoadOptions
    var pathProblems: [Diagnostic]
    var configProblems: [Diagnostic]
    var files: [String]
    var folders: [String]
    /// Saved views and the theme from config.toml.
    var views: [(name: String, query: String)] = []
    var theme: String?
    var surges = SurgeRule()
    /// `[stories]`: whether to group, and the rules.
    var stories: (group: Bool, rules: StoryRules) = (false, StoryRules())

    var isDemo: Bool { files.isEmpty && folders.isEmpty && pathProblems.isEmpty }

    /// For the dashboard and the wall: a named file that does not exist yet, in a folder that does
    /// (a wall started before the day's feed is written), is followed and read once it appears, as
    /// a file deleted and made again is. Until then the status line names it as missing.
    func awaitingMissingFiles() -> PreparedInput {
        var out = self
        out.pathProblems = []
        for problem in pathProblems {
            let folder = (problem.path as NSString).deletingLastPathComponent
            let inFolder = RawPath.status(of: folder.isEmpty ? "." : folder).map(RawPath.isDirectory) ?? false
            guard problem.message == "no such file or directory", RawPath.linkStatus(of: problem.path) == nil, inFolder
            else {
                out.pathProblems.append(problem)
                continue
            }
            out.sources.append(.file(problem.path))
            out.files.append(problem.path)
        }
        return out
    }
}

/// What loading gave: the events, and what could not be read.
struct LoadedInput {
    /// The events as of `--as-of` (every event without it).
    var store: EventStore
    /// Every event the files hold, later ones too: the dashboard a snapshot draws cuts its own.
    var whole: EventStore
    var pathProblems: [Diagnostic]
    var configProblems: [Diagnostic]
    /// `[stories]` from config.toml.
    var stories: (group: Bool, rules: StoryRules) = (false, StoryRules())
    /// `2024-11-20 12:00 UTC`: the moment of `--as-of`, for the note on what it hid.
    var asOf: String? = nil

    /// Every message, files in order, each safe to print.
    var messages: [String] {
        (configProblems + pathProblems + store.diagnostics).map { TerminalText.line($0.description) }
    }

    /// Nothing at all could be read: every file unreadable, or no event and errors (a binary file,
    /// a CSV of no known layout, lines that are all malformed). An empty file is no error.
    /// `events`: how many were read (a counting read keeps none in its store).
    func nothingRead(events: Int) -> Bool {
        guard !(store.files.isEmpty && pathProblems.isEmpty) else { return false }
        return store.files.allSatisfy(\.unreadable) || (events == 0 && store.errorCount + pathProblems.count > 0)
    }

    func printMessagesToStandardError() {
        for m in messages { FileHandle.standardError.write(Data((m + "\n").utf8)) }
        if let later = laterNote { FileHandle.standardError.write(Data("sitrep: \(later)\n".utf8)) }
    }

    /// `as of 2024-11-20 12:00 UTC: 1,250 later events not counted`, when `--as-of` hid some.
    var laterNote: String? {
        let later = whole.count - store.count
        guard later > 0, let last = asOf else { return nil }
        return "as of \(last): \(Counting.of(later, "later event")) not counted"
    }
}
