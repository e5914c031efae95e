import Foundation

/// Two records in the same load with the same explicit id: the dashboard can keep only one selected.
///
/// Ids are compared through a sorted list of (hash, position), 16 bytes an event, and only events
/// whose hashes meet are compared by their ids: a dictionary of a million ids and origins took more
/// memory than the whole store.
public enum DuplicateIDs {
    public static func find(in store: EventStore) -> [Diagnostic] {
        var keys: [(hash: Int, position: Int)] = []
        keys.reserveCapacity(store.count)
        for i in 0..<store.count where !store.flags(at: i).contains(.derivedID) {
            keys.append((store.id(at: i).hashValue, i))
        }
        keys.sort { $0.hash != $1.hash ? $0.hash < $1.hash : $0.position < $1.position }
        var out: [Diagnostic] = []
        var k = 0
        while k < keys.count {
            var end = k + 1
            while end < keys.count, keys[end].hash == keys[k].hash { end += 1 }
            if end - k > 1 {
                // Positions ascend within a run: the first of each id is the earliest in the timeline.
                var first: [String: Int] = [:]
                for (_, p) in keys[k..<end] {
                    let id = store.id(at: p)
                    guard let earlier = first[id] else {
                        first[id] = p
                        continue
                    }
                    let (origin, before) = (store.origin(at: p), store.origin(at: earlier))
                    out.append(.warning(origin.path, origin.line, 1, "duplicate id \(JSONText.quoted(id)) (also at \(RawPath.display(before.path)):\(before.line))"))
                }
            }
            k = end
        }
        return out.sorted { ($0.path, $0.line) < ($1.path, $1.line) }
    }
}
