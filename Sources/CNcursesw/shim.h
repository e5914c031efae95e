// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>
#include <locale.h>
#include <langinfo.h>
#include <termios.h>
#include <unistd.h>
#include <signal.h>

// Macros that do not import into Swift.
static inline attr_t sitrep_attr_bold(void) { return A_BOLD; }
static inline attr_t sitrep_attr_dim(void) { return A_DIM; }
static inline attr_t sitrep_attr_reverse(void) { return A_REVERSE; }
static inline attr_t sitrep_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t sitrep_attr_italic(void) { return A_ITALIC; }
static inline attr_t sitrep_color_pair(int n) { return COLOR_PAIR(n); }
static inline mmask_t sitrep_mouse_mask(void) { return BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int sitrep_is_wheel_up(mmask_t m) { return (m & BUTTON4_PRESSED) != 0; }
static inline int sitrep_is_wheel_down(mmask_t m) { return (m & BUTTON5_PRESSED) != 0; }
static inline int sitrep_is_click(mmask_t m) { return (m & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int sitrep_lines(void) { return getmaxy(stdscr); }
static inline int sitrep_columns(void) { return getmaxx(stdscr); }
