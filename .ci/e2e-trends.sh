#!/usr/bin/env bash
# End-to-end check of the numbers over time: the trends pane in tmux (t shows it, p plots the drones
# launched against shot down, ← moves its cursor, Enter narrows to that day, t brings the regions
# back), the regions' change column, and the new commands (summary by week with a sum, a table of
# two keys, surges) on the demo.
set -euo pipefail
bin=$(realpath "${1:-.build/debug/sitrep}")
sock=sitrep-trends-$$
tmp=$(mktemp -d)
source "$(dirname "$0")/tmux-lib.sh"

tmux -L "$sock" new-session -d -x 160 -y 45 "TERM=tmux-256color '$bin'; echo \$? > '$tmp/exit'; sleep 5"
wait_for "Timeline 1,911"
wait_for "as of 30 Nov 2024"
ok "the demo opens as of its newest event"
tmux -L "$sock" send-keys t
wait_for "Trends · events per day"
wait_for "Sat 30 Nov 2024: 30 events"
screen | grep -qF "Regions 29" && fail "the trends pane should stand in for the regions pane"
ok "t shows the trends pane in the regions pane's place"
tmux -L "$sock" send-keys Tab Left Left Left Left
wait_for "Tue 26 Nov 2024:"
ok "← moves the cursor back a day, and the top line reads it out"
tmux -L "$sock" send-keys Enter
wait_for "filter: since:2024-11-26 until:2024-11-26"
count=$(screen | grep -oE "Timeline [0-9,]+" | head -1 | grep -oE "[0-9,]+$" | tr -d ,)
expected=$("$bin" summary --by day --format csv --filter 'on:2024-11-26' | awk -F, 'NR==2 {print $2}')
[ "$count" = "$expected" ] || fail "Enter on 26 Nov shows $count events, summary says $expected"
ok "Enter narrows the timeline to the day under the cursor ($count events, as summary counts)"
tmux -L "$sock" send-keys Enter
wait_for "Timeline 1,911"
tmux -L "$sock" send-keys p
wait_for "Trends · drones launched / drones shot dow"
wait_for "Tue 26 Nov 2024: 188 drones launched · 76"
ok "p plots drones launched against shot down"
tmux -L "$sock" send-keys t
wait_for "Regions 29"
ok "t brings the regions back"
tmux -L "$sock" send-keys q
for _ in $(seq 1 50); do [ -s "$tmp/exit" ] && break; sleep 0.1; done
[ "$(cat "$tmp/exit")" = 0 ] || fail "q should exit 0"
stop_server

out=$("$bin" summary --by week --sum drones_launched --sum drones_shot_down)
echo "$out" | grep -qE "^2024-W48 +371 +19.4% +188 +76$" || fail "summary by week with sums: $out"
out=$("$bin" summary --by region,week --format csv | grep -c "^Kharkiv Oblast,2024-W")
[ "$out" = 5 ] || fail "the long form should have five weeks for Kharkiv Oblast, got $out"
set +e
out=$("$bin" summary --sum no_such_figure 2>&1); status=$?
set -e
[ "$status" = 2 ] && echo "$out" | grep -qF "figures: aid_usd_m" || fail "an unknown figure: exit 2 naming the figures, got $status: $out"
"$bin" surges --as-of newest | grep -qF "no region is surging in the 7 days to 2024-11-30" || fail "surges on the demo"
ok "summary by week with sums, a two-key table, an unknown figure, surges"
echo "e2e trends: $passed passed, 0 failed"
