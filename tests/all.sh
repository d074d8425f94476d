#!/usr/bin/env bash
# The README's test command: every test of tenken, set-up included.
#   bash tests/all.sh
# Switches: TENKEN_SKIP_WINDOWS=1 leaves out the Windows steps (cross-build,
# tests under Wine, MSI); TENKEN_SKIP_INSTALL_TEST=1 leaves out both install
# tests (the .deb and the MSI).
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/setup.sh
bash tests/reports/setup.sh   # poppler-utils and the report font, for the report tests
# The window (tenken-app) builds against the webview and embeds ui/dist, so
# both come before clippy and the tests.
ROOT=$PWD
source tests/e2e/setup.sh
tenken_window_packages
tenken_ui_build
echo "== ui: svelte-check and vitest" >&2
(cd ui && npm run --silent check && npm test --silent)

echo "== format" >&2
cargo fmt --all --check
echo "== crates for every platform (the licence list names the Windows ones too)" >&2
cargo fetch --locked
echo "== clippy" >&2
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== tests" >&2
cargo test --workspace --locked
echo "== end to end (the real window)" >&2
bash tests/e2e/run.sh
echo "== install: the .deb built, installed with dpkg -i, run and removed (tests/install/run.sh)" >&2
if [[ "${TENKEN_SKIP_INSTALL_TEST:-0}" == 1 ]]; then
  echo "   skipped (TENKEN_SKIP_INSTALL_TEST=1)" >&2
elif [[ "$(id -u)" -eq 0 ]] && command -v dpkg >/dev/null; then
  bash tests/install/run.sh
else
  echo "   skipped: it installs a package, so it needs root and dpkg — run: sudo bash tests/install/run.sh" >&2
fi
echo "== windows: cross-build with clippy and the MSI, tests under Wine, the MSI installed under Wine (TENKEN_SKIP_WINDOWS=1 skips)" >&2
if [[ "${TENKEN_SKIP_WINDOWS:-0}" == 1 ]]; then
  echo "   skipped (TENKEN_SKIP_WINDOWS=1)" >&2
else
  t=$SECONDS
  bash src-tauri/windows/build.sh
  echo "   windows build (tenken.exe, tenken-app.exe, MSI, clippy): $((SECONDS - t)) s" >&2
  t=$SECONDS
  bash tests/windows/run.sh
  echo "   windows tests under Wine: $((SECONDS - t)) s" >&2
  if [[ "${TENKEN_SKIP_INSTALL_TEST:-0}" == 1 ]]; then
    echo "   MSI install test skipped (TENKEN_SKIP_INSTALL_TEST=1)" >&2
  else
    t=$SECONDS
    bash tests/windows/install.sh
    echo "   MSI install test under Wine: $((SECONDS - t)) s" >&2
  fi
fi
