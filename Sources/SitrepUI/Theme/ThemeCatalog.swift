import SitrepKit

/// The themes sitrep knows: the ones built into the binary (the files of `themes/`), then the
/// user's (`$XDG_CONFIG_HOME/sitrep/themes/*.toml`), which add to them or replace one by name.
public struct ThemeCatalog: Sendable {
    public private(set) var sources: [String: ThemeSource] = [:]
    /// Names in the order `T` cycles them: built-in first, then the user's.
    public private(set) var names: [String] = []
    /// Problems of files that could not be read at all.
    public private(set) var problems: [Diagnostic] = []

    public init() {}

    /// The themes shipped in `themes/`, compiled into the binary.
    public static let builtIn: ThemeCatalog = {
        var c = ThemeCatalog()
        for (file, bytes) in BuiltInThemes.files {
            c.add(String(decoding: bytes, as: UTF8.self), path: "themes/" + file)
        }
        return c
    }()

    /// What a theme file that exists but cannot be read is reported with.
    public static let unreadable = "cannot be read"

    /// Notes a theme file that exists but could not be read (permissions, a folder in its place):
    /// its theme is missing, and the user is told why.
    public mutating func noteUnreadable(path: String) {
        problems.append(.error(path, 0, 0, Self.unreadable))
    }

    /// Adds a theme file's text; a theme with a name already known replaces it.
    public mutating func add(_ text: String, path: String) {
        let (source, found) = ThemeFile.parse(text, path: path)
        problems += found
        guard var source else { return }
        source.problems = found
        if sources[source.name] == nil { names.append(source.name) }
        sources[source.name] = source
    }

    /// A theme with inheritance applied, or the problems that keep it from being used: its own
    /// file's and a missing or circular `inherits`. Roles neither it nor its ancestors set take
    /// their fallback's style (`Role.fallback`).
    public func theme(_ name: String) -> (theme: Theme?, problems: [Diagnostic]) {
        guard let leaf = sources[name] else {
            return (nil, [.error(name, 0, 0, "no theme named '\(name)' (themes: \(names.joined(separator: ", ")))")])
        }
        var chain = [leaf]
        var problems = leaf.problems
        while let parent = chain.last?.inherits {
            let child = chain.last!
            let (line, column) = ProfileFile.position(of: "inherits", in: child.text)
            guard let source = sources[parent] else {
                problems.append(.error(child.path, line, column, "inherits '\(parent)', which is not a known theme"))
                break
            }
            guard !chain.contains(where: { $0.name == source.name }) else {
                problems.append(.error(child.path, line, column, "inherits '\(parent)', which inherits back: a circle"))
                break
            }
            problems += source.problems.filter { $0.severity == .error }
            chain.append(source)
        }
        var styles: [Role: Style] = [:]
        for source in chain.reversed() { styles.merge(source.styles) { _, new in new } }
        for role in Role.allCases where styles[role] == nil { styles[role] = Self.standIn(for: role, in: styles) }
        let errors = problems.contains { $0.severity == .error }
        return (errors ? nil : Theme(name: leaf.name, description: leaf.description, styles: styles), problems)
    }

    /// The style of the nearest role up the fallback chain that is set; the terminal's own colours
    /// when not even `normal` is.
    static func standIn(for role: Role, in styles: [Role: Style]) -> Style {
        var next = role.fallback
        while let r = next {
            if let style = styles[r] { return style }
            next = r.fallback
        }
        return Style()
    }

    /// The roles a theme leaves to their fallbacks, for `sitrep themes check` to note: each with
    /// the role whose style it takes.
    public func fallbacks(_ name: String) -> [(role: Role, from: Role?)] {
        var chain: [ThemeSource] = []
        var next: String? = name
        while let n = next, let source = sources[n], !chain.contains(where: { $0.name == n }) {
            chain.append(source)
            next = source.inherits
        }
        let set = Set(chain.flatMap(\.styles.keys))
        return Role.allCases.filter { !set.contains($0) }.map { role in
            var from = role.fallback
            while let r = from, !set.contains(r) { from = r.fallback }
            return (role, from)
        }
    }
}
