#!/usr/bin/env bash
# Live-reload benchmark (not a test: it prints figures). Runs the release dashboard in tmux on the
# reference workload, appends events and times how long each takes to appear on screen, then
# measures the CPU the idle dashboard uses over a quiet minute.
#   bash .ci/bench-live.sh [EVENTS] [IDLE_SECONDS]     (defaults: 1000000 60)
#   SITREP_ARGS=--group bash .ci/bench-live.sh ...      (the same, with the dashboard's own options)
set -euo pipefail
events=${1:-1000000}
idle=${2:-60}
bin=$(realpath .build/release/sitrep)
bench=$(realpath .build/release/sitrep-bench)
data=${TMPDIR:-/tmp}/sitrep-bench
sock=sitrep-bench-live-$$
tmp=$(mktemp -d)
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config"
[ -f "$data/events-$events.jsonl" ] || "$bench" --sizes "$events" --runs 1 --dir "$data" >/dev/null
cp "$data/events-$events.jsonl" "$tmp/events.jsonl"
cat "$tmp/events.jsonl" > /dev/null
now_ms() { date +%s%3N; }
screen() { tmux -L "$sock" capture-pane -p; }
newest=$(tail -1 "$tmp/events.jsonl" | sed -E 's/.*"title": "([^"]{1,20}).*/\1/')
start=$(now_ms)
tmux -L "$sock" new-session -d -x 160 -y 40 "TERM=tmux-256color '$bin' ${SITREP_ARGS:-} '$tmp/events.jsonl'"
shown=$(echo "$events" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')
until screen | grep -qF -- "$newest"; do
  sleep 0.02
  [ $(( $(now_ms) - start )) -lt 120000 ] || { echo "sitrep did not show the newest event within 2 minutes"; screen; exit 1; }
done
first=$(( $(now_ms) - start ))
# The status line has the whole count once everything is loaded (stories or events are shown).
until screen | grep -qF "of $shown events"; do
  sleep 0.02
  [ $(( $(now_ms) - start )) -lt 120000 ] || { echo "sitrep did not show $shown events within 2 minutes"; screen; exit 1; }
done
loaded=$(( $(now_ms) - start ))
pid=$(tmux -L "$sock" list-panes -F '#{pane_pid}')
sleep 1
latencies=()
for i in $(seq 1 21); do
  # Words of its own, so that grouping into stories keeps each probe a story of its own.
  title="latency probe $i: p$i q$i r$i s$i"
  t0=$(now_ms)
  printf '{"time": "2030-01-01T00:%02d:00Z", "region": "Sumy", "title": "%s"}\n' "$i" "$title" >> "$tmp/events.jsonl"
  until screen | grep -qF "$title"; do
    [ $(( $(now_ms) - t0 )) -lt 10000 ] || { echo "the appended event did not appear within 10 s"; screen; exit 1; }
  done
  latencies+=($(( $(now_ms) - t0 )))
  sleep 0.3
done
sorted=$(printf '%s\n' "${latencies[@]}" | sort -n)
median=$(echo "$sorted" | sed -n 11p)
worst=$(echo "$sorted" | tail -1)
ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
hz=$(getconf CLK_TCK)
before=$(ticks)
sleep "$idle"
after=$(ticks)
cpu=$(awk -v t=$((after - before)) -v hz="$hz" 'BEGIN { printf "%.2f", t / hz }')
rss=$(awk '/VmHWM/ {print $2 / 1024}' "/proc/$pid/status")
tmux -L "$sock" send-keys q
echo "sitrep live benchmark: $events events, dashboard in tmux at 160x40, release build${SITREP_ARGS:+, $SITREP_ARGS}"
echo "  first events on screen (the newest, while the rest loads): ${first} ms (budget: under 200 ms)"
echo "  first screen with every event loaded: ${loaded} ms"
echo "  append -> on screen, 21 appends: median ${median} ms, worst ${worst} ms (budget: median under 50 ms)"
echo "  CPU over ${idle} idle seconds: ${cpu} s (budget: under 0.1 s)"
echo "  peak resident memory of the dashboard: ${rss} MB"
