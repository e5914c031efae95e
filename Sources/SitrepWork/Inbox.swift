import Foundation
import SitrepUI

/// Messages from the work queues to the loop, in the order they were posted; each post wakes the
/// shell's poll(2) through a pipe.
public final class Inbox: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [Message] = []
    /// Readable when messages are waiting.
    public let readEnd: Int32
    private let writeEnd: Int32

    public init() {
        var fds: [Int32] = [-1, -1]
        _ = pipe(&fds)
        for fd in fds where fd >= 0 {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, O_NONBLOCK)
        }
        (readEnd, writeEnd) = (fds[0], fds[1])
    }

    deinit {
        close(readEnd)
        close(writeEnd)
    }

    public func post(_ message: Message) {
        lock.lock()
        messages.append(message)
        lock.unlock()
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Every message waiting, oldest first.
    public func takeAll() -> [Message] {
        var sink = [UInt8](repeating: 0, count: 256)
        while read(readEnd, &sink, sink.count) > 0 {}
        lock.lock()
        defer { lock.unlock() }
        let taken = messages
        messages = []
        return taken
    }
}
