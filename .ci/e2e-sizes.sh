#!/usr/bin/env bash
# Large and odd sizes (prints figures; fails on a crash, on unbounded memory or on a missing warning):
# 100,000 distinct region names, one event with 10,000 figures, a folder of 10,000 small files, a
# 64 MB single line, a 64 MB title (selected when the dashboard opens), names of 16 MB, and with --big
# a 1 GB file. Each is loaded in full by `sitrep check` (time and peak
# memory from /usr/bin/time) and shown in the dashboard in tmux, which must answer keys at once.
#   bash .ci/e2e-sizes.sh [BINARY] [--big]
set -euo pipefail
bin=$(realpath "${1:-.build/release/sitrep}")
big=${2:-}
sock=sitrep-sizes-$$
tmp=$(mktemp -d)
source "$(dirname "$0")/tmux-lib.sh"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; }
python3 - "$tmp" <<'PY'
import json, os, sys
d = sys.argv[1]
with open(f"{d}/regions.jsonl", "w") as f:
    for i in range(100000):
        f.write(json.dumps({"time": "2024-11-26T10:00:00Z", "title": f"event {i}", "region": f"Place number {i}"}) + "\n")
with open(f"{d}/figures.jsonl", "w") as f:
    f.write(json.dumps({"time": "2024-11-26T10:00:00Z", "title": "many figures", "figures": {f"f{i}": i for i in range(10000)}}) + "\n")
os.makedirs(f"{d}/many")
for i in range(10000):
    with open(f"{d}/many/e{i}.jsonl", "w") as f:
        f.write(json.dumps({"time": "2024-11-26T10:00:00Z", "title": f"file {i}", "region": "Kyiv"}) + "\n")
with open(f"{d}/long.jsonl", "w") as f:
    f.write(json.dumps({"time": "2024-11-26T10:00:00Z", "title": "one long line", "body": "x" * (64 << 20)}) + "\n")
    f.write(json.dumps({"time": "2024-11-26T11:00:00Z", "title": "after the long line"}) + "\n")
# A title of 64 MB, the newest event, so that the dashboard opens with it selected; then its body.
with open(f"{d}/longtitle.jsonl", "w") as f:
    f.write(json.dumps({"time": "2024-11-26T12:00:00Z", "title": "T" * (64 << 20), "body": "b " * (1 << 20)}) + "\n")
    f.write(json.dumps({"time": "2024-11-26T11:00:00Z", "title": "before the long title"}) + "\n")
# Names of 16 MB: region, category, source and tag, drawn in the timeline, the regions pane and the detail.
with open(f"{d}/bignames.jsonl", "w") as f:
    big = 16 << 20
    f.write(json.dumps({"time": "2024-11-26T12:00:00Z", "title": "big names", "region": "R" * big, "category": "C" * big,
                        "source": "S" * big, "tags": ["T" * big]}) + "\n")
    f.write(json.dumps({"time": "2024-11-26T11:00:00Z", "title": "small names", "region": "Sumy"}) + "\n")
PY
if [ "$big" = --big ]; then
  bench=$(dirname "$bin")/sitrep-bench
  "$bench" --sizes 1600000 --runs 1 --dir "$tmp" > /dev/null
  mv "$tmp/events-1600000.jsonl" "$tmp/big.jsonl"
fi

printf '%-16s %8s %9s %10s  %s\n' input events seconds peak_MB "check's last line"
for input in regions.jsonl figures.jsonl many long.jsonl longtitle.jsonl bignames.jsonl $( [ "$big" = --big ] && echo big.jsonl ); do
  # `check` keeps every event in the store, as the dashboard does (`summary` only counts).
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$bin" check "$tmp/$input" > "$tmp/out" 2> "$tmp/err" || fail "check of $input failed: $(cat "$tmp/out" "$tmp/err" | tail -3)"
  read -r secs kb < "$tmp/time"
  events=$(tail -1 "$tmp/out" | grep -oE '^[0-9,]+ events?' | grep -oE '[0-9,]+' | tr -d ',')
  printf '%-16s %8s %9s %10d  %s\n' "$input" "$events" "$secs" $(( kb / 1024 )) "$(tail -1 "$tmp/out")"
  case $input in
    regions.jsonl) [ "$events" = 100000 ] || fail "100,000 events expected"; [ $(( kb / 1024 )) -lt 300 ] || fail "100,000 regions took over 300 MB" ;;
    many) [ "$events" = 10000 ] || fail "10,000 events expected from 10,000 files" ;;
    long.jsonl|longtitle.jsonl|bignames.jsonl) [ "$events" = 2 ] || fail "both lines of $input should load"; [ $(( kb / 1024 )) -lt 400 ] || fail "a 64 MB line took over 400 MB" ;;
    big.jsonl) [ $(( kb / 1024 )) -lt 300 ] || fail "a 1 GB file took over 300 MB" ;;
  esac
done
ok "every size loads in full, memory within bounds"

for input in regions.jsonl figures.jsonl many long.jsonl longtitle.jsonl bignames.jsonl; do
  stop_server
  tmux -L "$sock" new-session -d -x 120 -y 40 "TERM=tmux-256color '$bin' '$tmp/$input'; echo \$? > '$tmp/exit-$input'; sleep 30"
  wait_for "Timeline"
  wait_gone "loading"
  tmux -L "$sock" send-keys j k Tab Tab Tab '?'
  wait_for "Keys (Esc or ? closes)"
  tmux -L "$sock" send-keys Escape q
  for _ in $(seq 1 50); do [ -s "$tmp/exit-$input" ] && break; sleep 0.1; done
  [ "$(cat "$tmp/exit-$input" 2>/dev/null)" = 0 ] || fail "the dashboard on $input did not quit cleanly"
done
ok "the dashboard shows each and answers keys"

# The folder of 10,000 files with the descriptors of a usual desktop (1,024) and of a tight one (64):
# every file read, no "too many open files", and the dashboard still follows the folder.
for limit in 1024 64; do
  out=$(ulimit -n "$limit" && "$bin" check "$tmp/many" 2>&1) || fail "check of 10,000 files with $limit descriptors failed: $(echo "$out" | tail -3)"
  [ "$(echo "$out" | tail -1)" = "10,000 events, 0 errors, 0 warnings in 10,000 files" ] || fail "check with $limit descriptors said: $(echo "$out" | tail -3)"
  n=$(ulimit -n "$limit" && "$bin" list --format jsonl "$tmp/many" | grep -c '"title"') || true
  [ "$n" = 10000 ] || fail "list --format jsonl with $limit descriptors gave $n events"
done
stop_server
tmux -L "$sock" new-session -d -x 120 -y 40 "ulimit -n 64; TERM=tmux-256color '$bin' '$tmp/many'; echo \$? > '$tmp/exit-limit'; sleep 30"
wait_for "Timeline 10,000"
echo '{"time": "2024-11-27T10:00:00Z", "title": "a new file in a full folder"}' > "$tmp/many/new.jsonl"
wait_for "a new file in a"
tmux -L "$sock" send-keys q
for _ in $(seq 1 50); do [ -s "$tmp/exit-limit" ] && break; sleep 0.1; done
[ "$(cat "$tmp/exit-limit" 2>/dev/null)" = 0 ] || fail "the dashboard with 64 descriptors did not quit cleanly"
ok "10,000 files with 1,024 and with 64 descriptors: every file read, the dashboard follows the folder"
echo "e2e sizes: $passed passed, 0 failed"
