#!/usr/bin/env bash
# Hostile terminals end to end: sizes from 1x1 to 500x200, a storm of 100 resizes in a second,
# TERM=dumb, TERM unset, a terminal without colours, standard input closed, SIGHUP and SIGTERM.
# sitrep never crashes, and whenever it ends the terminal is back as it was (main screen, cursor on).
set -euo pipefail
bin=$(realpath "${1:-.build/debug/sitrep}")
sock=sitrep-terms-$$
tmp=$(mktemp -d)
source "$(dirname "$0")/tmux-lib.sh"
pane() { tmux -L "$sock" display -p "$1"; }
restored() {  # the program has exited: alternate screen off, cursor shown
  for _ in $(seq 1 50); do [ -s "$tmp/exit" ] && break; sleep 0.1; done
  [ -s "$tmp/exit" ] || fail "$1: sitrep did not end"
  [ "$(pane '#{alternate_on}')" = 0 ] || fail "$1: the terminal was left on the alternate screen"
  [ "$(pane '#{cursor_flag}')" = 1 ] || fail "$1: the cursor was left hidden"
}
start() { rm -f "$tmp/exit"; stop_server; tmux -L "$sock" new-session -d -x "${2:-120}" -y "${3:-40}" "$1; echo \$? > '$tmp/exit'; sleep 30"; }

start "TERM=tmux-256color '$bin'"
wait_for "Timeline 1,911"
for size in 1x1 2x2 39x9 40x10 500x200 80x24; do
  tmux -L "$sock" resize-window -x "${size%x*}" -y "${size#*x}"
  sleep 0.2
  [ -s "$tmp/exit" ] && fail "sitrep ended at $size"
done
wait_for "Timeline 1,911"
ok "sizes 1x1, 2x2, 39x9, 40x10, 500x200 and back: still running"
for i in $(seq 1 100); do tmux -L "$sock" resize-window -x $(( (i * 37) % 300 + 1 )) -y $(( (i * 17) % 120 + 1 )); sleep 0.01; done
tmux -L "$sock" resize-window -x 120 -y 40
wait_for "Regions 29"
[ -s "$tmp/exit" ] && fail "sitrep ended during the resize storm"
ok "a storm of 100 resizes: still running, and the screen right afterwards"
tmux -L "$sock" send-keys q
restored "q"
ok "q: the terminal is restored"

start "TERM=tmux-256color '$bin'"
wait_for "Timeline"
pkill -TERM -f -- "^$bin\$" || true
restored "SIGTERM"
[ "$(cat "$tmp/exit")" = 143 ] || fail "SIGTERM should end sitrep with 143"
start "TERM=tmux-256color '$bin'"
wait_for "Timeline"
pkill -HUP -f -- "^$bin\$" || true
restored "SIGHUP"
[ "$(cat "$tmp/exit")" = 129 ] || fail "SIGHUP should end sitrep with 129"
ok "SIGTERM (143) and SIGHUP (129): the terminal is restored"

start "TERM=vt100 '$bin'"
wait_for "Timeline 1,911"
tmux -L "$sock" capture-pane -e -p | grep -qE $'\e\\[(3[0-7]|4[0-7]|38;|48;)' && fail "a terminal without colours was sent colours"
tmux -L "$sock" send-keys q
restored "vt100"
ok "TERM=vt100 (no colours): runs with attributes only"

for term in "TERM=dumb" "env -u TERM"; do
  start "$term '$bin' 2> '$tmp/err'"
  restored "$term"
  [ "$(cat "$tmp/exit")" = 2 ] || fail "$term should exit 2, got $(cat "$tmp/exit")"
  grep -qF "sitrep list" "$tmp/err" || fail "$term: no pointer to sitrep list"
done
ok "TERM=dumb and TERM unset: exit 2 with a pointer to sitrep list"

start "TERM=tmux-256color '$bin' <&- 2> '$tmp/err'"
restored "stdin closed"
[ "$(cat "$tmp/exit")" = 2 ] || fail "with standard input closed sitrep should exit 2, got $(cat "$tmp/exit")"
ok "standard input closed: exit 2, no crash"
echo "e2e terminals: $passed passed, 0 failed"
