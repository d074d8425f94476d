#!/usr/bin/env bash
# The README's run command: builds tenken's window and opens it on the demo ward.
#   bash src-tauri/run.sh              (arguments after it go to the app)
# The demo database lives under target/demo/ and is re-created each time: the
# app writes the demo ward into an empty database on first start. Your own
# database is never touched. Without a display the window runs under Xvfb
# and a screenshot is saved to tests/artifacts/run.png, so a person can see
# it started. Runs until the window is closed.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
# shellcheck source=tests/setup.sh
source tests/setup.sh
# shellcheck source=tests/e2e/setup.sh
source tests/e2e/setup.sh

bash tests/reports/setup.sh
tenken_window_packages
tenken_ui_build
tenken_app_build
demo=target/demo
mkdir -p "$demo"
rm -f "$demo/tenken-demo.db" "$demo/tenken-demo.db-wal" "$demo/tenken-demo.db-shm"

# The headless path: the same demo ward through the CLI, with its sample
# reports (consolidated ja/en and one section's sheet) in target/demo/reports.
cargo build --locked -p tenken-cli
tenken="${CARGO_TARGET_DIR:-target}/debug/tenken"
"$tenken" --db "$demo/tenken-demo.db" demo --force --reports "$demo/reports"
"$tenken" --db "$demo/tenken-demo.db" status
# A --db given on the command line comes first, and the first --db wins.
args=("$@" --db "$demo/tenken-demo.db")
if [[ -n "${DISPLAY:-}" ]]; then
  exec "$TENKEN_APP" "${args[@]}"
fi
tenken_display
"$TENKEN_APP" "${args[@]}" &
app=$!
mkdir -p tests/artifacts
sleep 5
if kill -0 "$app" 2>/dev/null; then
  import -window root tests/artifacts/run.png
  echo "tenken-app is running on $DISPLAY (pid $app); screenshot: tests/artifacts/run.png — stop it with: kill $app" >&2
fi
wait "$app"
