import Foundation
import SitrepTestSupport

/// Runs the real `sitrep` binary, built next to the test bundle, and collects what it printed.
struct CommandResult {
    var status: Int32
    var stdout: String
    var stderr: String
    var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
}

enum Sitrep {
    static let binary: String = {
        // Another build of the binary, to show that a test fails on the code before a change.
        if let chosen = ProcessInfo.processInfo.environment["SITREP_BINARY"] { return chosen }
        let dir = (ProcessInfo.processInfo.arguments[0] as NSString).deletingLastPathComponent
        var candidates = [dir + "/sitrep", (dir as NSString).deletingLastPathComponent + "/sitrep"]
        candidates.append((#filePath as NSString).deletingLastPathComponent + "/../../.build/debug/sitrep")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates[0]
    }()

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        // The user's own profiles and aliases must not change what the tests see.
        env["XDG_CONFIG_HOME"] = NSTemporaryDirectory() + "/sitrep-tests-no-config"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // Standard error is read beside standard output: a command that says more than a pipe
        // holds on one while the test waits on the other would never end.
        let errBox = ErrorBytes()
        let reading = Thread {
            errBox.data = err.fileHandleForReading.readDataToEndOfFile(); errBox.done.signal()
        }
        reading.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        errBox.done.wait()
        let errData = errBox.data
        process.waitUntilExit()
        return CommandResult(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}

/// Standard error's bytes, read on their own thread.
final class ErrorBytes: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}
