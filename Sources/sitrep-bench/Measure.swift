import Foundation

/// One run of a command: wall time, CPU time and peak resident memory of that process alone.
struct Measurement {
    var wall: Double
    var cpu: Double
    var peakMB: Double
    var status: Int32
}

enum Measure {
    /// Starts the command with posix_spawn and reads its own resource use with wait4, so the peak
    /// memory is the child's, not the benchmark's.
    static func run(_ argv: [String], quiet: Bool = true) -> Measurement {
        var pid: pid_t = 0
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        if quiet { posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0) }
        let cArgs = argv.map { strdup($0) } + [nil]
        defer { cArgs.forEach { free($0) } }
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, argv[0], &actions, nil, cArgs, environ)
        posix_spawn_file_actions_destroy(&actions)
        guard spawned == 0 else { return Measurement(wall: 0, cpu: 0, peakMB: 0, status: -1) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let cpu =
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(
                usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Measurement(wall: wall, cpu: cpu, peakMB: Double(usage.ru_maxrss) / 1024, status: (status >> 8) & 0xFF)
    }

    static func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        return s.isEmpty ? 0 : s[s.count / 2]
    }
}
