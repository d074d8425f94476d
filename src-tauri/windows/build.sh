#!/usr/bin/env bash
# Cross-builds tenken for Windows (x86_64-pc-windows-gnu) on this Debian
# machine, from a clean clone: installs what is missing (rustup's standard
# library for the target, MinGW-w64), builds the window's UI, then
#   tenken.exe          the command line (crate tenken-cli)
#   tenken-app.exe      the window (Tauri; WebView2 on Windows)
#   WebView2Loader.dll  which the GNU build of the window loads at start;
#                       it must sit beside tenken-app.exe
#   tenken.msi          the installer of all three (src-tauri/windows/msi.sh,
#                       Debian's wixl)
# into target/windows/ (or $CARGO_TARGET_DIR/windows/), and checks the
# Windows-only code with clippy.
#
#   bash src-tauri/windows/build.sh              # everything
#   bash src-tauri/windows/build.sh --cli-only   # no UI build, no window, no MSI
#   bash src-tauri/windows/build.sh --no-clippy
#   bash src-tauri/windows/build.sh --clippy-only  # only the Windows clippy
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=tests/setup.sh
source "$ROOT/tests/setup.sh"
# shellcheck source=src-tauri/windows/env.sh
source "$ROOT/src-tauri/windows/env.sh"
cd "$ROOT"

cli_only=0
clippy=1
build=1
for arg in "$@"; do
  case "$arg" in
    --cli-only) cli_only=1 ;;
    --no-clippy) clippy=0 ;;
    --clippy-only) build=0 ;;
    *) echo "build.sh: unknown option $arg (--cli-only, --no-clippy, --clippy-only)" >&2; exit 2 ;;
  esac
done

tenken_windows_toolchain
need_apt jq
OUT="${CARGO_TARGET_DIR:-$ROOT/target}/windows"
mkdir -p "$OUT"
T=(--locked --target "$TENKEN_WIN_TARGET")

start=$SECONDS
if [[ $build -eq 0 ]]; then
  :
elif [[ $cli_only -eq 1 ]]; then
  cargo build --profile windows-release "${T[@]}" -p tenken-cli
else
  # shellcheck source=tests/e2e/setup.sh
  source "$ROOT/tests/e2e/setup.sh"
  tenken_ui_build
  # One cargo run for both programs: their shared crates build once.
  cargo build --profile windows-release "${T[@]}" -p tenken-cli -p tenken-app
fi
[[ $build -eq 0 ]] || cp "$TENKEN_WIN_TARGET_DIR/windows-release/tenken.exe" "$OUT/"
[[ $build -eq 0 ]] || echo "windows: tenken.exe built ($(stat -c %s "$OUT/tenken.exe") bytes)" >&2

if [[ $build -eq 1 && $cli_only -eq 0 ]]; then
  cp "$TENKEN_WIN_TARGET_DIR/windows-release/tenken-app.exe" "$OUT/"
  # The loader DLL comes with the webview2-com-sys crate (Microsoft's
  # redistributable, x64 build); take the copy of the version in Cargo.lock.
  dir="$(cargo metadata --locked --format-version 1 --filter-platform "$TENKEN_WIN_TARGET" \
    | jq -r '.packages[] | select(.name == "webview2-com-sys") | .manifest_path' | xargs dirname)"
  cp "$dir/x64/WebView2Loader.dll" "$OUT/"
  echo "windows: tenken-app.exe built ($(stat -c %s "$OUT/tenken-app.exe") bytes), WebView2Loader.dll from $dir" >&2
fi
echo "windows: build took $((SECONDS - start)) s" >&2

if [[ $build -eq 1 && $cli_only -eq 0 ]]; then
  t=$SECONDS
  bash "$ROOT/src-tauri/windows/msi.sh" "$OUT" "$OUT/tenken.msi"
  echo "windows: MSI took $((SECONDS - t)) s" >&2
fi

if [[ $clippy -eq 1 ]]; then
  t=$SECONDS
  # The crates with code of their own for Windows (cfg(windows) / cfg(unix)):
  # the rest compiles the same on both and is linted on Linux.
  crates=(-p tenken-cli -p tenken-store -p tenken-report)
  [[ $cli_only -eq 1 ]] || crates+=(-p tenken-app)
  cargo clippy "${T[@]}" "${crates[@]}" --all-targets -- -D warnings
  echo "windows: clippy for $TENKEN_WIN_TARGET passed ($((SECONDS - t)) s)" >&2
fi
ls -l "$OUT"
