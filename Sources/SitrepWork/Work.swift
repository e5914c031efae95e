import Foundation
import SitrepKit
import SitrepUI

/// The work behind the runtime's effects, done on the calling thread: reading files, filtering,
/// searching, reading an event in full, looking at files, reading themes, keeping the history.
/// `Program` decides which thread calls it; tests call it directly, so the work they see is the
/// work a real run does.
public final class Work: @unchecked Sendable {
    let library: EventLibrary
    let watcher: FileWatcher?
    /// The files named on the command line, for the wall's freshness line.
    let namedFiles: [String]
    let themesDirectory: String
    let snapshotsDirectory: String
    /// Where history is kept; nil keeps none (tests).
    let keepsHistory: Bool
    private let newest = NewestStore()
    private var details: (store: EventStore, reader: DetailReader)?

    public init(
        library: EventLibrary, watcher: FileWatcher? = nil, namedFiles: [String] = [],
        themesDirectory: String = SitrepPaths.themesDirectory,
        snapshotsDirectory: String = SitrepPaths.snapshotsDirectory,
        keepsHistory: Bool = true
    ) {
        self.snapshotsDirectory = snapshotsDirectory
        self.library = library
        self.watcher = watcher
        self.namedFiles = namedFiles
        self.themesDirectory = themesDirectory
        self.keepsHistory = keepsHistory
    }

    /// How much of the first load is done, when the library reports it.
    var loadedFraction: Double? { library.options.progress?.fraction }

    /// Performs one effect's work; `post` receives the messages it produces, in order (a load's
    /// preview before its full snapshot). Effects that are not work (draw, theme, quit) do nothing.
    public func perform(_ effect: Effect, post: (Message) -> Void) {
        switch effect {
        case .load:
            // The newest events of large files first, so the screen fills while the rest loads.
            if let first = library.preview() { post(.loaded(first, LibraryChange(), partial: true)) }
            post(.loaded(library.loadAll(), LibraryChange(), partial: false))
        case .reload(let paths):
            let change = library.refresh(paths)
            post(.loaded(library.snapshot(), change, partial: false))
        case .pollFiles:
            if let changed = watcher?.pollChanges(), !changed.isEmpty { post(.filesChanged(changed)) }
        case .runFilter(let job, let cancellation):
            let (positions, unreadable, compared) = job.run(cancellation)
            if !cancellation.isCancelled {
                post(.filterFinished(job, positions: positions, unreadable: unreadable, compared: compared))
            }
        case .runSearch(let job, let cancellation):
            let positions = job.run(cancellation)
            if !cancellation.isCancelled { post(.searchFinished(job, positions: positions)) }
        case .readTitles(let store, let positions):
            let read = positions.filter { $0 < store.count }.map {
                ($0, store.title(at: $0, maxBytes: Dashboard.titleBytes))
            }
            post(.titlesRead(store, Dictionary(read) { first, _ in first }))
        case .readDetail(let store, let position):
            post(.detailRead(store, position: position, detailReader(for: store).event(at: position).event))
        case .checkFiles(let store):
            post(.filesChecked(FileHealthCheck.check(store, namedFiles: namedFiles)))
        case .readThemes:
            post(.themesRead(ThemeChoice.load(directory: themesDirectory).catalog))
        case .countRepeats(let store):
            // Only the newest snapshot's (`noteNewest`): a burst of appends makes snapshots faster
            // than a million ids are compared.
            guard newest.isNewest(store) else { return }
            _ = store.duplicateIDs
            post(.repeatsCounted)
        case .saveHistory(let history):
            if keepsHistory { FilterHistory.save(history) }
        case .writeSnapshot(let snapshot):
            post(.snapshotWritten(SnapshotFiles.write(snapshot, to: snapshotsDirectory)))
        case .cancel(let cancellation):
            cancellation.cancel()
        case .applyTheme, .draw, .quit:
            return
        }
    }

    /// One reader per snapshot, kept while the snapshot is on screen: its files stay open.
    private func detailReader(for store: EventStore) -> DetailReader {
        if let details, details.store === store { return details.reader }
        let reader = DetailReader(store: store)
        details = (store, reader)
        return reader
    }

    /// Marks the snapshot whose repeated ids are wanted (the newest one handed to the screen).
    func noteNewest(_ store: EventStore) { newest.set(store) }
}

/// The newest snapshot handed to the screen, for work beside it that only the newest one needs.
final class NewestStore: @unchecked Sendable {
    private let lock = NSLock()
    private var store: ObjectIdentifier?

    func set(_ s: EventStore) {
        lock.lock()
        store = ObjectIdentifier(s)
        lock.unlock()
    }

    func isNewest(_ s: EventStore) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return store == ObjectIdentifier(s)
    }
}
