@preconcurrency import CNcursesw
import Foundation
import SitrepUI

/// Why the dashboard cannot start on this terminal.
public struct TerminalUnavailable: Error, CustomStringConvertible {
    public var description: String
}

/// The only code that talks to curses: it draws a Buffer, reads keys, and puts the terminal back
/// as it found it — on quit, on SIGINT/SIGTERM/SIGHUP, and on a crash.
public final class Terminal: Screen {
    private let screen: OpaquePointer
    private let colors: Bool
    /// How many colours the terminal has; themes are mapped to it.
    public let depth: ColorDepth
    private var looks: [Role: RoleLook] = [:]

    public init() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw TerminalUnavailable(description: "the dashboard needs a terminal on standard input and output")
        }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        guard !term.isEmpty, term != "dumb", term != "unknown" else {
            throw TerminalUnavailable(
                description: "TERM is \(term.isEmpty ? "not set" : "'\(term)'"), which cannot show the dashboard")
        }
        Self.setUTF8Locale()
        CrashRestore.saveTerminalModes()
        guard let screen = newterm(nil, stdout, stdin) else {
            throw TerminalUnavailable(description: "the terminal type '\(term)' is unknown to this system's terminfo")
        }
        self.screen = screen
        set_term(screen)
        cbreak()
        noecho()
        nonl()
        keypad(stdscr, true)
        nodelay(stdscr, true)
        curs_set(0)
        set_escdelay(25)
        _ = mousemask(sitrep_mouse_mask(), nil)
        mouseinterval(0)
        colors = has_colors()
        if colors {
            start_color()
            use_default_colors()
        }
        depth = colors ? ColorDepth(colors: Int(COLORS)) : .none
        CrashRestore.install()
    }

    /// Draws from now on with a theme: one colour pair per role, each colour the nearest the
    /// terminal has. Cells keep their roles, so the next draw repaints in the new colours.
    public func apply(_ theme: Theme) {
        for (i, role) in Role.allCases.enumerated() {
            let style = theme.style(role)
            let pair = Int32(i + 1)
            if colors {
                init_extended_pair(pair, depth.number(for: style.foreground), depth.number(for: style.background))
            }
            looks[role] = RoleLook(attributes: style.attributes(pair: pair, colors: colors))
        }
        clearok(stdscr, true)
    }

    /// Cyrillic prints as garbage without a UTF-8 locale; these machines may only have C.UTF-8.
    static func setUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        if codeset != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    public var size: (width: Int, height: Int) { (Int(sitrep_columns()), Int(sitrep_lines())) }

    /// Copies the buffer to the screen; curses sends only what changed.
    public func draw(_ buffer: Buffer) {
        for y in 0..<buffer.height {
            var x = 0
            while x < buffer.width {
                let role = buffer[x, y].role
                var run = ""
                let start = x
                while x < buffer.width, buffer[x, y].role == role {
                    run += buffer[x, y].text
                    x += 1
                }
                attrset(Int32(bitPattern: looks[role]?.attributes ?? 0))
                mvaddstr(Int32(y), Int32(start), run)
            }
        }
        refresh()
    }

    /// Every key waiting, and `nil` for a resize (the caller reads the new size).
    public func readInput() -> [Key?] {
        var keys: [Key?] = []
        var ch: wint_t = 0
        while true {
            let r = wget_wch(stdscr, &ch)
            if r == ERR { break }
            if r == KEY_CODE_YES {
                if Int32(ch) == KEY_RESIZE { keys.append(nil); continue }
                keys.append(KeyDecoding.functionKey(Int32(ch)))
            } else {
                keys.append(KeyDecoding.character(UInt32(ch)))
            }
        }
        return keys
    }

    /// Puts the terminal back from any thread, with async-signal-safe calls only, for a process
    /// about to `_exit` while its loop is still busy (a signal the loop did not answer in time).
    public static func restoreBeforeExit() { CrashRestore.resetTerminal() }

    /// Puts the terminal back: normal screen, cursor, modes.
    public func stop() {
        endwin()
        delscreen(screen)
    }
}
