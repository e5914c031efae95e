import Foundation

/// Two records in the same load with the same explicit id: the dashboard can keep only one selected.
///
/// The ids' hashes, taken from their bytes, are sorted on their own (4 bytes an event, and as
/// many again while they are sorted); only events
/// whose hash occurs more than once are then compared by their ids, in timeline order. A
/// dictionary of a million ids took more memory than the whole store, and a String made per id
/// to hash it was most of the time.
public enum DuplicateIDs {
    public static func find(in store: EventStore) -> [Diagnostic] {
        // Half of each hash is enough to find the few candidates (a million ids make about a
        // hundred chance pairs), in half the memory; the ids themselves decide.
        var hashes: [UInt32] = []
        hashes.reserveCapacity(store.count)
        store.forEachExplicitIDHalf { _, half in hashes.append(half) }
        RadixSort.sort(&hashes)
        var repeated = Set<UInt32>()
        for k in hashes.indices.dropFirst() where hashes[k] == hashes[k - 1] { repeated.insert(hashes[k]) }
        hashes = []
        guard !repeated.isEmpty else { return [] }
        var out: [Diagnostic] = []
        // Positions ascend: the first of each id is the earliest in the timeline.
        var first: [String: Int] = [:]
        store.forEachExplicitIDHalf { p, half in
            guard repeated.contains(half) else { return }
            let id = store.id(at: p)
            guard let earlier = first[id] else {
                first[id] = p
                return
            }
            let (origin, before) = (store.origin(at: p), store.origin(at: earlier))
            out.append(
                .warning(
                    origin.path, origin.line, 1,
                    "duplicate id \(JSONText.quoted(id)) (also at \(RawPath.display(before.path)):\(before.line))"))
        }
        return out.sorted { ($0.path, $0.line) < ($1.path, $1.line) }
    }
}

extension EventStore {
    /// Calls `body` with each position that has an id of its own and half of that id's hash (as
    /// `idHash(at:)`), in timeline order. A segment is taken once per run of its rows: fetching it
    /// per event copied its arrays (a retain and release of each) a million times. Nothing is
    /// kept: the scan runs beside a just-loaded store, near peak memory.
    func forEachExplicitIDHalf(_ body: (Int, UInt32) -> Void) {
        guard count > 0 else { return }
        var current = Int(order[0].segment)
        var segment = segments[current]
        for i in 0..<count {
            let ref = order[i]
            if Int(ref.segment) != current {
                current = Int(ref.segment)
                segment = segments[current]
            }
            let r = segment.rows[Int(ref.index)]
            // Derived ids (also an alert's, made when shown) never repeat.
            guard !EventFlags(rawValue: r.flags).contains(.derivedID) else { continue }
            body(i, UInt32(truncatingIfNeeded: segment.withID(of: r, strings: strings, Self.idHash)))
        }
    }
}

/// Sorts 32-bit numbers in two passes of 16 bits (least significant first): a million hashes in a
/// few milliseconds, where the general sort compared them for tens.
enum RadixSort {
    /// Sorts in place, with one scratch array as large as `values`.
    static func sort(_ values: inout [UInt32]) {
        var scratch = [UInt32](repeating: 0, count: values.count)
        var starts = [Int](repeating: 0, count: 65_537)
        for shift: UInt32 in [0, 16] {
            starts.withUnsafeMutableBufferPointer { starts in
                for k in starts.indices { starts[k] = 0 }
                // Pass one moves `values` into `scratch`, pass two moves them back.
                func move(_ from: UnsafeMutableBufferPointer<UInt32>, _ to: UnsafeMutableBufferPointer<UInt32>) {
                    for x in from { starts[Int((x >> shift) & 0xFFFF) + 1] += 1 }
                    for k in 1...65_536 { starts[k] += starts[k - 1] }
                    for x in from {
                        let bucket = Int((x >> shift) & 0xFFFF)
                        to[starts[bucket]] = x
                        starts[bucket] += 1
                    }
                }
                values.withUnsafeMutableBufferPointer { v in
                    scratch.withUnsafeMutableBufferPointer { s in
                        if shift == 0 { move(v, s) } else { move(s, v) }
                    }
                }
            }
        }
    }
}
