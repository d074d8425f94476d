#!/usr/bin/env bash
# The window's set-up, sourced by tests/e2e/run.sh, src-tauri/run.sh and
# tests/all.sh after tests/setup.sh: system packages (only those missing,
# through tests/setup.sh's need_apt), the UI's npm packages and build, the
# debug app build, and a display. Expects ROOT to be the repository root.

if ! declare -F need_apt >/dev/null; then
  # shellcheck source=tests/setup.sh
  source "$ROOT/tests/setup.sh"
fi

# The webview and its headers, its WebDriver, a virtual display, screenshots,
# and a Japanese font (BIZ UDGothic, which Windows ships too) so the window
# shows no 豆腐; IPAmj明朝, which the .deb recommends, for the kanji of names
# BIZ UDGothic lacks (𠮷).
tenken_window_packages() {
  need_apt libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev webkit2gtk-driver xvfb xauth imagemagick \
    fonts-morisawa-bizud-gothic fonts-ipamj-mincho
  command -v npm >/dev/null || { echo "setup: Node.js (npm) is required for the window's UI" >&2; return 1; }
}

# npm ci when node_modules is missing or older than the lock file, then the
# production build into ui/dist.
tenken_ui_build() {
  # Also when package-lock.json changed since the last install (a pulled
  # branch that added a package): npm records what it installed in
  # node_modules/.package-lock.json.
  if [[ ! -d "$ROOT/ui/node_modules" || "$ROOT/ui/package-lock.json" -nt "$ROOT/ui/node_modules/.package-lock.json" ]]; then
    (cd "$ROOT/ui" && npm ci --no-audit --no-fund)
  fi
  (cd "$ROOT/ui" && npm run --silent build >/dev/null)
}

# The debug build of the app; sets TENKEN_APP to its path.
tenken_app_build() {
  (cd "$ROOT" && cargo build --locked -p tenken-app)
  TENKEN_APP="${CARGO_TARGET_DIR:-$ROOT/target}/debug/tenken-app"
  export TENKEN_APP
}

# Starts Xvfb on a free display when there is no DISPLAY; stopped on exit.
tenken_display() {
  if [[ -n "${DISPLAY:-}" ]]; then
    return 0
  fi
  local n=99
  while [[ -e "/tmp/.X${n}-lock" || -e "/tmp/.X11-unix/X${n}" ]]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
  TENKEN_XVFB_PID=$!
  trap 'kill "$TENKEN_XVFB_PID" 2>/dev/null || true' EXIT
  export DISPLAY=":$n"
  for _ in $(seq 100); do
    [[ -e "/tmp/.X11-unix/X${n}" ]] && return 0
    sleep 0.1
  done
  echo "setup: Xvfb did not start on :$n" >&2
  return 1
}
