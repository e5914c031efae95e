import Dispatch
import SitrepKit
import SitrepUI

/// A running dashboard: the runtime, a screen, and the work its effects ask for. Each message goes
/// through `Runtime.update`; the effects are performed (reading files and filtering on work
/// queues whose results come back through the inbox, the rest at once) and the screen is drawn
/// once per message when the update asked for it. With `background` off every effect is done at
/// once on the caller's thread, which is how tests drive a real run without sleeping.
public final class Program {
    public private(set) var runtime: Runtime
    let screen: any Screen
    let work: Work
    let background: Bool
    public let inbox = Inbox()
    private let reloads = DispatchQueue(label: "sitrep.reload")
    /// Slow filters and searches run here, one at a time; a cancelled one stops between blocks.
    private let filters = DispatchQueue(label: "sitrep.filter")
    private let beside = DispatchQueue(label: "sitrep.beside", qos: .utility)
    /// Titles of rows on screen and the selected event in full: small reads of files, off the loop
    /// so that a slow file system delays them and not the keys.
    private let reads = DispatchQueue(label: "sitrep.reads", qos: .userInitiated)

    public init(runtime: Runtime, screen: any Screen, work: Work, background: Bool = true) {
        self.runtime = runtime
        self.screen = screen
        self.work = work
        self.background = background
    }

    /// The exit status once the run should end.
    public var exitStatus: Int32? { runtime.exitStatus }

    /// How long the shell may sleep.
    public func timeout(at now: Instant) -> Int32 { runtime.timeout(at: now) }

    @discardableResult
    public func start(at now: Instant) -> [Effect] {
        let effects = runtime.start(at: now)
        var follow: [Message] = []
        var draw = false
        for effect in effects { perform(effect, draw: &draw, follow: &follow) }
        return effects + handle(follow, at: now, drawing: draw)
    }

    /// Applies a message and what it leads to at once; returns every effect, for tests to read.
    @discardableResult
    public func send(_ message: Message, at now: Instant) -> [Effect] {
        var messages = [message]
        // While the first load runs, each tick carries how far it got.
        if case .tick = message, runtime.dashboard.state.follow.loading, let fraction = work.loadedFraction {
            messages.insert(.loadProgress(fraction), at: 0)
        }
        return handle(messages, at: now, drawing: false)
    }

    /// Messages the work queues posted.
    @discardableResult
    public func deliverInbox(at now: Instant) -> [Effect] { handle(inbox.takeAll(), at: now, drawing: false) }

    private func handle(_ messages: [Message], at now: Instant, drawing: Bool) -> [Effect] {
        var queue = messages[...]
        var all: [Effect] = []
        var draw = drawing
        while let message = queue.popFirst() {
            var follow: [Message] = []
            let effects = runtime.update(message, at: now)
            for effect in effects { perform(effect, draw: &draw, follow: &follow) }
            all += effects
            queue += follow
        }
        guard draw, runtime.exitStatus == nil else { return all }
        screen.draw(runtime.dashboard.render())
        // Titles the drawing had to leave out are read now; done at once (tests), they are drawn
        // in a second round, and that round has them all.
        var follow: [Message] = []
        for effect in runtime.titlesWanted() { perform(effect, draw: &draw, follow: &follow) }
        return follow.isEmpty ? all : all + handle(follow, at: now, drawing: false)
    }

    private func perform(_ effect: Effect, draw: inout Bool, follow: inout [Message]) {
        switch effect {
        case .draw: draw = true
        case .applyTheme(let theme): screen.apply(theme)
        case .quit: return
        case .load, .reload: run(effect, on: reloads, follow: &follow)
        case .runFilter, .runSearch: run(effect, on: filters, follow: &follow)
        case .countRepeats(let store):
            work.noteNewest(store)
            run(effect, on: beside, follow: &follow)
        case .readTitles, .readDetail: run(effect, on: reads, follow: &follow)
        case .pollFiles, .checkFiles, .readThemes, .saveHistory, .cancel, .writeSnapshot:
            work.perform(effect) { follow.append($0) }
        }
    }

    private func run(_ effect: Effect, on queue: DispatchQueue, follow: inout [Message]) {
        guard background else { return work.perform(effect) { follow.append($0) } }
        let (work, inbox) = (self.work, self.inbox)
        queue.async { work.perform(effect) { inbox.post($0) } }
    }
}
