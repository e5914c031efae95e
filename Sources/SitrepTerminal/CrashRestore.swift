@preconcurrency import CNcursesw
import Foundation

/// Puts the terminal back when sitrep dies of a signal it cannot handle in the loop (a crash): the
/// saved terminal modes are restored and the screen, cursor and mouse reporting are reset with
/// async-signal-safe calls only, then the signal is raised again so that the process still dies of it.
enum CrashRestore {
    nonisolated(unsafe) static var saved = termios()
    nonisolated(unsafe) static var haveSaved = false

    static func saveTerminalModes() {
        haveSaved = tcgetattr(STDIN_FILENO, &saved) == 0
    }

    static func install() {
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            signal(sig) { s in
                CrashRestore.resetTerminal()
                signal(s, SIG_DFL)
                raise(s)
            }
        }
    }

    static func resetTerminal() {
        let reset = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
        reset.withCString { _ = write(STDOUT_FILENO, $0, strlen($0)) }
        if haveSaved { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
    }
}
