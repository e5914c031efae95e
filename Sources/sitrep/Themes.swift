import ArgumentParser
import Foundation
import SitrepKit
import SitrepUI
import SitrepWork

/// `sitrep themes`: the themes there are, each with a one-line preview.
struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the themes (built in and in $XDG_CONFIG_HOME/sitrep/themes/), with a preview.",
        subcommands: [ThemesCheck.self]
    )

    func run() throws {
        let choice = ThemeChoice.load()
        let color = isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        for name in choice.catalog.names {
            let (theme, problems) = choice.catalog.theme(name)
            let label = TerminalText.line(name).padding(toLength: 14, withPad: " ", startingAt: 0)
            guard let theme else {
                print("\(label) broken: \(TerminalText.line(problems.first?.description ?? "")) (sitrep themes check)")
                continue
            }
            print("\(label) \(ThemePreview.line(theme, color: color))  \(TerminalText.line(theme.description))")
        }
    }
}

/// `sitrep themes check FILE...`: every problem as path:line:column; exit 1 on errors.
struct ThemesCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Check theme files: unknown roles, bad colours, broken inheritance; notes the roles left to their fallbacks. Exit 1 on errors."
    )

    @Argument(help: ArgumentHelp("Theme files (.toml).", valueName: "file"))
    var files: [String]

    func run() throws {
        var catalog = ThemeChoice.load().catalog
        var names: [(String, String)] = []
        var problems: [Diagnostic] = []
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(.error(path, 0, 0, "cannot read the file"))
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            let (source, found) = ThemeFile.parse(text, path: path)
            guard let source else {
                problems += found
                continue
            }
            catalog.add(text, path: path)
            names.append((source.name, path))
        }
        for (name, _) in names { problems += catalog.theme(name).problems }
        for p in problems { print(TerminalText.line(p.description)) }
        for (name, path) in names {
            for (role, from) in catalog.fallbacks(name) {
                print(
                    TerminalText.line(
                        "\(path): note: role '\(role.rawValue)' is not set; it looks like '\(from?.rawValue ?? "the terminal's default")'"
                    ))
            }
        }
        let errors = problems.filter { $0.severity == .error }.count
        print(
            "\(files.count) theme file\(files.count == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(problems.count - errors) warning\(problems.count - errors == 1 ? "" : "s")"
        )
        if errors > 0 { throw ExitCode(1) }
    }
}

/// A line of sample words, each in its role's style, written with SGR codes (24-bit colour, which
/// terminals that cannot show it approximate) or as plain words.
enum ThemePreview {
    static let samples: [(String, Role)] = [
        ("07:15", .timelineTime), ("A", .categoryAir), ("S", .categoryStrike), ("F", .categoryGround),
        ("P", .categoryPolitical), ("H", .categoryHumanitarian), ("Kharkiv", .timelineRegion),
        ("new", .eventNew), ("▂▄▇", .sparkline), ("selected", .timelineSelected), ("warning", .statusWarning),
    ]

    static func line(_ theme: Theme, color: Bool) -> String {
        samples.map { text, role in color ? sgr(theme.style(role)) + text + "\u{1B}[0m" : text }.joined(separator: " ")
    }

    static func sgr(_ s: Style) -> String {
        var codes: [String] = []
        if s.bold { codes.append("1") }
        if s.dim { codes.append("2") }
        if s.italic { codes.append("3") }
        if s.underline { codes.append("4") }
        if s.reverse { codes.append("7") }
        let depth = ColorDepth.direct
        for (color, base) in [(s.foreground, 38), (s.background, 48)] where color != .terminalDefault {
            let n = Int(depth.number(for: color))
            codes.append("\(base);2;\(n >> 16 & 0xFF);\(n >> 8 & 0xFF);\(n & 0xFF)")
        }
        return codes.isEmpty ? "" : "\u{1B}[" + codes.joined(separator: ";") + "m"
    }
}

/// A theme that cannot be used: its problems on standard error and exit 2, without the usage
/// text a usage error prints (the command line was right; the theme is not). A name that is no
/// theme reads `sitrep: no theme named 'x' (themes: ...)`, not as a file's position.
enum ThemeProblem {
    static func refuse(_ problems: [Diagnostic]) -> ExitCode {
        for p in problems {
            let text = p.line == 0 && p.message.hasPrefix("no theme named") ? "sitrep: \(p.message)" : p.description
            FileHandle.standardError.write(Data((TerminalText.line(text) + "\n").utf8))
        }
        return ExitCode(2)
    }
}

/// The names `--theme` completes to: the built-in themes and the user's, found when the shell asks.
enum ThemeNames {
    static let completion = CompletionKind.custom { (_: [String], _: Int, _: String) -> [String] in
        ThemeChoice.load().catalog.names
    }
}
