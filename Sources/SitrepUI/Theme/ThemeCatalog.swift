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
        for (file, bytes) in BuiltInThemes.files { c.add(String(decoding: bytes, as: UTF8.self), path: "themes/" + file) }
        return c
    }()

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
    /// file's, a missing or circular `inherits`, and roles neither it nor its ancestors set.
    public func theme(_ name: String) -> (theme: Theme?, problems: [Diagnostic]) {
        guard let leaf = sources[name] else { return (nil, [.error(name, 0, 0, "no theme named '\(name)' (themes: \(names.joined(separator: ", ")))")]) }
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
        let missing = Role.allCases.filter { styles[$0] == nil }
        if !missing.isEmpty {
            let (line, column) = ProfileFile.position(of: "roles", in: leaf.text)
            problems.append(.error(leaf.path, line, column, "missing role\(missing.count == 1 ? "" : "s") \(missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")): set \(missing.count == 1 ? "it" : "them") or inherit from a theme that does"))
        }
        let errors = problems.contains { $0.severity == .error }
        return (errors ? nil : Theme(name: leaf.name, description: leaf.description, styles: styles), problems)
    }
}
