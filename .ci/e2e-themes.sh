#!/usr/bin/env bash
# End-to-end check of themes: every shipped theme passes `sitrep themes check`; in tmux, T changes
# the colours on screen (seen with capture-pane -e), NO_COLOR=1 shows no colour at all, an edited
# theme file is applied on save and a broken one keeps the last good theme with a warning.
set -euo pipefail
bin=$(realpath "${1:-.build/debug/sitrep}")
sock=sitrep-themes-$$
tmp=$(mktemp -d)
source "$(dirname "$0")/tmux-lib.sh"
cd "$(dirname "$0")/.."

"$bin" themes check themes/*.toml || fail "a shipped theme does not pass sitrep themes check"
ok "every file in themes/ passes sitrep themes check"
printf 'name = "bad"\n[roles]\n"pane.bordr" = { fg = "#12" }\n' > "$tmp/bad.toml"
set +e
out=$("$bin" themes check "$tmp/bad.toml"); status=$?
set -e
[ "$status" = 1 ] || fail "a broken theme should exit 1, got $status"
echo "$out" | grep -qF "$tmp/bad.toml:3:1: error: unknown role 'pane.bordr'" || fail "no positioned error for the unknown role: $out"
echo "$out" | grep -qF "note: role 'wall.stale' is not set; it looks like" || fail "no note for a role left to its fallback: $out"
ok "a broken theme file: exit 1 and path:line:column messages"

# The SGR colour codes on screen (foreground/background, 8/16/256/24-bit), not attributes.
colours() { tmux -L "$sock" capture-pane -e -p | grep -oE $'\e\\[[0-9;]*m' | grep -E '\[(3[0-7]|4[0-7]|9[0-7]|10[0-7]|38;|48;)|;(3[0-7]|4[0-7]|9[0-7]|10[0-7]|38|48)[;m]' | sort -u || true; }

tmux -L "$sock" new-session -d -x 120 -y 40 "TERM=tmux-256color '$bin'; sleep 5"
wait_for "Timeline 1,911"
dark=$(colours)
[ -n "$dark" ] || fail "the default theme shows no colour"
tmux -L "$sock" send-keys T
wait_for "theme light"
sleep 0.2
light=$(colours)
[ "$dark" != "$light" ] || fail "T did not change the colours on screen"
ok "T switches to the light theme and the colours on screen change"
stop_server

tmux -L "$sock" new-session -d -x 120 -y 40 "NO_COLOR=1 TERM=tmux-256color '$bin'; sleep 5"
wait_for "Timeline 1,911"
sleep 0.2
[ -z "$(colours)" ] || fail "NO_COLOR=1 still shows colour: $(colours | head -3)"
tmux -L "$sock" capture-pane -e -p | grep -qE $'\e\\[[0-9;]*7[;m]' || fail "the mono theme should still mark the selection (reverse)"
ok "NO_COLOR=1: no colour codes, attributes only"
stop_server

# A user theme, edited while sitrep runs.
mkdir -p "$XDG_CONFIG_HOME/sitrep/themes"
theme="$XDG_CONFIG_HOME/sitrep/themes/mine.toml"
printf 'name = "mine"\ninherits = "mono"\n[roles]\n"status" = { reverse = true }\n' > "$theme"
tmux -L "$sock" new-session -d -x 120 -y 40 "TERM=tmux-256color '$bin' --theme mine; sleep 5"
wait_for "Timeline 1,911"
sleep 0.2
[ -z "$(colours)" ] || fail "the mono-based user theme shows colour"
printf 'name = "mine"\ninherits = "mono"\n[roles]\n"status" = { fg = "black", bg = "#ffd700" }\n' > "$theme.tmp" && mv "$theme.tmp" "$theme"
for _ in $(seq 1 50); do [ -n "$(colours)" ] && break; sleep 0.1; done
colours | grep -qE '48;5;220|43|103' || fail "the edited theme was not applied: $(colours)"
ok "an edited theme file is applied on save"
printf 'name = "mine"\n[roles\n' > "$theme.tmp" && mv "$theme.tmp" "$theme"
wait_for "theme file broken, kept the last good theme"
colours | grep -qE '48;5;220|43|103' || fail "a broken theme file should keep the last good theme"
ok "a broken theme file keeps the last good theme and warns"
echo "e2e themes: $passed passed, 0 failed"
