#!/usr/bin/env bash
# End-to-end check of the map pane in tmux: m shows it in the regions pane's place with the region
# that had most events selected, arrows move the selection, Enter narrows the timeline to the
# selected region (the count agrees with `sitrep summary`), Enter again shows all, m takes it away.
set -euo pipefail
bin=$(realpath "${1:-.build/debug/sitrep}")
sock=sitrep-map-$$
tmp=$(mktemp -d)
source "$(dirname "$0")/tmux-lib.sh"

tmux -L "$sock" new-session -d -x 160 -y 45 "TERM=tmux-256color '$bin'; echo \$? > '$tmp/exit'; sleep 5"
wait_for "Timeline 1,911"
tmux -L "$sock" send-keys m
wait_for "Map · events"
wait_for "Dnipropetrovsk Oblast · 223 events"
screen | grep -qF "Regions 29" && fail "the map should stand in for the regions pane"
screen | grep -qF "Kharkiv" || fail "no region labels on the map"
ok "m shows the map, the busiest region selected and named with its count"
tmux -L "$sock" send-keys Tab Right
wait_for "Donetsk Oblast · 139 events"
ok "→ moves the selection to the region east (Donetsk)"
tmux -L "$sock" send-keys Enter
wait_for "Timeline 139 · Donetsk Oblast"
expected=$("$bin" summary --format csv | awk -F, '$1 == "Donetsk Oblast" {print $2}')
[ "$expected" = 139 ] || fail "summary counts $expected for Donetsk Oblast"
ok "Enter narrows the timeline to the selected region (139 events, as summary counts)"
tmux -L "$sock" send-keys Enter
wait_for "Timeline 1,911"
tmux -L "$sock" send-keys m
wait_for "Regions 29"
ok "Enter again shows all; m brings the regions back"
tmux -L "$sock" send-keys q
for _ in $(seq 1 50); do [ -s "$tmp/exit" ] && break; sleep 0.1; done
[ "$(cat "$tmp/exit")" = 0 ] || fail "q should exit 0"
echo "e2e map: $passed passed, 0 failed"
