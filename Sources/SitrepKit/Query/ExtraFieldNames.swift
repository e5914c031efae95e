import Foundation

/// The extra fields a query may name (`level:oblast` in the official alert log, `country:Belarus` in a
/// sheet of one's own): the columns and keys of the loaded files that sitrep has no meaning for.
public struct ExtraFieldNames: Sendable {
    let knows: @Sendable (String) -> Bool
    let seen: @Sendable () -> [String]

    public init(knows: @escaping @Sendable (String) -> Bool, seen: @escaping @Sendable () -> [String]) {
        self.knows = knows
        self.seen = seen
    }

    /// No file is at hand: every other field name is an error.
    public static let none = ExtraFieldNames(knows: { _ in false }, seen: { [] })
    /// The files are not read yet (a saved view, `--filter` before loading): any name may turn out to
    /// exist; it is checked again against the files.
    public static let any = ExtraFieldNames(knows: { _ in true }, seen: { [] })
}

extension EventStore {
    /// The extra fields of this snapshot's files. A CSV file's are its header's unused columns; a JSON
    /// Lines file's are found by reading records that have extra fields, until the name asked for turns
    /// up (at most `Self.extraFieldScan` records, so a misspelt name is answered quickly).
    public var extraFieldNames: ExtraFieldNames {
        ExtraFieldNames(
            knows: { [self] name in self.hasExtraField(name) }, seen: { [self] in self.someExtraFieldNames() })
    }

    static let extraFieldScan = 100_000

    func hasExtraField(_ name: String) -> Bool {
        let wanted = name.lowercased()
        return extraFieldCache.answer(wanted) {
            if files.contains(where: { $0.csv?.extraColumnNames.contains { $0.lowercased() == wanted } ?? false }) {
                return true
            }
            return scanExtraFields { $0.lowercased() == wanted }
        }
    }

    func someExtraFieldNames() -> [String] {
        var names = Set(files.flatMap { $0.csv?.extraColumnNames ?? [] })
        _ = scanExtraFields {
            names.insert($0); return names.count >= 40
        }
        return names.sorted()
    }

    /// Reads records with extra fields (JSON Lines ones: CSV headers already answer) until `stop` says so.
    private func scanExtraFields(_ stop: (String) -> Bool) -> Bool {
        let reader = DetailReader(store: self)
        var read = 0
        for i in 0..<count where flags(at: i).contains(.extra) && files[file(at: i)].csv == nil {
            for field in reader.event(at: i).event.extra where stop(field.name) { return true }
            read += 1
            if read >= Self.extraFieldScan { break }
        }
        return false
    }
}

/// Answers kept per snapshot, so a filter typed key by key does not read the files again.
final class ExtraFieldCache: @unchecked Sendable {
    private let lock = NSLock()
    private var answers: [String: Bool] = [:]

    func answer(_ name: String, _ find: () -> Bool) -> Bool {
        lock.lock()
        if let known = answers[name] { lock.unlock(); return known }
        lock.unlock()
        let found = find()
        lock.lock()
        answers[name] = found
        lock.unlock()
        return found
    }
}
