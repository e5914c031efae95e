#!/usr/bin/env bash
# sitrep against DuckDB (and lnav where it reads the file) on the three shapes of file people open:
# an air-raid alert log (CSV), an ACLED-shaped export (CSV, 31 columns, long quoted notes) and
# sitrep's own JSON Lines. A benchmark: it prints one table of figures, medians of RUNS runs.
#   bash bench/compare-formats.sh [ROWS] [RUNS]       (defaults: 1000000 3)
#   CHECK=3 bash bench/compare-formats.sh 20000 3      fails when a sitrep figure is over 3x its
#                                                     budget, scaled to the size (what .ci/run does)
# DuckDB is installed from PyPI when missing. The page cache is warm (each file is read once
# first); a cold-cache row follows when the machine lets the cache be dropped.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
runs=${2:-3}
check=${CHECK:-}
swift build -c release --product sitrep 2>&1 | tail -1 >&2
swift build -c release --product sitrep-bench 2>&1 | tail -1 >&2
sitrep=$(realpath .build/release/sitrep)
bench=$(realpath .build/release/sitrep-bench)
data=${TMPDIR:-/tmp}/sitrep-formats
mkdir -p "$data"
tmp=$(mktemp -d)
sock=sitrep-formats-$$
trap 'tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" HOME="$tmp/home"
mkdir -p "$HOME"
command -v /usr/bin/time >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null; }
python3 -c 'import duckdb' 2>/dev/null || pip install -q duckdb >&2
duckdb_version=$(python3 -c 'import duckdb; print(duckdb.__version__)')

alerts="$data/alerts-$rows.csv"
acled="$data/acled-$rows.csv"
jsonl="$data/events-$rows.jsonl"
[ -f "$alerts" ] || python3 bench/gen_csv.py alerts "$rows" "$alerts"
[ -f "$acled" ] || python3 bench/gen_csv.py acled "$rows" "$acled"
[ -f "$jsonl" ] || { "$bench" --sizes "$rows" --runs 1 --dir "$data" >/dev/null; }
for f in "$alerts" "$acled" "$jsonl"; do cat "$f" > /dev/null; done

