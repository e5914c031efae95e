import Foundation
import SitrepKit

/// `swift run -c release sitrep-bench [--sizes 100000,1000000] [--runs 3] [--dir DIR] [--compare-foundation]`
///
/// Generates the reference workload if missing, then runs the real `sitrep` binary on it and prints
/// one table: wall time, CPU time and peak resident memory of `sitrep summary --by region` (which
/// only counts as it reads) and of `sitrep list --limit 0` (which builds the whole store, as the
/// dashboard does).
/// Not a test: it prints figures, and the budgets are checked by the reader, not asserted.
struct Options {
    var sizes = [100_000, 1_000_000]
    var runs = 3
    var dir = (NSTemporaryDirectory() as NSString).appendingPathComponent("sitrep-bench")
    var compareFoundation = false
    var filters = false
    var numbers = false
    var map = false
    var stories = false

    init(_ args: [String]) {
        var it = args.makeIterator()
        while let a = it.next() {
            switch a {
            case "--sizes": sizes = (it.next() ?? "").split(separator: ",").compactMap { Int($0) }
            case "--runs": runs = max(1, Int(it.next() ?? "") ?? 3)
            case "--dir": dir = it.next() ?? dir
            case "--compare-foundation": compareFoundation = true
            case "--filters": filters = true
            case "--numbers": numbers = true
            case "--map": map = true
            case "--stories": stories = true
            default:
                FileHandle.standardError.write(
                    Data(
                        "usage: sitrep-bench [--sizes N,N] [--runs N] [--dir DIR] [--compare-foundation] [--filters] [--numbers] [--map] [--stories]\n"
                            .utf8))
                exit(2)
            }
        }
    }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let binDir = (CommandLine.arguments[0] as NSString).deletingLastPathComponent
let sitrep = (binDir as NSString).appendingPathComponent("sitrep")
guard FileManager.default.isExecutableFile(atPath: sitrep) else {
    print("sitrep-bench: no sitrep binary next to this one (\(sitrep)); build with `swift build -c release` first")
    exit(1)
}
try? FileManager.default.createDirectory(atPath: options.dir, withIntermediateDirectories: true)

func workload(_ n: Int) -> String {
    let path = (options.dir as NSString).appendingPathComponent("events-\(n).jsonl")
    if !FileManager.default.fileExists(atPath: path) {
        print("generating \(n) events into \(path) ...")
        do { try Workload.write(count: n, to: path) } catch {
            print("sitrep-bench: cannot write \(path): \(error)")
            exit(1)
        }
    }
    // Read it once so that every run finds the file in the page cache.
    _ = Measure.run(["/bin/cat", path])
    return path
}

print("sitrep-bench: whole processes, file in the page cache, median of \(options.runs) runs")
print("  summary: `sitrep summary --by region FILE` (counts while reading)")
print("  load:    `sitrep list --limit 0 FILE` (reads every event into the store, as the dashboard does)")
print(
    "machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory >> 30) GiB"
)
print("")
print(
    "events".padding(toLength: 10, withPad: " ", startingAt: 0)
        + "  command    file MB   wall s   cpu s   peak MB   events/s")
for n in options.sizes {
    let path = workload(n)
    let size = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1e6
    for (name, arguments) in [
        ("summary", ["summary", "--by", "region", "--format", "csv"]), ("load", ["list", "--limit", "0"]),
    ] {
        let runs = (0..<options.runs).map { _ in Measure.run([sitrep] + arguments + [path]) }
        if let failed = runs.first(where: { $0.status != 0 }) {
            print("sitrep exited with status \(failed.status) on \(path)")
            exit(1)
        }
        let m = Measurement(
            wall: Measure.median(runs.map(\.wall)), cpu: Measure.median(runs.map(\.cpu)),
            peakMB: runs.map(\.peakMB).max() ?? 0, status: 0)
        let figures = String(
            format: "%9.1f  %7.2f  %6.2f  %8.1f  %9.0f", size, m.wall, m.cpu, m.peakMB, Double(n) / m.wall)
        print(
            String(n).padding(toLength: 10, withPad: " ", startingAt: 0) + "  "
                + name.padding(toLength: 8, withPad: " ", startingAt: 0) + "  " + figures)
    }
}
print("")
print(
    "budgets at 1M events (bench/compare.sh prints them against lnav): summary under 0.8 s; the dashboard's full load under 1.0 s and 150 MB"
)

if options.filters {
    FilterTimings.run(path: workload(options.sizes.last ?? 1_000_000))
}

if options.numbers {
    NumberTimings.run(path: workload(options.sizes.last ?? 1_000_000))
}

if options.stories {
    StoryTimings.run(path: workload(options.sizes.last ?? 1_000_000))
}

if options.map {
    MapTimings.run()
}

if options.compareFoundation {
    ParserComparison.run(path: workload(options.sizes.first ?? 100_000))
}
