#!/usr/bin/env bash
# End-to-end checks of the real binary's commands: exit codes and the lines a user relies on.
set -euo pipefail
bin=${1:-.build/debug/sitrep}
fixtures=Tests/SitrepKitTests/Fixtures
fail() { echo "FAIL: $*"; exit 1; }
# says OUTPUT TEXT...: every text is in the output.
says() {
  local out=$1; shift
  for expected in "$@"; do echo "$out" | grep -qF -- "$expected" || fail "check did not say '$expected': $out"; done
}

out=$("$bin" check) || fail "check on the demo exited $?"
[ "$out" = "1,911 events, 0 errors, 0 warnings in 2 files" ] || fail "check on the demo said: $out"
echo "ok: sitrep check on the demo: $out"

set +e
out=$("$bin" check "$fixtures"); status=$?
set -e
[ "$status" = 1 ] || fail "check on fixtures with a bad record should exit 1, got $status"
echo "$out" | grep -q "acled-31.csv:5:11: error: bad time" || fail "check did not report the bad ACLED date: $out"
echo "ok: sitrep check on the fixtures exits 1 and names the bad line"

set +e
"$bin" check /nonexistent >/dev/null; status=$?
set -e
[ "$status" = 2 ] || fail "check on a missing path should exit 2, got $status"
echo "ok: sitrep check on a missing path exits 2"

out=$("$bin" summary --by region --format csv | head -3)
[ "$out" = $'region,count\nDnipropetrovsk Oblast,223\nKharkiv Oblast,170' ] || fail "summary on the demo said: $out"
echo "ok: sitrep summary --by region on the demo"

tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
"$bin" list --format jsonl "$fixtures/acled-variant.csv" > "$tmp/converted.jsonl"
"$bin" list --format jsonl "$tmp/converted.jsonl" > "$tmp/again.jsonl"
cmp -s "$tmp/converted.jsonl" "$tmp/again.jsonl" || fail "list --format jsonl does not read back to the same events"
echo "ok: list --format jsonl converts CSV and reads back unchanged"

# Every file below the fixtures, sub-folders included (sitrep reads folders recursively).
files_hash() { find "$fixtures" -type f -exec sha256sum {} + | sort -k2 | sha256sum; }
before=$(files_hash)
"$bin" check "$fixtures" >/dev/null || true
"$bin" list --format csv "$fixtures" >/dev/null
after=$(files_hash)
[ "$before" = "$after" ] || fail "an input file changed"
echo "ok: no input file was changed"

# Paths that are not plain files: a FIFO (reading it would block for ever), a device, symbolic links
# that loop or lead nowhere, and a folder holding a link back to itself.
mkfifo "$tmp/pipe.jsonl"
mkdir -p "$tmp/folder"
cp "$fixtures/alerts-official.csv" "$tmp/folder/"
ln -s "$tmp/folder" "$tmp/folder/again"
ln -s "$tmp/self" "$tmp/self"
ln -s "$tmp/nowhere" "$tmp/dangling"
set +e
out=$(timeout 20 "$bin" check "$tmp/pipe.jsonl" /dev/zero "$tmp/self" "$tmp/dangling" "$tmp/folder" 2>&1); status=$?
set -e
[ "$status" = 2 ] || fail "check on a FIFO, a device and broken links should exit 2 (and not hang), got $status: $out"
says "$out" "pipe.jsonl: error: not a regular file" "/dev/zero: error: not a regular file" "self: error: a loop of symbolic links" \
            "dangling: error: a symbolic link to something that does not exist"
echo "$out" | tail -1 | grep -qE "^[1-9][0-9,]* events?" || fail "the readable file in a folder with a link loop was not read: $out"
echo "ok: a FIFO, a device and broken links get a message each; a folder's link loop is skipped"
# Files and folders without read permission. Root reads everything, so as root the check runs as
# nobody (setpriv), with a copy of the binary nobody can reach.
locked=$tmp/locked
mkdir -p "$locked/mixed" "$locked/closed"
chmod 711 "$tmp"
chmod 755 "$locked"
cp "$bin" "$locked/sitrep"
echo '{"time": "2024-11-20", "title": "readable"}' > "$locked/mixed/ok.jsonl"
for f in "$locked/secret.jsonl" "$locked/mixed/secret.jsonl" "$locked/closed/a.jsonl"; do echo '{"time": "2024-11-20", "title": "secret"}' > "$f"; done
chmod 000 "$locked/secret.jsonl" "$locked/mixed/secret.jsonl" "$locked/closed"
as_user=()
[ "$(id -u)" = 0 ] && as_user=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
run_locked() { (cd "$locked" && "${as_user[@]}" env HOME="$locked" XDG_CONFIG_HOME="$locked/config" ./sitrep "$@" 2>&1); }
set +e
out=$(run_locked check secret.jsonl closed mixed); status=$?
set -e
[ "$status" = 2 ] || fail "check on unreadable paths should exit 2, got $status: $out"
says "$out" "secret.jsonl: error: permission denied" "closed: error: permission denied" "mixed/secret.jsonl: error: cannot open: Permission denied" \
            "1 event, 3 errors, 0 warnings in 2 files"
out=$(run_locked list mixed) || fail "list of a folder with one unreadable file exited $?: $out"
echo "$out" | grep -q "readable" || fail "list did not show the readable file's event: $out"
echo "ok: unreadable files and folders are named and skipped; the readable file still loads"
# A file name that is not UTF-8 (Latin-1 é), given by name and found in its folder: read, and named
# in messages with \xNN.
latin=$tmp/latin
mkdir "$latin"
name=$(printf 'caf\xe9.jsonl')
printf '{"time": "2024-11-20", "title": "first"}\nnot json\n' > "$latin/$name"
for target in "$latin/$name" "$latin"; do
  set +e
  out=$("$bin" check "$target" 2>&1); status=$?
  set -e
  [ "$status" = 1 ] || fail "check on a Latin-1 file name should exit 1 (one bad line), got $status: $out"
  says "$out" "$latin/caf\xE9.jsonl:2:1: error" "1 event, 1 error"
done
echo "ok: a file name that is not UTF-8 is read, by name and in its folder, and shown with \\xE9"
echo "e2e: 9 passed, 0 failed"
