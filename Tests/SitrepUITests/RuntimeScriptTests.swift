import Foundation
import Testing
import SitrepKit
@testable import SitrepUI
@testable import SitrepWork

/// The runtime fuzz target's scripts, made here from a fixed seed so that every run tries the same
/// ones: keys, resizes, appends, deletions, rotations and time over the demo, a real week of alerts
/// and generated files. A crash the fuzzer finds is added to `regressions` as its bytes.
@Suite("Runtime scripts", .serialized)
struct RuntimeScriptTests {
    static let alertLog =
        (#filePath as NSString).deletingLastPathComponent + "/../SitrepKitTests/Fixtures/alerts-official-2024-04.csv"

    /// Inputs that once broke something, kept as they were found.
    static let regressions: [[UInt8]] = [
        // The demo at 90x30, `m` (the map), then the screen made 60x20: the map's rows ran backwards.
        [0, 0, 89, 29, 0, 0, 9, 9, 0, 60, 20],
        // 200 generated alerts grouped at 120x40: `G`, resized to 1x1 and to 200x60, `r`, Enter.
        [2, 200, 8, 119, 39, 0, 0, 3, 9, 0, 1, 1, 9, 0, 200, 60, 0, 0, 12, 0, 0, 44],
    ]

    @Test(arguments: 0..<regressions.count)
    func aScriptThatOnceBrokeSomethingRunsThrough(_ k: Int) {
        RuntimeScript.run(Self.regressions[k], in: NSTemporaryDirectory(), alertLog: Self.alertLog)
    }

    @Test(arguments: RuntimeScript.Base.allCases.map(\.rawValue))
    func randomScriptsRunThrough(_ base: Int) {
        var state = UInt64(base + 1) &* 0x9E37_79B9_7F4A_7C15
        // Fewer under the sanitizers (see SizeSweepTests.coarse); the fuzzer runs many more.
        for _ in 0..<(SizeSweepTests.coarse ? 1 : 4) {
            var bytes: [UInt8] = [UInt8(base)]
            for _ in 0..<240 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                bytes.append(UInt8(truncatingIfNeeded: state >> 56))
            }
            RuntimeScript.run(bytes, in: NSTemporaryDirectory(), alertLog: Self.alertLog)
        }
    }
}
