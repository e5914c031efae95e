#!/usr/bin/env bash
# Terminal safety end to end: files full of control sequences (ESC, CSI, OSC 52 and OSC 0, DCS, C1,
# BEL, backspace, CR, bidi overrides, zero-width characters), in JSON escapes and as raw bytes in a
# CSV, and in a file name. The dashboard shows them in every pane, the help, the status line and the
# filter line; what reaches the terminal may hold colours (SGR) and nothing else, the pane title and
# the clipboard stay untouched, and the command-line outputs hold no control bytes.
set -euo pipefail
bin=$(realpath "${1:-.build/debug/sitrep}")
sock=sitrep-hostile-$$
tmp=$(mktemp -d)
source "$(dirname "$0")/tmux-lib.sh"
dir="$tmp/files"
mkdir -p "$dir"
bad='\u001b[2J\u001b]52;c;cHduZWQ=\u0007\u001b]0;pwned\u0007\u001bP1$qm\u001b\\\u009b31m\u0007\b\r\u202egnp.exe\u200b\u2066'
for i in 1 2 3; do
  printf '{"id": "h%d", "time": "2024-11-2%dT10:00:00Z", "title": "Title %d %s end", "body": "Body %s\\nline two %s", "region": "Reg%s", "location": "Loc%s", "category": "cat%s", "source": "Src%s", "actors": ["Act%s"], "tags": ["tag%s"], "figures": {"n%s": 1}, "x%s": "extra%s"}\n' \
    "$i" "$i" "$i" "$bad" "$bad" "$bad" "$bad" "$bad" "$bad" "$bad" "$bad" "$bad" "$bad" "$bad" "$bad" >> "$dir/hostile.jsonl"
done
"$bin" list --format csv "$dir/hostile.jsonl" > "$dir/raw.csv"
grep -q $'\e' "$dir/raw.csv" || fail "the CSV fixture should hold raw ESC bytes"
evil="$dir/evil"$'\e]0;pwned\a'".jsonl"
printf '{"time": "not a time \\u001b[2J", "title": "x"}\n{broken \x1b[31m\x9b\n' > "$evil"

# Command-line outputs: no control bytes at all (tabs and newlines aside).
for cmd in "check" "summary" "summary --by category" "summary --by source" "list"; do
  # shellcheck disable=SC2086
  out=$("$bin" $cmd "$dir" 2>&1 || true)
  if printf '%s' "$out" | LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xae\xab\x8b]'; then
    fail "sitrep $cmd printed control characters"
  fi
done
ok "check, summary and list print no control characters"

tmux -L "$sock" new-session -d -x 200 -y 50 "TERM=tmux-256color '$bin' '$dir'; sleep 5"
wait_for "Timeline"
wait_for "Title"
# Only SGR (colour and attribute) sequences may appear in what the panes hold.
check_screen() {
  local raw
  raw=$(tmux -L "$sock" capture-pane -e -p)
  if printf '%s' "$raw" | sed -E $'s/\e\\[[0-9;]*m//g' | LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xae\xab\x8b]|\xe2\x81[\xa6-\xa9]'; then
    fail "$1: control characters reached the screen"
  fi
  [ "$(tmux -L "$sock" display -p '#{pane_title}')" != pwned ] || fail "$1: the pane title was changed"
  tmux -L "$sock" list-buffers | grep -q . && fail "$1: something was written to the clipboard"
  screen | grep -qF "Title" || fail "$1: the events are no longer on screen"
  return 0
}
check_screen "timeline and detail"
screen | grep -qF "Title 3 �" || fail "controls should show as a visible stand-in (U+FFFD)"
# At 200 columns four panes: timeline, regions, map, detail; three Tabs reach the detail.
for k in j j Tab Tab Tab; do tmux -L "$sock" send-keys "$k"; sleep 0.1; check_screen "after $k"; done
tmux -L "$sock" send-keys Enter; sleep 0.2; check_screen "detail opened"
tmux -L "$sock" send-keys Escape '?'; sleep 0.2; check_screen "help"
tmux -L "$sock" send-keys Escape '/' 'title (' ; sleep 0.3; check_screen "filter line with an error"
tmux -L "$sock" send-keys Escape C-f 'body' Enter n; sleep 0.3; check_screen "search"
tmux -L "$sock" send-keys f; sleep 0.2; check_screen "same-as menu"
tmux -L "$sock" send-keys Escape
ok "every pane, the help, the menus, the filter and search lines: SGR only, title and clipboard untouched"
tmux -L "$sock" resize-window -x 60 -y 20; sleep 0.2; check_screen "narrow"
tmux -L "$sock" send-keys Enter; sleep 0.2; check_screen "narrow detail"
ok "the narrow layout too"
echo "e2e hostile text: $passed passed, 0 failed"
