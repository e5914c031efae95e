#!/usr/bin/env bash
# End-to-end check of stories: the dashboard in tmux on reports of the record drone attack (r groups
# them into one row with ×5, Enter lists the reports, the detail flags the figures that disagree, r
# again shows every report), the commands with --group, and the two real alert logs: sitrep's count
# of stories per region against bench/story-alerts.py, which applies the same rule another way.
set -euo pipefail
bin=$(realpath "${1:-.build/debug/sitrep}")
sock=sitrep-stories-$$
tmp=$(mktemp -d)
fixtures=Tests/SitrepKitTests/Fixtures
source "$(dirname "$0")/tmux-lib.sh"
cp "$fixtures/record-attack.jsonl" "$tmp/news.jsonl"

tmux -L "$sock" new-session -d -x 160 -y 45 "TERM=tmux-256color '$bin' '$tmp/news.jsonl'; echo \$? > '$tmp/exit'; sleep 5"
wait_for "8 of 8 events"
tmux -L "$sock" send-keys r
wait_for "4 stories of 8 events"
wait_for "×5 Ukrainian"
ok "r shows one row per story, and the status line counts stories"
tmux -L "$sock" send-keys End Enter
wait_for "├ 08:05 Reuters · Record 188 drones"
wait_for "└ 10:10 DW · Air force"
ok "Enter lists the story's reports under its row"
tmux -L "$sock" send-keys Enter
wait_for "Figures that disagree"
wait_for "(TASS)"
ok "Enter again opens the detail, with the figures the reports give differently"
tmux -L "$sock" send-keys Escape Escape r
wait_for "8 of 8 events"
ok "r again shows every report"
tmux -L "$sock" send-keys q
for _ in $(seq 1 50); do [ -s "$tmp/exit" ] && break; sleep 0.1; done
[ "$(cat "$tmp/exit")" = 0 ] || fail "q should exit 0"
stop_server

out=$("$bin" list --group "$tmp/news.jsonl")
[ "$(echo "$out" | wc -l)" = 4 ] || fail "list --group should print four stories: $out"
echo "$out" | grep -qF "×5 (Ukrainian Air Force, Reuters, AFP, TASS, DW)" || fail "list --group names the reports' sources: $out"
"$bin" list --group --format jsonl "$tmp/news.jsonl" | python3 -c '
import json, sys
stories = [json.loads(line) for line in sys.stdin]
record = stories[0]
assert len(stories) == 4, stories
assert record["reports"] == 5 and len(record["items"]) == 5, record
assert record["figures_disagree"] == ["drones launched: 188 (Ukrainian Air Force, Reuters, DW), 190 (TASS)"], record
assert record["items"][0]["why"] is None and all(i["why"] for i in record["items"][1:]), record
' || fail "list --group --format jsonl should write each story with its reports"
ok "list --group: one line per story; jsonl writes each story with its reports and why"
out=$("$bin" check --group "$tmp/news.jsonl")
[ "$(echo "$out" | grep -c ': note: same story as ')" = 4 ] || fail "check --group should note four reports of a story told before: $out"
echo "$out" | tail -1 | grep -qF "8 events (4 stories), 0 errors" || fail "check --group counts stories: $out"
out=$("$bin" summary --group --by category --format csv "$tmp/news.jsonl")
echo "$out" | grep -qx "drone strike,1" || fail "summary --group counts the record attack once: $out"
out=$("$bin" summary --no-group --by category --format csv "$tmp/news.jsonl")
echo "$out" | grep -qx "drone strike,5" || fail "summary --no-group counts every report: $out"
ok "check --group notes the reports of stories told before; summary counts stories with --group"

# Two weeks of both real alert logs (April 2024): stories per region, sitrep against the script.
python3 bench/story-alerts.py "$fixtures/alerts-official-2024-04.csv" "$fixtures/alerts-volunteer-2024-04.csv" \
    --from 2024-04-01 --to 2024-05-01 --out "$tmp" --names Sources/SitrepKit/Resources/regions.csv | sort > "$tmp/script.csv"
"$bin" summary --group --by region --format csv "$tmp/official.csv" "$tmp/volunteer.csv" 2>/dev/null | tail -n +2 | sort > "$tmp/sitrep.csv"
python3 - "$tmp/script.csv" "$tmp/sitrep.csv" <<'PY' || fail "stories per region differ from the independent count"
import sys
script = {r: (int(s), int(a)) for r, s, a in (l.strip().split(",") for l in open(sys.argv[1]))}
sitrep = {r: int(c) for r, c in (l.strip().rsplit(",", 1) for l in open(sys.argv[2]))}
worst = max(abs(sitrep.get(r, 0) - s) / s for r, (s, _) in script.items())
alerts = sum(a for _, a in script.values())
stories = sum(s for s, _ in script.values())
print(f"  {alerts} alerts in both logs, {stories} stories by the script, {sum(sitrep.values())} by sitrep; worst region off by {worst:.2%}")
sys.exit(0 if worst <= 0.01 and set(script) == set(sitrep) else 1)
PY
ok "the two real alert logs: stories per region within 1% of the independent count"
rm -rf "$tmp"
echo "stories: all checks passed"
