#!/usr/bin/env bash
# End-to-end check of the sources pane in tmux, on copies of the demo's two files followed live:
# F shows each file and its sources in the regions pane's place, a followed file marked; Enter
# narrows the timeline to a file (the count agrees with `sitrep list --filter file:`); an event
# appended to the file arrives in the pane's count and the narrowed timeline; Enter again shows
# all, F brings the regions back.
set -euo pipefail
bin=$(realpath "${1:-.build/debug/sitrep}")
sock=sitrep-sources-$$
tmp=$(mktemp -d)
source "$(dirname "$0")/tmux-lib.sh"

cp Sources/SitrepKit/Resources/news-2024-11.jsonl Sources/SitrepKit/Resources/alerts-2024-11.csv "$tmp/"
news="$tmp/news-2024-11.jsonl"
expected=$("$bin" list --format jsonl --filter 'file:news-2024-11.jsonl' "$news" "$tmp/alerts-2024-11.csv" | wc -l)
[ "$expected" -gt 0 ] || fail "list --filter file: found no events in the news file"

tmux -L "$sock" new-session -d -x 160 -y 45 \
  "TERM=tmux-256color '$bin' '$news' '$tmp/alerts-2024-11.csv'; echo \$? > '$tmp/exit'; sleep 5"
wait_for "Timeline 1,911"
tmux -L "$sock" send-keys F
wait_for "Sources · 2 files"
screen | grep -qF "Regions 29" && fail "the sources should stand in for the regions pane"
screen | grep -qE "● news-2024-11\.jsonl +$expected " || fail "the news file is not listed as followed with $expected events"
screen | grep -qE "● alerts-2024-11\.csv +1,889 " || fail "the alert log is not listed with its 1,889 events"
ok "F shows both files, followed (●), with their counts"

tmux -L "$sock" send-keys Tab Home Enter
wait_for "Timeline $expected · newest first"
wait_for "filter: file:"
ok "Enter on the news file narrows the timeline to its $expected events, as list --filter file: counts"

printf '%s\n' '{"id": "e2e-sources-1", "time": "2024-11-30T23:30:00Z", "regions": ["Kyiv City"], "category": "strike", "title": "An event appended while the sources pane is shown", "sources": ["Wire"]}' >> "$news"
wait_for "Timeline $((expected + 1)) · newest first"
screen | grep -qE "● news-2024-11\.jsonl +$((expected + 1)) " || fail "the pane's count did not follow the append"
screen | grep -qF "Wire" || fail "the new source is not listed under its file"
ok "an appended event arrives in the pane's count, a new source under its file, and the narrowed timeline"

tmux -L "$sock" send-keys Enter
wait_for "Timeline 1,912"
tmux -L "$sock" send-keys F
wait_for "Regions 29"
ok "Enter again shows all; F brings the regions back"
tmux -L "$sock" send-keys q
for _ in $(seq 1 50); do [ -s "$tmp/exit" ] && break; sleep 0.1; done
[ "$(cat "$tmp/exit")" = 0 ] || fail "q should exit 0"
echo "e2e sources: $passed passed, 0 failed"
