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

# sitrep's own file, the filter history, on a full disk: the write fails, and the history that was
# there stays whole (a temporary file renamed over, never a truncated file). Needs a tiny tmpfs, so
# root; elsewhere the check says it was skipped.
full="$tmp/full"
mkdir -p "$full"
if mount -t tmpfs -o size=64k tmpfs "$full" 2>/dev/null; then
  trap 'umount "$full" 2>/dev/null || true; cleanup' EXIT
  mkdir -p "$full/sitrep"
  printf 'region:sumy\ncat:drone\n' > "$full/sitrep/history"
  old_history=$(sha256sum < "$full/sitrep/history")
  head -c 1M /dev/zero > "$full/filler" 2>/dev/null || true
  stop_server
  tmux -L "$sock" new-session -d -x 120 -y 40 "XDG_CONFIG_HOME='$full' TERM=tmux-256color '$bin' '$dir'; echo exit \$?; sleep 5"
  wait_for "Timeline"
  tmux -L "$sock" send-keys '/' 'region:kharkiv since:2024-11-01' Enter
  sleep 0.5
  tmux -L "$sock" send-keys q
  wait_for "exit 0"
  [ "$(sha256sum < "$full/sitrep/history")" = "$old_history" ] || fail "the history changed on a full disk: $(cat "$full/sitrep/history")"
  leftovers=$(find "$full/sitrep" -name 'history.tmp-*' | wc -l)
  [ "$leftovers" = 0 ] || fail "a temporary history file was left behind on a full disk"
  umount "$full"
  ok "on a full disk the filter history is left as it was, and sitrep still exits 0"
else
  echo "skipped: a full disk for the history (mounting a small tmpfs needs root)"
fi
echo "e2e no writes: $passed passed, 0 failed"
