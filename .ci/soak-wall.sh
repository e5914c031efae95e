#!/usr/bin/env bash
# Soak check of wall mode (a check that prints figures): `sitrep --wall` runs in tmux on a feed
# that a writer appends to at a steady rate and rotates (renamed away and started again, emptied,
# deleted and recreated), while resident memory and open file descriptors are sampled. It fails
# when either keeps growing, then measures the CPU of the idle wall with its minute clock.
#   bash .ci/soak-wall.sh [SECONDS] [IDLE_SECONDS]    (defaults: 60 20; run hours with e.g. 14400)
set -euo pipefail
duration=${1:-60}
idle=${2:-20}
bin=$(realpath "${BIN:-.build/release/sitrep}")
sock=sitrep-soak-$$
tmp=$(mktemp -d)
trap 'kill "$writer" 2>/dev/null || true; tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT
writer=
export XDG_CONFIG_HOME="$tmp/config"
feed="$tmp/feed.jsonl"
: > "$feed"

# The writer: 20 events a second; every 20 s the feed is rotated, one way after another.
(
  n=0
  while true; do
    for _ in $(seq 1 20); do
      n=$((n + 1))
      printf '{"time": "%s", "region": "%s", "category": "air-raid alert", "title": "soak event %d", "body": "%s"}\n' \
        "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$(echo Kharkiv Sumy Kyiv Odesa Dnipro | cut -d' ' -f$((n % 5 + 1)))" "$n" \
        "A steady stream of events written while sitrep runs on the wall; number $n." >> "$feed"
    done
    if [ $((n % 400)) = 0 ]; then
      case $(( (n / 400) % 3 )) in
        0) mv "$feed" "$feed.1" && : > "$feed" ;;   # rotated away, a new file started
        1) : > "$feed" ;;                           # emptied in place
        2) rm -f "$feed"; sleep 1; : > "$feed" ;;   # deleted, then recreated
      esac
    fi
    sleep 1
  done
) &
writer=$!

tmux -L "$sock" new-session -d -x 120 -y 40 "exec env TERM=tmux-256color '$bin' --wall --stale-after 1m '$feed'"
sleep 2
pid=$(tmux -L "$sock" list-panes -F '#{pane_pid}')
[ -d "/proc/$pid" ] || { echo "sitrep did not start"; exit 1; }
rss() { awk '/VmRSS/ { print $2 }' "/proc/$pid/status"; }
fds() { ls "/proc/$pid/fd" | wc -l; }
echo "soak: $duration s of writes and rotations; samples of resident memory (KB) and open files"
printf '%8s %10s %6s\n' seconds rss_kb fds
samples=()
fd_samples=()
start=$(date +%s)
step=$(( duration / 12 > 5 ? duration / 12 : 5 ))
while [ $(( $(date +%s) - start )) -lt "$duration" ]; do
  sleep "$step"
  [ -d "/proc/$pid" ] || { echo "sitrep exited during the soak"; tmux -L "$sock" capture-pane -p || true; exit 1; }
  r=$(rss); f=$(fds)
  samples+=("$r"); fd_samples+=("$f")
  printf '%8d %10d %6d\n' $(( $(date +%s) - start )) "$r" "$f"
done
kill "$writer" 2>/dev/null || true
tmux -L "$sock" capture-pane -p | head -8

# Growth without bound: the last third of the samples must not sit far above the first third
# (10% plus 8 MB of slack for caches settling), and open files must stay within 2 of the first.
count=${#samples[@]}
third=$(( count / 3 > 0 ? count / 3 : 1 ))
early=$(printf '%s\n' "${samples[@]:0:$third}" | sort -n | tail -1)
late=$(printf '%s\n' "${samples[@]: -$third}" | sort -n | head -1)
fd_first=${fd_samples[0]}
fd_max=$(printf '%s\n' "${fd_samples[@]}" | sort -n | tail -1)
limit=$(( early + early / 10 + 8192 ))
echo "memory: early max ${early} KB, late min ${late} KB (limit ${limit} KB); open files: first ${fd_first}, max ${fd_max}"
[ "$late" -le "$limit" ] || { echo "FAIL: resident memory keeps growing"; exit 1; }
[ "$fd_max" -le $(( fd_first + 2 )) ] || { echo "FAIL: open files keep growing"; exit 1; }

# Idle CPU of the wall (minute clock), from /proc: user + system ticks over the quiet seconds.
hz=$(getconf CLK_TCK)
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
sleep 2
before=$(ticks); sleep "$idle"; after=$(ticks)
cpu=$(awk -v t=$(( after - before )) -v hz="$hz" 'BEGIN { printf "%.2f", t / hz }')
echo "idle CPU over $idle s in wall mode: $cpu s (budget: under 0.1 s per 60 s)"
awk -v c="$cpu" -v s="$idle" 'BEGIN { exit !(c <= 0.1 * s / 60 + 0.02) }' || { echo "FAIL: the idle wall uses CPU"; exit 1; }
echo "soak: passed"
