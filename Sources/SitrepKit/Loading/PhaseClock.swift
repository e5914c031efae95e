import Foundation

/// Prints how long each loading phase took to standard error when `SITREP_TIMING` is set:
/// how the benchmark's figures are broken down.
struct PhaseClock {
    private static let enabled = ProcessInfo.processInfo.environment["SITREP_TIMING"] != nil
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func mark(_ phase: String) {
        guard Self.enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        FileHandle.standardError.write(
            Data(
                "sitrep timing: \(phase) \(String(format: "%.3f", Double(now - last) / 1e9)) s, peak resident \(usage.ru_maxrss >> 10) MB\n"
                    .utf8))
        last = now
    }
}
