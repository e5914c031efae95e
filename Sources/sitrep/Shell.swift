import Foundation
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
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signals, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: program.inbox.readEnd, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: watcher?.descriptor ?? -1, events: Int16(POLLIN), revents: 0)]
            if poll(&fds, nfds_t(fds.count), program.timeout(at: .current())) < 0, errno != EINTR { return }
            let now = Instant.current()
            if fds[1].revents & Int16(POLLIN) != 0 {
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
/// and the loop restores the terminal on its way out.
enum SignalPipe {
    nonisolated(unsafe) static var writeEnd: Int32 = -1

    static func install(_ signals: [Int32]) -> Int32 {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return -1 }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        _ = fcntl(fds[1], F_SETFL, O_NONBLOCK)
        writeEnd = fds[1]
        for s in signals {
            signal(s) { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(SignalPipe.writeEnd, &byte, 1)
            }
        }
        return fds[0]
    }
}
