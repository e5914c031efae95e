import Foundation
import SitrepKit

/// Times the grouping of reports into stories (`--stories`): a whole snapshot's grouping, and the
/// grouping of a snapshot that continues it after one appended line, on a copy of the workload that
/// is appended to for real. Figures only; the budgets are in docs/performance.md.
enum StoryTimings {
    static func run(path: String) {
        let copy = (NSTemporaryDirectory() as NSString).appendingPathComponent("sitrep-stories-\(getpid()).jsonl")
        defer { try? FileManager.default.removeItem(atPath: copy) }
        // The workload may be a link to a file kept elsewhere: the copy must be of its bytes.
        guard
            (try? FileManager.default.copyItem(atPath: (path as NSString).resolvingSymlinksInPath, toPath: copy)) != nil
        else {
            print("sitrep-bench: cannot copy \(path) to \(copy)")
            return
        }
        var options = LoadOptions()
        options.holdUnfinishedLines = true
        let library = EventLibrary(sources: [.file(copy)], options: options)
        let store = library.loadAll()
        let before = residentMB()
        let start = DispatchTime.now().uptimeNanoseconds
        let groups = store.stories()
        let whole = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        let after = residentMB()
        print("")
        print("stories on \(store.count) events:")
        print(
            String(
                format:
                    "  grouping the whole snapshot            %8.1f ms  (%d stories, %d of several reports; resident +%.1f MB)",
                whole, groups.storyCount, groups.groupedStories.count, after - before))
        var appends: [Double] = []
        var last = store
        for k in 0..<5 {
            let line =
                #"{"id": "append-\#(k)", "time": "2030-01-01T00:0\#(k):00Z", "region": "Kyiv", "title": "Kyiv: drone - appended report \#(k)"}"#
                + "\n"
            guard let handle = FileHandle(forWritingAtPath: copy) else { return }
            handle.seekToEndOfFile()
            handle.write(Data(line.utf8))
            try? handle.close()
            // The library extends the stories of the snapshot before as it makes the next one.
            let t0 = DispatchTime.now().uptimeNanoseconds
            _ = library.refresh([copy])
            let next = library.snapshot()
            _ = next.stories()
            appends.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            guard next.continues(last) else { print("  (the appended snapshot did not continue the last one)"); return }
            last = next
        }
        print(
            String(
                format: "  read + snapshot + stories, one line added %6.1f ms  (median of 5; worst %.1f ms)",
                Measure.median(appends), appends.max() ?? 0))
    }

    /// This process's resident memory now, from /proc.
    static func residentMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
        else { return 0 }
        return Double(line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0) / 1024
    }
}
