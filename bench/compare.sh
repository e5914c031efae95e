#!/usr/bin/env bash
# sitrep against lnav on the same file (a benchmark: it prints figures). Generates the reference
# workload if missing (sitrep-bench writes the shape of the synthetic feed, ~630 bytes an event),
# runs sitrep and, when it is installed, lnav (with bench/lnav/sitrep_events.json so it reads the
# same fields), and prints one table: medians of RUNS runs, lnav's figure and the ratio.
#   bash bench/compare.sh [EVENTS] [RUNS] [IDLE_SECONDS]     (defaults: 1000000 3 60)
#   CHECK=3 bash bench/compare.sh 10000 3 5    fails when a sitrep figure is over 3x its budget,
#                                              scaled to the size (what .ci/run does)
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-1000000}
runs=${2:-3}
idle=${3:-60}
check=${CHECK:-}
swift build -c release --product sitrep 2>&1 | tail -1 >&2
swift build -c release --product sitrep-bench 2>&1 | tail -1 >&2
sitrep=$(realpath .build/release/sitrep)
bench=$(realpath .build/release/sitrep-bench)
data=${TMPDIR:-/tmp}/sitrep-bench
tmp=$(mktemp -d)
sock=sitrep-compare-$$
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" HOME="$tmp/home"
mkdir -p "$HOME"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
[ -f "$data/events-$events.jsonl" ] || "$bench" --sizes "$events" --runs 1 --dir "$data" >/dev/null
file="$tmp/events.jsonl"
cp "$data/events-$events.jsonl" "$file"
cat "$file" > /dev/null
lnav=$(command -v lnav || true)
[ -n "$lnav" ] && lnav -i bench/lnav/sitrep_events.json >/dev/null 2>&1

