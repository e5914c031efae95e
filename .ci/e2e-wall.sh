#!/usr/bin/env bash
# End-to-end check of wall mode: the real binary in tmux with --wall on a feed in a temp folder.
set -euo pipefail
bin=$(realpath "${1:-.build/debug/sitrep}")
sock=sitrep-wall-$$
tmp=$(mktemp -d)
source "$(dirname "$0")/tmux-lib.sh"
feed="$tmp/feed.jsonl"
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
printf '{"time": "%s", "region": "Kharkiv", "category": "strike", "title": "Wall check event"}\n' "$now" > "$feed"

tmux -L "$sock" new-session -d -x 120 -y 40 "TERM=tmux-256color '$bin' --wall --clock Europe/Kyiv --stale-after 1m '$feed'; echo \$? > '$tmp/exit'; sleep 5"
wait_for "SITREP · all events"
wait_for "Kyiv"
wait_for "newest event just now"
wait_for "Wall check event"
ok "the wall shows clocks, freshness and the newest event"
printf '{"time": "%s", "region": "Sumy", "category": "drone", "title": "Second wall event"}\n' "$now" >> "$feed"
wait_for "Second wall event"
ok "a new event appears on the wall by itself"
rm "$feed"
wait_for "feed.jsonl: missing"
ok "a deleted file is shown as a warning"
printf '{"time": "%s", "region": "Sumy", "title": "Back again"}\n' "$now" > "$feed"
wait_for "Back again"
wait_gone "feed.jsonl: missing"
ok "the recreated file is read and the warning goes"
tmux -L "$sock" resize-window -x 80 -y 24
wait_for "last hour"
tmux -L "$sock" resize-window -x 200 -y 50
wait_for "Top regions"
ok "the wall follows resizes"
tmux -L "$sock" send-keys Escape
wait_for "Timeline"
ok "Esc leaves wall mode for the dashboard"
tmux -L "$sock" send-keys q
for _ in $(seq 1 50); do [ -s "$tmp/exit" ] && break; sleep 0.1; done
[ "$(cat "$tmp/exit")" = 0 ] || fail "q should quit with 0"
stop_server

# --locked: keys do nothing; SIGHUP (the terminal gone) restores it and exits 129.
tmux -L "$sock" new-session -d -x 120 -y 40 "TERM=tmux-256color '$bin' --wall --locked '$feed'; echo \$? > '$tmp/exit2'; sleep 5"
wait_for "SITREP"
tmux -L "$sock" send-keys q Escape
sleep 0.5
screen | grep -qF "SITREP" || fail "--locked should ignore q and Esc"
pkill -HUP -f -- "--wall --locked $feed" || fail "no process to send SIGHUP to"
for _ in $(seq 1 50); do [ -s "$tmp/exit2" ] && break; sleep 0.1; done
[ "$(cat "$tmp/exit2")" = 129 ] || fail "SIGHUP should end sitrep with 129, got '$(cat "$tmp/exit2" 2>/dev/null)'"
ok "--locked ignores keys; SIGHUP exits 129"
echo "e2e wall: $passed passed, 0 failed"
