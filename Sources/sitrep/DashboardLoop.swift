import Foundation
import SitrepKit
import SitrepTerminal
import SitrepUI

/// The one loop: it sleeps in poll(2) on the terminal and a signal pipe, turns what wakes it into
/// messages for the dashboard, reads the selected event's detail, and draws. No CPU while idle;
/// it wakes once a minute for the clock in the status line.
final class DashboardLoop {
    private let terminal: Terminal
    private var dashboard: SitrepUI.Dashboard
    private let details: DetailReader
    private let zone: DisplayZone
    private var detailPosition: Int?
    /// The signal that ended the loop, if one did: the exit status is then 128 + its number.
    private(set) var endingSignal: Int32?

    init(terminal: Terminal, store: EventStore, zone: DisplayZone) {
        self.terminal = terminal
        self.zone = zone
        let size = terminal.size
        dashboard = SitrepUI.Dashboard(store: store, width: size.width, height: size.height, zone: zone)
        details = DetailReader(store: store)
    }

    func run() {
        let signals = SignalPipe.install([SIGINT, SIGTERM, SIGHUP])
        while !dashboard.state.quitting {
            refreshDetail()
            dashboard.setClock(clockText())
            terminal.draw(dashboard.render())
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: signals, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, 2, millisecondsToNextMinute())
            if ready < 0 && errno != EINTR { break }
            if fds[1].revents & Int16(POLLIN) != 0 {
                var byte: UInt8 = 0
                if read(signals, &byte, 1) == 1 { endingSignal = Int32(byte) }
                break
            }
            // The terminal went away (closed, hung up): nothing more can be read or shown.
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { break }
            for key in terminal.readKeys() {
                if let key {
                    dashboard.handle(key)
                } else {
                    let size = terminal.size
                    dashboard.resize(width: size.width, height: size.height)
                }
            }
        }
    }

    private func refreshDetail() {
        let position = dashboard.selectedPosition
        guard position != detailPosition || dashboard.state.detail == nil else { return }
        detailPosition = position
        dashboard.setDetail(position.map { details.event(at: $0).event })
    }

    private func clockText() -> String {
        let now = Int64(Date().timeIntervalSince1970)
        let civil = CivilTime(secondsSinceEpoch: now + Int64(zone.offsetSeconds(at: now)))
        let h = civil.hour < 10 ? "0\(civil.hour)" : "\(civil.hour)"
        let m = civil.minute < 10 ? "0\(civil.minute)" : "\(civil.minute)"
        return "\(h):\(m) \(zone.identifier)"
    }

    private func millisecondsToNextMinute() -> Int32 {
        let now = Date().timeIntervalSince1970
        return Int32((60 - now.truncatingRemainder(dividingBy: 60)) * 1000) + 5
    }
}

/// Signals become a byte on a pipe, which the loop's poll sees: the handler does nothing else,
/// and the loop restores the terminal on its way out.
enum SignalPipe {
    nonisolated(unsafe) static var writeEnd: Int32 = -1

    static func install(_ signals: [Int32]) -> Int32 {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return -1 }
        _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
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
