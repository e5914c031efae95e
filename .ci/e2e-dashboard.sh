#!/usr/bin/env bash
# End-to-end check of the dashboard: the real binary in tmux (a private server), driven by keys.
set -euo pipefail
bin=$(realpath "${1:-.build/debug/sitrep}")
sock=sitrep-e2e-$$
tmp=$(mktemp -d)
source "$(dirname "$0")/tmux-lib.sh"

tmux -L "$sock" new-session -d -x 120 -y 40 "TERM=tmux-256color '$bin'; echo \$? > '$tmp/exit'; sleep 5"
wait_for "Timeline 1,911"
wait_for "Regions 29"
wait_for "Detail"
ok "three panes at 120x40"
wait_for "Air-raid alert in Dnipropet"
before=$(screen | cut -c100-)
tmux -L "$sock" send-keys j j
wait_for "Oblast (2 h 10 min)"
after=$(screen | cut -c100-)
[ "$before" != "$after" ] || fail "the detail did not change after moving the selection"
ok "moving the selection changes the detail"

tmux -L "$sock" resize-window -x 60 -y 20
wait_for "Timeline 1,911"
screen | grep -qF "Regions" && fail "the narrow layout should show one pane"
ok "60x20 shows the timeline alone"
tmux -L "$sock" resize-window -x 30 -y 8
wait_for "sitrep needs at least"
ok "30x8 shows the one-line message"
tmux -L "$sock" resize-window -x 120 -y 40
wait_for "Regions 29"
wait_for "Oblast (2 h 10 min)"
ok "back at 120x40 with the same selection"

tmux -L "$sock" send-keys '?'
wait_for "Keys (Esc or ? closes)"
tmux -L "$sock" send-keys Escape
for _ in $(seq 1 50); do screen | grep -qF "Keys (Esc" || break; sleep 0.1; done
ok "help opens and closes"

tmux -L "$sock" send-keys '/' 'region:kursk' Enter
wait_for "Timeline 2 · newest first"
wait_for "filter: region:kursk"
# The dashboard and `sitrep summary` agree on what a filter selects.
query='region:kharkiv since:2024-11-20'
expected=$("$bin" summary --by region --format json --filter "$query" | sed -E 's/.*"events": ([0-9]+).*/\1/')
tmux -L "$sock" send-keys '/' C-u "$query" Enter
wait_for "$expected of 1,911 events"
ok "the dashboard shows the same count as sitrep summary for '$query' ($expected)"
tmux -L "$sock" send-keys '/' C-u 'region:kursk' Enter
wait_for "Timeline 2 · newest first"
tmux -L "$sock" send-keys '/' ' ('
wait_for "'(' without its ')'"
tmux -L "$sock" send-keys Escape x
wait_for "Timeline 1,911"
ok "the filter line narrows the timeline, shows an error in place, and x clears it"

tmux -L "$sock" send-keys q
for _ in $(seq 1 100); do [ -s "$tmp/exit" ] && break; sleep 0.1; done
[ "$(cat "$tmp/exit" 2>/dev/null)" = 0 ] || fail "sitrep did not exit 0 after q (got '$(cat "$tmp/exit" 2>/dev/null)')"
ok "q quits with status 0"

# The status line counts problems as `sitrep check` does, repeated ids and all.
stop_server
mkdir -p "$tmp/problems"
cat > "$tmp/problems/a.jsonl" <<'LINES'
{"id": "x", "time": "2024-11-26", "title": "one"}
{"id": "x", "time": "2024-11-27", "title": "same id"}
{"id": "y", "time": "2024-11-27", "title": "bad figure", "figures": {"n": "many"}}
{"time": "2024-11-26", "title": }
{"id": "y", "time": "2024-11-28", "title": "same id again"}
LINES
counts=$("$bin" check "$tmp/problems" | tail -1 | sed -E 's/^[0-9,]+ events?, ([0-9,]+ errors?, [0-9,]+ warnings?).*/\1/' || true)
[ "$counts" = "1 error, 3 warnings" ] || fail "check said '$counts'"
tmux -L "$sock" new-session -d -x 160 -y 30 "TERM=tmux-256color '$bin' '$tmp/problems'; sleep 5"
wait_for "$counts (sitrep check)"
tmux -L "$sock" send-keys q
ok "the status line and sitrep check both count $counts"

# Without a terminal the dashboard says what to use instead and exits 2.
set +e
msg=$("$bin" </dev/null 2>&1 >/dev/null); status=$?
set -e
[ "$status" = 2 ] || fail "without a terminal sitrep should exit 2, got $status"
echo "$msg" | grep -qF "sitrep list" || fail "the message should point to sitrep list: $msg"
ok "without a terminal: exit 2 and a pointer to sitrep list"
echo "e2e dashboard: $passed passed, 0 failed"
