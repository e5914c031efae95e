# Helpers for the end-to-end scripts: a private tmux server, screen reads, waits, and a tally.
# The sourcing script sets `sock` (the server's socket name) and `tmp` (a folder removed at exit).
passed=0
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
# Anything sitrep writes for the user (the filter history) goes to a folder of this run.
export XDG_CONFIG_HOME="$tmp/config"
fail() { echo "FAIL: $*"; echo "--- screen:"; tmux -L "$sock" capture-pane -p 2>/dev/null || true; exit 1; }
ok() { echo "ok: $*"; passed=$((passed + 1)); }
screen() { tmux -L "$sock" capture-pane -p; }
# Waits up to 10 s for the screen to contain a text.
wait_for() {
  for _ in $(seq 1 100); do
    if screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  fail "the screen never showed: $1"
}
# Waits up to 10 s for a text to leave the screen.
wait_gone() {
  for _ in $(seq 1 100); do
    if ! screen | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  fail "the screen still shows: $1"
}
# Ends the private server and waits until it is gone: a new session started while the old server
# is still exiting fails with "server exited unexpectedly".
stop_server() {
  tmux -L "$sock" kill-server 2>/dev/null || true
  for _ in $(seq 1 50); do tmux -L "$sock" list-sessions >/dev/null 2>&1 || break; sleep 0.1; done
  sleep 0.3
}
