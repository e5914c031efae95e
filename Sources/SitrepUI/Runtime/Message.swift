import SitrepKit

/// Everything that can happen to a running dashboard. The shell turns wake-ups (a key, a resize, a
/// file change, a signal, a timeout) into these; work finished off the loop comes back as these.
public enum Message: Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// Time passed and nothing else happened: due work is started, the clock may turn.
    case tick
    /// A snapshot from a load or reload; `partial` is the first look at large files while they load.
    case loaded(EventStore, LibraryChange, partial: Bool)
    /// How much of the first load is done, 0 to 1.
    case loadProgress(Double)
    case filterFinished(FilterJob, positions: [Int], unreadable: [String], compared: ComparedResult? = nil)
    case searchFinished(SearchJob, positions: [Int])
    /// Followed files (event files or theme files) changed on disk.
    case filesChanged([String])
    /// The themes, read again after a theme file changed.
    case themesRead(ThemeCatalog)
    case detailRead(EventStore, position: Int, Event?)
    /// Titles of rows on screen, read from their files off the loop.
    case titlesRead(EventStore, [Int: String])
    /// What the wall's freshness line needs to know about the files.
    case filesChecked(FileHealth)
    /// Repeated ids were counted beside the screen; the status line can say so.
    case repeatsCounted
    /// SIGINT, SIGTERM or SIGHUP: leave, with 128 + the signal as the exit status.
    case signal(Int32)
    /// The screen was written to files (`S`), or could not be: what the status line says.
    case snapshotWritten(String)
}

/// What an update asks the world to do. The runtime never does these itself, so that tests can see
/// them as data; `Program` performs them (some on work queues, whose results come back as messages).
public enum Effect: Sendable {
    /// Read every file: the newest events first (a preview), then all.
    case load
    /// Read the changes of these files.
    case reload([String])
    /// Look at the files for changes (`--poll`).
    case pollFiles
    case runFilter(FilterJob, Cancellation)
    case runSearch(SearchJob, Cancellation)
    /// A filter or search whose result is no longer wanted.
    case cancel(Cancellation)
    /// Read an event in full for the detail pane.
    case readDetail(EventStore, position: Int)
    /// Read the titles of these positions from their files (rows drawn before their titles were read).
    case readTitles(EventStore, [Int])
    /// Look at the files for the wall's freshness line.
    case checkFiles(EventStore)
    /// Read the theme files again.
    case readThemes
    case applyTheme(Theme)
    /// Count repeated ids of a new snapshot, beside the screen.
    case countRepeats(EventStore)
    /// Keep the filters used, for the next run.
    case saveHistory([String])
    /// Write the screen to files, in every snapshot format, with the theme on screen.
    case writeSnapshot(Snapshot)
    /// The screen changed: draw it.
    case draw
    /// Leave with this exit status.
    case quit(Int32)
}
