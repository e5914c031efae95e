#!/usr/bin/env bash
# sitrep never writes to event files: every command and the dashboard (with reloads forced by
# touching the files) run over a folder of fixtures, and checksums of every file, and the list of
# every entry, are the same afterwards. sitrep's own files (history) live in XDG_CONFIG_HOME.
set -euo pipefail
bin=$(realpath "${1:-.build/debug/sitrep}")
sock=sitrep-nowrite-$$
tmp=$(mktemp -d)
source "$(dirname "$0")/tmux-lib.sh"
cd "$(dirname "$0")/.."
dir="$tmp/files"
mkdir -p "$dir/sub"
cp Tests/SitrepKitTests/Fixtures/*.csv "$dir/"
"$bin" list --format jsonl > "$dir/sub/demo.jsonl"
printf '{"time": "2024-11-26", "title": "ok"}\n{not json\n' > "$dir/sub/bad.jsonl"
chmod 0444 "$dir/sub/demo.jsonl"
snapshot() { (cd "$dir" && find . -printf '%y %p\n' | sort && find . -type f -exec sha256sum {} + | sort -k2); }
before=$(snapshot)

for cmd in "check" "summary" "summary --by category --format csv" "summary --by day --format json" "list" "list --format jsonl" "list --format csv" \
           "list --filter region:kharkiv" "check --filter cat:battles"; do
  # shellcheck disable=SC2086
  "$bin" $cmd "$dir" > /dev/null 2>&1 || true
done
ok "check, summary and list ran over the folder"

tmux -L "$sock" new-session -d -x 120 -y 40 "TERM=tmux-256color '$bin' '$dir'; sleep 5"
wait_for "Timeline"
for f in "$dir"/*.csv "$dir"/sub/*.jsonl; do touch "$f"; sleep 0.2; done
tmux -L "$sock" send-keys '/' 'region:kharkiv' Enter j j Enter Escape x T q
sleep 1
tmux -L "$sock" new-session -d -s wall -x 120 -y 40 "TERM=tmux-256color '$bin' --wall '$dir'; sleep 5"
sleep 1.5
touch "$dir"/sub/*.jsonl
sleep 0.5
tmux -L "$sock" send-keys -t wall q
sleep 0.5
ok "the dashboard and the wall ran, with reloads"

after=$(snapshot)
[ "$before" = "$after" ] || { diff <(echo "$before") <(echo "$after"); fail "files in the folder changed"; }
ok "every file has the same checksum and no file was created or removed ($(echo "$before" | grep -c '^f ') files)"
echo "e2e no writes: $passed passed, 0 failed"
