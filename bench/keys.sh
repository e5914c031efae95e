#!/usr/bin/env bash
# How fast the dashboard answers the keys that once froze it, on the real binary in tmux: `G`,
# End, `g`, Esc after narrowing to a region, `r` (stories) and `q`; and how fast SIGTERM ends it.
# Prints one table; a benchmark, not a test. Budget: every answer within 100 ms.
#   bash bench/keys.sh [EVENTS] [RUNS]            (defaults: 1000000 3)
#   CHECK=3 bash bench/keys.sh 20000 3            fails when a figure is over 3x the budget
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-1000000}
runs=${2:-3}
check=${CHECK:-}
swift build -c release --product sitrep 2>&1 | tail -1 >&2
swift build -c release --product sitrep-bench 2>&1 | tail -1 >&2
sitrep=$(realpath .build/release/sitrep)
bench=$(realpath .build/release/sitrep-bench)
data=${TMPDIR:-/tmp}/sitrep-bench
tmp=$(mktemp -d)
sock=sitrep-keys-$$
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" HOME="$tmp/home" XDG_STATE_HOME="$tmp/state"
mkdir -p "$HOME"
[ -f "$data/events-$events.jsonl" ] || "$bench" --sizes "$events" --runs 1 --dir "$data" >/dev/null
file="$data/events-$events.jsonl"
cat "$file" > /dev/null
shown=$(echo "$events" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')

now_ms() { date +%s%3N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
screen() { tmux -L "$sock" capture-pane -p; }
start() {
  tmux -L "$sock" kill-server 2>/dev/null && sleep 0.2 || true
  tmux -L "$sock" new-session -d -x 160 -y 40 "exec env TERM=tmux-256color '$sitrep' --as-of newest '$file'"
  local t0; t0=$(now_ms)
  until screen | grep -qF "Timeline $shown"; do sleep 0.05; [ $(( $(now_ms) - t0 )) -lt 120000 ] || { echo "not loaded after 2 min" >&2; exit 1; }; done
  sleep 1.5   # the work beside the first screen (repeated ids) is done
}
# ms from sending keys until the screen differs from what it was (at most 60 s: a freeze shows).
answer() {
  local before a; before=$(screen); a=$(now_ms)
  tmux -L "$sock" send-keys "$@"
  until [ "$(screen)" != "$before" ]; do sleep 0.005; [ $(( $(now_ms) - a )) -lt 60000 ] || { echo "no answer to $* in 60 s" >&2; break; }; done
  echo $(( $(now_ms) - a ))
}
# ms until the program has ended, after keys or a signal.
ending() {
  local pid a; pid=$(tmux -L "$sock" list-panes -F '#{pane_pid}'); a=$(now_ms)
  if [ "$1" = TERM ]; then kill -TERM "$pid"; else tmux -L "$sock" send-keys "$1"; fi
  # Ended when the process is gone or a zombie (tmux reaps it in its own time).
  while [ -e "/proc/$pid" ] && [ "$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null)" != Z ]; do
    sleep 0.002; [ $(( $(now_ms) - a )) -lt 60000 ] || break
  done
  echo $(( $(now_ms) - a ))
}

declare -A got
for _ in $(seq 1 "$runs"); do
  start
  got[G]+="$(answer G) "
  got[g]+="$(answer g) "
  got[End]+="$(answer End) "
  answer Home >/dev/null
  # Narrow to the first region (Tab to the regions, Enter), jump to the end, then Esc widens again.
  answer Tab >/dev/null; answer Enter >/dev/null; answer BTab >/dev/null; answer G >/dev/null
  got[Esc]+="$(answer Escape) "
  got[r]+="$(answer r) "
  got[q]+="$(ending q) "
  start
  got[TERM]+="$(ending TERM) "
done

failed=0
echo
echo "dashboard keys on $events events ($(nproc) cores), medians of $runs runs (ms from the key to a changed screen)"
echo "| key | ms | budget | within |"
echo "| --- | --- | --- | --- |"
for k in G g End Esc r q TERM; do
  m=$(echo "${got[$k]}" | tr ' ' '\n' | grep -v '^$' | median)
  within=$(awk -v v="$m" 'BEGIN { print (v <= 100) ? "yes" : "**no**" }')
  verdict=""
  if [ -n "$check" ] && awk -v v="$m" -v c="$check" 'BEGIN { exit !(v > 100 * c) }'; then verdict=" OVER ${check}x"; failed=1; fi
  label=$k; [ "$k" = TERM ] && label="SIGTERM ends it"; [ "$k" = q ] && label="q ends it"; [ "$k" = Esc ] && label="Esc after a region, at the end"
  echo "| $label | $m | 100 | $within |$verdict"
done
[ "$failed" = 0 ] || { echo "a figure is over ${check}x its budget"; exit 1; }
