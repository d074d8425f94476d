#!/usr/bin/env bash
# End-to-end tests of the real window: the debug build of tenken-app driven
# through WebKitWebDriver (under Xvfb when there is no display), each test on
# its own temporary database. Installs what is missing, builds the UI and the
# app, runs tests/e2e/*.test.mjs with Node's test runner; exits non-zero on a
# failure. Screenshots, logs and start times go to tests/artifacts/.
#   bash tests/e2e/run.sh
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# shellcheck source=tests/e2e/setup.sh
source "$ROOT/tests/e2e/setup.sh"

tenken_window_packages
tenken_ui_build
tenken_app_build
tenken_display
mkdir -p "$ROOT/tests/artifacts"
rm -f "$ROOT/tests/artifacts/"*.png "$ROOT/tests/artifacts/"*.log "$ROOT/tests/artifacts/timings.txt"
cd "$ROOT"
node --test --test-concurrency=1 tests/e2e/
if [[ -f tests/artifacts/timings.txt ]]; then
  echo "start to first screen:" >&2
  sed 's/^/  /' tests/artifacts/timings.txt >&2
fi
