#!/usr/bin/env bash
# End-to-end check of live reload: sitrep in tmux follows a folder while files are appended to,
# replaced by rename and deleted.
set -euo pipefail
bin=$(realpath "${1:-.build/debug/sitrep}")
sock=sitrep-live-$$
tmp=$(mktemp -d)
source "$(dirname "$0")/tmux-lib.sh"
event() { printf '{"id": "%s", "time": "%s", "region": "%s", "title": "%s"}\n' "$1" "$2" "$3" "$4"; }

mkdir -p "$tmp/feeds"
{ event e1 2024-11-26T08:00Z Sumy "first morning report"; event e2 2024-11-26T09:00Z Kharkiv "second morning report"; } > "$tmp/feeds/a.jsonl"
event e3 2024-11-26T07:00Z Kherson "report from the other file" > "$tmp/feeds/b.jsonl"

tmux -L "$sock" new-session -d -x 120 -y 30 "TERM=tmux-256color '$bin' '$tmp/feeds'; echo \$? > '$tmp/exit'; sleep 5"
wait_for "Timeline 3"
wait_for "watching"
tmux -L "$sock" send-keys j
wait_for "first morning report   "
ok "three events from two files; the second row selected"

event e4 2024-11-26T10:00Z Poltava "appended while watching" >> "$tmp/feeds/a.jsonl"
wait_for "appended while watching"
wait_for "Timeline 4"
wait_for "1 new ↑"
screen | cut -c92- | grep -qF "first morning report" || fail "the selection moved away from its event"
ok "an append appears, the selection stays on its event, the status counts 1 new"

{ event e1 2024-11-26T08:00Z Sumy "first morning report"; event e2 2024-11-26T09:00Z Kharkiv "second report, corrected"; event e4 2024-11-26T10:00Z Poltava "appended while watching"; } > "$tmp/feeds/.a.jsonl.swp"
mv "$tmp/feeds/.a.jsonl.swp" "$tmp/feeds/a.jsonl"
wait_for "second report, corrected"
wait_gone "second morning report"
ok "a file replaced by rename is read again"

rm "$tmp/feeds/b.jsonl"
wait_gone "report from the other file"
wait_for "Timeline 3"
screen | cut -c92- | grep -qF "first morning report" || fail "the selection moved away from its event"
ok "a deleted file's events leave; the selection is kept"

event e5 2024-11-26T11:00Z Sumy "a new file in the folder" > "$tmp/feeds/c.ndjson"
wait_for "a new file in the folder"
ok "a new file in the watched folder is read"

tmux -L "$sock" send-keys q
for _ in $(seq 1 100); do [ -s "$tmp/exit" ] && break; sleep 0.1; done
[ "$(cat "$tmp/exit" 2>/dev/null)" = 0 ] || fail "sitrep did not stay alive and exit 0 on q (got '$(cat "$tmp/exit" 2>/dev/null)')"
ok "still running until q, exit 0"
echo "e2e live reload: $passed passed, 0 failed"