now_ms() { date +%s%3N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# Whole-process wall seconds of a command, median of runs.
timed() { for _ in $(seq 1 "$runs"); do /usr/bin/time -f %e -o "$tmp/t" "$@" > /dev/null 2>&1; cat "$tmp/t"; done | median; }

# A program in tmux: ms until the newest event's title is on screen, ms until everything is
# loaded (a text on screen), append -> screen median, idle CPU, peak memory.
newest=$(tail -1 "$file" | sed -E 's/.*"title": "([^"]{1,24}).*/\1/')
shown=$(echo "$events" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')
screen() { tmux -L "$sock" capture-pane -p; }
tui() {  # $1 command, $2 text that says everything is loaded
  local t0 first loaded pid lat=() i title before after
  cp "$data/events-$events.jsonl" "$file"
  tmux -L "$sock" kill-server 2>/dev/null && sleep 0.3 || true
  t0=$(now_ms)
  tmux -L "$sock" new-session -d -x 160 -y 40 "exec env TERM=tmux-256color $1"
  # Polled every 20 ms: faster polling makes tmux itself take a core from the program measured.
  until screen | grep -qF -- "$newest"; do sleep 0.02; [ $(( $(now_ms) - t0 )) -lt 120000 ] || { echo "no newest event after 2 min" >&2; return 1; }; done
  first=$(( $(now_ms) - t0 ))
  until screen | grep -qF -- "$2"; do sleep 0.05; [ $(( $(now_ms) - t0 )) -lt 120000 ] || break; done
  loaded=$(( $(now_ms) - t0 ))
  pid=$(tmux -L "$sock" list-panes -F '#{pane_pid}')
  sleep 1
  for i in $(seq 1 11); do
    title="probe line $i $$"
    local a; a=$(now_ms)
    printf '{"id": "probe-%d", "time": "2030-01-01T00:%02d:00Z", "region": "Sumy", "category": "probe", "title": "%s", "source": "bench"}\n' "$i" "$i" "$title" >> "$file"
    until screen | grep -qF "$title"; do sleep 0.002; [ $(( $(now_ms) - a )) -lt 10000 ] || break; done
    lat+=($(( $(now_ms) - a )))
    sleep 0.3
  done
  before=$(awk '{ print $14 + $15 }' "/proc/$pid/stat"); sleep "$idle"; after=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
  echo "$first $loaded $(printf '%s\n' "${lat[@]}" | median) $(awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v s="$idle" 'BEGIN { printf "%.3f", t / hz * 60 / s }') $(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")"
  tmux -L "$sock" kill-server
}

echo "measuring sitrep ($events events, $runs runs)..." >&2
s_summary=$(timed "$sitrep" summary --by region "$file")
/usr/bin/time -f %M -o "$tmp/m" "$sitrep" summary --by region "$file" > /dev/null; s_summary_mb=$(( $(cat "$tmp/m") / 1024 ))
filters=$("$bench" --sizes "$events" --runs 1 --dir "$data" --filters 2>/dev/null)
s_field=$(echo "$filters" | awk '/field filter region/ { print $(NF-3) }')
s_window=$(echo "$filters" | awk '/time window/ { print $(NF-3) }')
s_words=$(echo "$filters" | awk '/word search/ { print $(NF-3) }')
read -r s_first s_loaded s_append s_idle s_mb < <(tui "'$sitrep' '$file'" "Timeline $shown")

l_summary=- l_first=- l_loaded=- l_append=- l_idle=- l_mb=- l_field=- l_words=- l_window=- l_summary_mb=-
if [ -n "$lnav" ]; then
  echo "measuring lnav $(lnav -V)..." >&2
  q() { lnav -n -c ";$1" "$file"; }
  l_summary=$(timed lnav -n -c ';SELECT region, count(*) FROM sitrep_events GROUP BY region' "$file")
  /usr/bin/time -f %M -o "$tmp/m" lnav -n -c ';SELECT region, count(*) FROM sitrep_events GROUP BY region' "$file" > /dev/null; l_summary_mb=$(( $(cat "$tmp/m") / 1024 ))
  base=$(timed lnav -n -c ';SELECT 1' "$file")
  # lnav applies a filter inside a run: its cost is the run's time less a run that only loads.
  l_field=$(awk -v a="$(timed lnav -n -c ';SELECT count(*) FROM sitrep_events WHERE region = "Kharkiv"' "$file")" -v b="$base" 'BEGIN { d = (a - b) * 1000; if (d < 50) print "<50"; else printf "%d", d }')
  l_window=$(awk -v a="$(timed lnav -n -c ';SELECT count(*) FROM sitrep_events WHERE log_time >= "2024-06-01"' "$file")" -v b="$base" 'BEGIN { d = (a - b) * 1000; if (d < 50) print "<50"; else printf "%d", d }')
  l_words=$(awk -v a="$(timed lnav -n -c ';SELECT count(*) FROM sitrep_events WHERE title LIKE "%substation%" OR body LIKE "%substation%"' "$file")" -v b="$base" 'BEGIN { d = (a - b) * 1000; if (d < 50) print "<50"; else printf "%d", d }')
  read -r l_first l_loaded l_append l_idle l_mb < <(tui "lnav '$file'" "$newest")
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == "-" || b ~ /^</ || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }
scale=$(awk -v n="$events" 'BEGIN { print n / 1000000 }')
failed=0
row() {  # label, sitrep, lnav, unit, budget at 1M, floor (what any run costs), scaled? (1 = with size)
  local budget limit within verdict=""
  # Below 1M events a scaled budget gets the floor added; from 1M up it is the budget as stated.
  budget=$(awk -v b="$5" -v f="$6" -v s="$scale" -v k="$7" 'BEGIN { printf "%g", (k != 1) ? b : (s >= 1) ? b * s : f + b * s }')
  within=$(awk -v v="$2" -v b="$budget" 'BEGIN { print (v <= b) ? "yes" : "**no**" }')
  if [ -n "$check" ]; then
    limit=$(awk -v b="$budget" -v c="$check" 'BEGIN { print b * c }')
    if awk -v v="$2" -v l="$limit" 'BEGIN { exit !(v > l) }'; then verdict="  OVER ${check}x"; failed=1; fi
  fi
  printf '| %-44s | %10s | %10s | %6s | %-8s | %-6s |%s\n' "$1" "$2 $4" "$3 $4" "$(ratio "$2" "$3")" "$budget $4" "$within" "$verdict"
}
echo
echo "sitrep against lnav: $events events ($(( $(stat -c %s "$file") / 1000000 )) MB), $(nproc) cores, medians of $runs runs; budgets scaled to this size"
echo "| figure                                       |     sitrep |       lnav | ratio  | budget   | within |"
echo "| --- | --- | --- | --- | --- | --- |"
row "summary --by region, whole process (s)" "$s_summary" "$l_summary" s 0.8 0.05 1
row "  its peak resident memory (MB)" "$s_summary_mb" "$l_summary_mb" MB 150 30 1
row "dashboard: first events on screen (ms)" "$s_first" "$l_first" ms 200 100 0
row "dashboard: everything loaded (ms)" "$s_loaded" "$l_loaded" ms 1000 150 1
row "dashboard: peak resident memory (MB)" "$s_mb" "$l_mb" MB 150 30 1
row "field filter region:kharkiv (ms)" "$s_field" "$l_field" ms 20 2 1
row "time window since:2024-06-01 (ms)" "$s_window" "$l_window" ms 20 2 1
row "word search in titles and bodies (ms)" "$s_words" "$l_words" ms 300 5 1
row "append -> on screen, median (ms)" "$s_append" "$l_append" ms 30 30 0
row "idle CPU per 60 s (s)" "$s_idle" "$l_idle" s 0.05 0.05 0
echo "lnav's filter and search figures: a headless run with the query less a run that only loads (<50: within the noise)."
echo "sitrep's: in the process (sitrep-bench --filters), as the dashboard applies them."
[ "$failed" = 0 ] || { echo "a figure is over ${check}x its budget"; exit 1; }
