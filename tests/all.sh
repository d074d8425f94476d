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
# Disk: a CI runner's disk is small, and a shared one may be nearly full
# when the run starts. In CI, cargo keeps no incremental caches (they only
# speed up a developer's next build). In CI, or wherever the disk has less
# than TENKEN_TIDY_BELOW_GB free (default 10), a build's output is removed
# once no later step needs it: the debug build after the window's tests, the
# release build after the .deb. Each step prints what is left.
target="${CARGO_TARGET_DIR:-$ROOT/target}"
if [[ -n "${CI:-}" ]]; then export CARGO_INCREMENTAL=0; fi
if [[ ! "${TENKEN_TIDY_BELOW_GB:-10}" =~ ^[0-9]+$ ]]; then
  echo "tests/all.sh: TENKEN_TIDY_BELOW_GB must be a whole number of GB in ASCII digits (e.g. 10), not '${TENKEN_TIDY_BELOW_GB}'" >&2
  exit 2
fi
free_kb() { df -k --output=avail "$ROOT" | tail -1 | tr -d ' '; }
disk() {
  echo "   disk: $(df -h --output=avail "$ROOT" | tail -1 | tr -d ' ') free; target/ holds $(du -sh "$target" 2>/dev/null | cut -f1)" >&2
  if (( $(free_kb) < 3 * 1024 * 1024 )); then
    echo "   disk: WARNING: under 3 GB free; the next build may need that much. If it stops with \"No space left on device\", free space (cargo clean, old temporary files) and run again." >&2
  fi
}
tidy() {
  local below_kb=$(( ${TENKEN_TIDY_BELOW_GB:-10} * 1024 * 1024 ))
  if [[ -n "${CI:-}" ]] || (( $(free_kb) < below_kb )); then
    rm -rf "$@"
    echo "   removed, as no later step uses it (in CI, or under ${TENKEN_TIDY_BELOW_GB:-10} GB free): $*" >&2
  fi
}
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
disk
# Later steps build their own: the release build, and the Windows ones (whose
# build scripts and macros are built again for this machine, a minute's work).
tidy "$target/debug"
disk
echo "== install: the .deb built, installed with dpkg -i, run and removed (tests/install/run.sh)" >&2
if [[ "${TENKEN_SKIP_INSTALL_TEST:-0}" == 1 ]]; then
  echo "   skipped (TENKEN_SKIP_INSTALL_TEST=1)" >&2
elif [[ "$(id -u)" -eq 0 ]] && command -v dpkg >/dev/null; then
  bash tests/install/run.sh
else
  echo "   skipped: it installs a package, so it needs root and dpkg — run: sudo bash tests/install/run.sh" >&2
fi
tidy "$target/release"
disk
echo "== windows: tests under Wine, both programs and the MSI, the MSI installed under Wine, clippy for the target (TENKEN_SKIP_WINDOWS=1 skips)" >&2
# One CI run must end within 60 minutes on 2 cores. Each Windows step first
# compares the time this run has taken plus the step's cold duration with
# TENKEN_TIME_BUDGET (seconds, default 3300; 0 = no budget), and a step that
# would overrun is left out with a line that says so and how to run it alone.
# The estimates are the cold times measured with margin: Wine tests 514 s in
# CI and 684 s here, the build and MSI 484 s, clippy 151 s.
budget="${TENKEN_TIME_BUDGET:-3300}"
windows_step() {
  local name=$1 cold=$2
  shift 2
  ran=0
  if (( budget > 0 && SECONDS + cold > budget )); then
    echo "   windows: NOT RUN: $name (this run has taken $SECONDS s; the step takes about $cold s cold, beyond the budget of $budget s) — run it alone: $*" >&2
    return 0
  fi
  local t=$SECONDS
  "$@"
  ran=1
  echo "   windows: $name: $((SECONDS - t)) s" >&2
}
if [[ "${TENKEN_SKIP_WINDOWS:-0}" == 1 ]]; then
  echo "   skipped (TENKEN_SKIP_WINDOWS=1)" >&2
else
  windows_step "the Rust tests as Windows programs under Wine" 900 bash tests/windows/run.sh
  tidy "$target/x86_64-pc-windows-gnu/debug"
  disk
  windows_step "tenken.exe, tenken-app.exe and the MSI" 700 bash src-tauri/windows/build.sh --no-clippy
  if [[ "${TENKEN_SKIP_INSTALL_TEST:-0}" == 1 ]]; then
    echo "   MSI install test skipped (TENKEN_SKIP_INSTALL_TEST=1)" >&2
  elif [[ $ran -eq 1 ]]; then
    windows_step "the MSI installed, upgraded and removed under Wine" 120 bash tests/windows/install.sh
  fi
  windows_step "clippy for x86_64-pc-windows-gnu" 300 bash src-tauri/windows/build.sh --clippy-only
  disk
fi
echo "== all tests passed in $SECONDS s" >&2
