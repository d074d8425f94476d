#!/usr/bin/env bash
# The README's run command: builds tenken and shows the demo ward.
#   bash src-tauri/run.sh
# Everything it writes stays under target/demo/ (the demo database is
# re-created each time; your own database is never touched).
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/setup.sh
bash tests/reports/setup.sh

cargo build --locked -p tenken-cli
tenken="${CARGO_TARGET_DIR:-target}/debug/tenken"
demo=target/demo
mkdir -p "$demo"
"$tenken" --db "$demo/tenken-demo.db" demo --force --reports "$demo/reports"
"$tenken" --db "$demo/tenken-demo.db" status
"$tenken" --db "$demo/tenken-demo.db" summary
echo
echo "demo database: $demo/tenken-demo.db — try: $tenken --db $demo/tenken-demo.db answer list --dept 5010"
