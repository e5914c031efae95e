#if canImport(Glibc)
    import Glibc
#endif

/// A load builds large arrays (rows, postings, a sorted order) and frees the
/// scratch ones as soon as the store is made. glibc raises its mmap threshold
/// after the first large free, so later scratch arrays come from the heap and
/// the freed pages stay in the process for as long as the dashboard runs —
/// days on a wall screen. A fixed threshold of 128 KiB keeps large arrays in
/// their own mappings, which go back to the system when freed; small
/// allocations are unaffected.
enum MemoryReturn {
    /// `M_MMAP_THRESHOLD` in glibc's `<malloc.h>`, which Swift's Glibc module
    /// does not bring in; the value is part of glibc's stable interface.
    private static let mmapThreshold: Int32 = -3

    static func keepLargeBlocksSeparate() {
        #if canImport(Glibc)
            // Looked up rather than linked so that a C library without mallopt
            // (musl) simply keeps its own policy.
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            _ = unsafeBitCast(symbol, to: Mallopt.self)(mmapThreshold, 128 * 1024)
        #endif
    }
}
