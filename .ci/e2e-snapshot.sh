#!/usr/bin/env bash
# End-to-end check of snapshots and replay: `sitrep snapshot` writes the demo's screen as text of
# exactly the width, ANSI, and HTML and SVG that standard parsers read (Python's html.parser, and
# an XML parser for well-formedness), with a hostile title escaped; in tmux, `S` writes the four
# files and says where, and `--replay` at a high speed fills the timeline as if live.
set -euo pipefail
bin=$(realpath "${1:-.build/debug/sitrep}")
sock=sitrep-snap-$$
tmp=$(mktemp -d)
source "$(dirname "$0")/tmux-lib.sh"
command -v python3 >/dev/null || { apt-get update -qq && apt-get install -y -qq python3 >/dev/null; }

"$bin" snapshot --size 100x30 > "$tmp/s.txt"
[ "$(wc -l < "$tmp/s.txt")" = 30 ] || fail "the text snapshot should have 30 lines"
python3 -c "import sys; lines = open(sys.argv[1], encoding='utf-8').read().splitlines(); sys.exit(any(len(l) != 100 for l in lines))" "$tmp/s.txt" \
  || fail "every line of the text snapshot should be 100 characters"
"$bin" snapshot --format ansi > "$tmp/s.ansi"
grep -q $'\e\\[0;' "$tmp/s.ansi" || fail "the ansi snapshot has no colour codes"
printf '%s\n' '{"id": "x", "time": "2024-11-26T10:00Z", "title": "<script>alert(1)</script> & more", "regions": ["Sumy Oblast"]}' > "$tmp/evil.jsonl"
for f in html svg; do
  "$bin" snapshot "$tmp/evil.jsonl" --format $f -o "$tmp/s.$f"
  python3 - "$tmp/s.$f" <<'PY' || fail "the $f snapshot does not parse"
import sys, xml.dom.minidom
from html.parser import HTMLParser
text = open(sys.argv[1], encoding="utf-8").read()
xml.dom.minidom.parseString(text)
HTMLParser().feed(text)
assert "<script" not in text and "&lt;" in text, "a title was not escaped"
PY
done
ok "snapshot: text of exactly the width, ansi colours, html and svg parse, a hostile title escaped"

tmux -L "$sock" new-session -d -x 120 -y 40 "XDG_DATA_HOME='$tmp/data' TERM=tmux-256color '$bin'; sleep 5"
wait_for "Timeline 1,911"
tmux -L "$sock" send-keys S
wait_for "snapshot: $tmp/data/sitrep/snapshots/sitrep-"
[ "$(ls "$tmp/data/sitrep/snapshots" | wc -l)" = 4 ] || fail "S should write four files: $(ls "$tmp/data/sitrep/snapshots")"
python3 -c "import sys; from html.parser import HTMLParser; HTMLParser().feed(open(sys.argv[1]).read())" "$tmp"/data/sitrep/snapshots/*.html
ok "S writes the screen in four formats and the status line says where"
stop_server

# The demo's 30 days at a million times as fast: about 2.6 seconds.
tmux -L "$sock" new-session -d -x 120 -y 40 "TERM=tmux-256color '$bin' --replay 1000000; sleep 5"
wait_for "REPLAY ×1000000"
# Events the replay's clock has not reached are hidden, and the status line counts them.
first=$(screen | grep -oE "[0-9,]+ of [0-9,]+ events · 2 files · [0-9,]+ later events? hidden" | head -1 || true)
[ -n "$first" ] || fail "the replay should start with the later events hidden: $(screen | tail -1)"
wait_for "1,911 of 1,911 events"
screen | tail -1 | grep -q "later event" && fail "nothing should be hidden at the end: $(screen | tail -1)"
ok "--replay plays the demo as if live (started at '$first', all 1,911 within seconds)"
echo "e2e snapshot and replay: $passed passed, 0 failed"
