import Foundation

/// Two records in the same load with the same explicit id: the dashboard can keep only one selected.
///
/// The ids' hashes, taken from their bytes, are sorted on their own (4 bytes an event); only events
/// whose hash occurs more than once are then compared by their ids, in timeline order. A
/// dictionary of a million ids took more memory than the whole store, and a String made per id
/// to hash it was most of the time.
public enum DuplicateIDs {
    public static func find(in store: EventStore) -> [Diagnostic] {
        // Half of each hash is enough to find the few candidates (a million ids make about a
        // hundred chance pairs), in half the memory; the ids themselves decide.
        func half(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: store.idHash(at: i)) }
        var hashes: [UInt32] = []
        hashes.reserveCapacity(store.count)
        for i in 0..<store.count where !store.flags(at: i).contains(.derivedID) { hashes.append(half(i)) }
        hashes.sort()
        var repeated = Set<UInt32>()
        for k in hashes.indices.dropFirst() where hashes[k] == hashes[k - 1] { repeated.insert(hashes[k]) }
        hashes = []
        guard !repeated.isEmpty else { return [] }
        var out: [Diagnostic] = []
        // Positions ascend: the first of each id is the earliest in the timeline.
        var first: [String: Int] = [:]
        for p in 0..<store.count where !store.flags(at: p).contains(.derivedID) && repeated.contains(half(p)) {
            let id = store.id(at: p)
            guard let earlier = first[id] else {
                first[id] = p
                continue
            }
            let (origin, before) = (store.origin(at: p), store.origin(at: earlier))
            out.append(.warning(origin.path, origin.line, 1, "duplicate id \(JSONText.quoted(id)) (also at \(RawPath.display(before.path)):\(before.line))"))
        }
        return out.sorted { ($0.path, $0.line) < ($1.path, $1.line) }
    }
}