now_ms() { date +%s%3N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
# Median wall seconds of a whole process, and its peak memory (MB) in the last run.
timed() { for _ in $(seq 1 "$runs"); do /usr/bin/time -f '%e %M' -o "$tmp/t" "$@" > /dev/null 2>&1; cat "$tmp/t"; done > "$tmp/all"
  echo "$(awk '{ print $1 }' "$tmp/all" | median) $(tail -1 "$tmp/all" | awk '{ printf "%d", $2 / 1024 }')"; }
duck() {  # file, column: DuckDB's count per value, as sitrep summary --by region gives it
  cat > "$tmp/duck.py" <<EOF
import duckdb, sys
path, column = sys.argv[1], sys.argv[2]
reader = "read_json" if path.endswith(".jsonl") else "read_csv"
rows = duckdb.connect().execute(f"select {column}, count(*) from {reader}('{path}') group by 1 order by 2 desc").fetchall()
print(len(rows), sum(r[1] for r in rows))
EOF
  timed python3 "$tmp/duck.py" "$1" "$2"; }

screen() { tmux -L "$sock" capture-pane -p; }
shown=$(echo "$rows" | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')
# The dashboard in tmux: ms until the first events are on screen, ms until all are (the timeline's
# count), peak MB; for the alert log also the median ms from one appended row to the screen.
dashboard() {  # file, append? (1)
  local file="$1" t0 first loaded pid lat=() i mark
  cp "$file" "$tmp/live"
  [[ "$file" == *.csv ]] && mv "$tmp/live" "$tmp/live.csv" && file="$tmp/live.csv" || { mv "$tmp/live" "$tmp/live.jsonl"; file="$tmp/live.jsonl"; }
  tmux -L "$sock" kill-server 2>/dev/null && sleep 0.3 || true
  # The tmux server starts first, with an idle shell, so that its start is not counted.
  tmux -L "$sock" new-session -d -x 160 -y 40 "sleep 600"
  sleep 0.3
  t0=$(now_ms)
  tmux -L "$sock" respawn-pane -k "exec env TERM=tmux-256color '$sitrep' '$file'"
  until screen | grep -qE '^│( day |[0-9]{2}:[0-9]{2} )'; do sleep 0.02; [ $(( $(now_ms) - t0 )) -lt 120000 ] || { echo "no events after 2 min" >&2; return 1; }; done
  first=$(( $(now_ms) - t0 ))
  until screen | grep -qF -- "Timeline $shown"; do sleep 0.02; [ $(( $(now_ms) - t0 )) -lt 120000 ] || break; done
  loaded=$(( $(now_ms) - t0 ))
  pid=$(tmux -L "$sock" list-panes -F '#{pane_pid}')
  local append=-
  if [ "${2:-}" = 1 ]; then
    sleep 1
    for i in $(seq 1 7); do
      local a; a=$(now_ms)
      printf 'Kyiv City,2030-01-01 00:%02d:00+00:00,2030-01-01 00:%02d:30+00:00,False\n' "$i" "$((i + 10))" >> "$file"
      mark="Timeline $(echo $((rows + i)) | sed ':a;s/\B[0-9]\{3\}\>/,&/;ta')"
      until screen | grep -qF "$mark"; do sleep 0.002; [ $(( $(now_ms) - a )) -lt 10000 ] || break; done
      lat+=($(( $(now_ms) - a )))
      sleep 0.3
    done
    append=$(printf '%s\n' "${lat[@]}" | median)
  fi
  echo "$first $loaded $(awk '/VmHWM/ { printf "%d", $2 / 1024 }' "/proc/$pid/status") $append"
  tmux -L "$sock" kill-server
}

echo "measuring ($rows rows, $runs runs)..." >&2
read -r a_sum a_sum_mb < <(timed "$sitrep" summary --by region "$alerts")
read -r a_check a_check_mb < <(timed "$sitrep" check "$alerts")
read -r a_duck a_duck_mb < <(duck "$alerts" region)
read -r a_first a_loaded a_mb a_append < <(dashboard "$alerts" 1)
read -r c_sum c_sum_mb < <(timed "$sitrep" summary --by region "$acled")
read -r c_check c_check_mb < <(timed "$sitrep" check "$acled")
read -r c_duck c_duck_mb < <(duck "$acled" admin1)
read -r c_first c_loaded c_mb _ < <(dashboard "$acled")
read -r j_sum j_sum_mb < <(timed "$sitrep" summary --by region "$jsonl")
read -r j_check j_check_mb < <(timed "$sitrep" check "$jsonl")
read -r j_duck j_duck_mb < <(duck "$jsonl" region)
read -r j_first j_loaded j_mb _ < <(dashboard "$jsonl")

cold="-"
if sync && echo 3 > /proc/sys/vm/drop_caches 2>/dev/null; then
  /usr/bin/time -f %e -o "$tmp/c" "$sitrep" summary --by region "$alerts" > /dev/null 2>&1; cold_a=$(cat "$tmp/c")
  sync; echo 3 > /proc/sys/vm/drop_caches
  /usr/bin/time -f %e -o "$tmp/c" "$sitrep" summary --by region "$jsonl" > /dev/null 2>&1; cold_j=$(cat "$tmp/c")
  sync; echo 3 > /proc/sys/vm/drop_caches
  /usr/bin/time -f %e -o "$tmp/c" python3 "$tmp/duck.py" "$alerts" region > /dev/null 2>&1; cold_d=$(cat "$tmp/c")
  cold="yes"
fi

scale=$(awk -v n="$rows" 'BEGIN { print n / 1000000 }')
mb() { awk -v b="$1" 'BEGIN { printf "%d", b / 1000000 }'; }
failed=0
row() {  # label, sitrep, peer, unit, budget at 1M, floor, scaled? (1 = with size)
  local budget limit within verdict=""
  budget=$(awk -v b="$5" -v f="$6" -v s="$scale" -v k="$7" 'BEGIN { printf "%g", (k != 1) ? b : (s >= 1) ? b * s : f + b * s }')
  within=$(awk -v v="$2" -v b="$budget" 'BEGIN { print (v <= b) ? "yes" : "**no**" }')
  if [ -n "$check" ]; then
    limit=$(awk -v b="$budget" -v c="$check" 'BEGIN { print b * c }')
    if awk -v v="$2" -v l="$limit" 'BEGIN { exit !(v > l) }'; then verdict="  OVER ${check}x"; failed=1; fi
  fi
  printf '| %-46s | %9s | %9s | %-9s | %-6s |%s\n' "$1" "$2 $4" "$3 $4" "$budget $4" "$within" "$verdict"
}
echo
echo "sitrep against DuckDB $duckdb_version (Python module, whole process) at $rows rows, $(nproc) cores, warm page cache, medians of $runs runs;"
echo "files: alert log $(mb "$(stat -c %s "$alerts")") MB, ACLED-shaped $(mb "$(stat -c %s "$acled")") MB, JSON Lines $(mb "$(stat -c %s "$jsonl")") MB. Budgets scaled to this size."
echo "| figure                                         |    sitrep |    DuckDB | budget    | within |"
echo "| --- | --- | --- | --- | --- |"
row "alert log: count per region (s)" "$a_sum" "$a_duck" s "$a_duck" 0 0
row "  its peak memory (MB)" "$a_sum_mb" "$a_duck_mb" MB 150 30 1
row "alert log: check (s)" "$a_check" - s 1.0 0.05 1
row "alert log: dashboard first events (ms)" "$a_first" - ms 200 100 0
row "alert log: dashboard fully loaded (ms)" "$a_loaded" - ms 1000 150 1
row "alert log: dashboard peak memory (MB)" "$a_mb" - MB 150 30 1
row "alert log: one appended row on screen (ms)" "$a_append" - ms 30 30 0
# ACLED-shaped: within 2x of the alert log per byte read; its check and load budgets are the alert
# log's, scaled by the bytes and doubled.
ratio=$(awk -v c="$(stat -c %s "$acled")" -v a="$(stat -c %s "$alerts")" 'BEGIN { print c / a }')
per_byte=$(awk -v a="$a_sum" -v c="$c_sum" -v r="$ratio" 'BEGIN { printf "%.2f", c / a / r }')
scaled() { awk -v b="$1" -v f="$2" -v s="$scale" -v r="$ratio" 'BEGIN { printf "%.3g", 2 * r * ((s >= 1) ? b * s : f + b * s) }'; }
row "ACLED-shaped: count per region (s)" "$c_sum" "$c_duck" s "$c_duck" 0 0
row "  per byte, against the alert log (x)" "$per_byte" - x 2 2 0
row "ACLED-shaped: check (s)" "$c_check" - s "$(scaled 1.0 0.05)" 0 0
row "ACLED-shaped: dashboard first events (ms)" "$c_first" - ms 200 100 0
row "ACLED-shaped: dashboard fully loaded (ms)" "$c_loaded" - ms "$(scaled 1000 150)" 0 0
row "JSON Lines: count per region (s)" "$j_sum" "$j_duck" s 0.35 0.05 1
row "JSON Lines: check (s)" "$j_check" - s 1.0 0.05 1
row "JSON Lines: dashboard first events (ms)" "$j_first" - ms 200 100 0
row "JSON Lines: dashboard fully loaded (ms)" "$j_loaded" - ms 600 150 1
row "JSON Lines: dashboard peak memory (MB)" "$j_mb" - MB 120 30 1
if [ "$cold" = yes ]; then
  echo "cold page cache (dropped before each run): alert log count $cold_a s (DuckDB $cold_d s), JSON Lines count $cold_j s"
else
  echo "cold page cache: not measured (this machine does not let /proc/sys/vm/drop_caches be written)"
fi
echo "lnav has no reader for these CSV layouts; bench/compare.sh sets it beside sitrep on the JSON Lines file."
[ "$failed" = 0 ] || { echo "a figure is over ${check}x its budget"; exit 1; }
