import Foundation
import SitrepTerminal
import Synchronization
import SitrepKit
import SitrepUI
import SitrepWork

/// The loop of a dashboard run: it sleeps in poll(2) on the terminal, a signal pipe, the file
/// watcher and the program's inbox, and turns what woke it into messages. Everything else (what
/// a message does, when work is due, how long to sleep) is the runtime's.
enum Shell {
    static func run(_ program: Program, screen: any Screen, watcher: FileWatcher?) {
        let signals = SignalPipe.install([SIGINT, SIGTERM, SIGHUP])
        program.start(at: .current())
        while program.exitStatus == nil {
            var fds = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: signals, events: Int16(POLLIN), revents: 0),
                pollfd(fd: program.inbox.readEnd, events: Int16(POLLIN), revents: 0),
                pollfd(fd: watcher?.descriptor ?? -1, events: Int16(POLLIN), revents: 0),
            ]
            if poll(&fds, nfds_t(fds.count), program.timeout(at: .current())) < 0, errno != EINTR { return }
            let now = Instant.current()
            if fds[1].revents & Int16(POLLIN) != 0 {
                SignalPipe.leaving.store(true, ordering: .releasing)
                var byte: UInt8 = 0
                program.send(.signal(read(signals, &byte, 1) == 1 ? Int32(byte) : SIGTERM), at: now)
                return
            }
            // The terminal went away (closed, hung up): nothing more can be read or shown.
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                program.send(.signal(SIGHUP), at: now)
                return
            }
            if fds[2].revents & Int16(POLLIN) != 0 { program.deliverInbox(at: now) }
            if fds[3].revents & Int16(POLLIN) != 0, let changed = watcher?.readEvents(), !changed.isEmpty {
                program.send(.filesChanged(changed), at: now)
            }
            for key in screen.readInput() {
                let size = screen.size
                program.send(key.map(Message.key) ?? .resize(width: size.width, height: size.height), at: now)
            }
            program.send(.tick, at: now)
        }
    }
}

/// Signals become a byte on a pipe, which the loop's poll sees: the handler does nothing else,
/// and the loop restores the terminal on its way out. The same byte goes to a watchdog thread: if
/// the loop has not begun to leave within `grace` (it is inside some long piece of work), the
/// watchdog puts the terminal back and ends the process itself, so SIGTERM, SIGHUP and Ctrl-C
/// always end sitrep, whatever it is doing.
enum SignalPipe {
    nonisolated(unsafe) static var writeEnd: Int32 = -1
    nonisolated(unsafe) static var watchdogEnd: Int32 = -1
    /// Set by the loop once it has taken a signal and is leaving.
    static let leaving = Atomic<Bool>(false)
    static let grace: useconds_t = 100_000

    static func install(_ signals: [Int32]) -> Int32 {
        guard let loop = makePipe(), let watchdog = makePipe() else { return -1 }
        writeEnd = loop.write
        watchdogEnd = watchdog.write
        startWatchdog(reading: watchdog.read)
        for s in signals {
            signal(s) { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(SignalPipe.writeEnd, &byte, 1)
                _ = write(SignalPipe.watchdogEnd, &byte, 1)
            }
        }
        return loop.read
    }

    private static func makePipe() -> (read: Int32, write: Int32)? {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        _ = fcntl(fds[1], F_SETFL, O_NONBLOCK)
        return (fds[0], fds[1])
    }

    private static func startWatchdog(reading fd: Int32) {
        let thread = Thread {
            var byte: UInt8 = 0
            while read(fd, &byte, 1) != 1 { if errno != EINTR { return } }
            usleep(grace)
            guard !leaving.load(ordering: .acquiring) else { return }
            Terminal.restoreBeforeExit()
            _exit(128 + Int32(byte))
        }
        thread.name = "sitrep.signal-watchdog"
        thread.start()
    }
}
