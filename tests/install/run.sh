#!/usr/bin/env bash
# The install test: tenken as a municipality's staff get it, a .deb.
#   bash tests/install/run.sh
# Builds the release .deb with Tauri's bundler (the window tenken-app, the
# command line tenken beside it, the menu entry, icons, the license lists),
# checks its size (at most 15 MB) and its desktop entry, installs it with
# `dpkg -i`, runs `tenken --version` and `tenken demo` from the installed
# files, starts the installed window under Xvfb and saves a screenshot to
# tests/artifacts/installed-app.png, then purges the package and checks that
# none of its files is left. Needs root (dpkg), like tests/setup.sh.
# tests/all.sh runs it when it can (root, dpkg); TENKEN_SKIP_INSTALL_TEST=1 skips it there.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
# shellcheck source=tests/setup.sh
source tests/setup.sh
# shellcheck source=tests/e2e/setup.sh
source tests/e2e/setup.sh

if [[ "$(id -u)" -ne 0 ]] || ! command -v dpkg >/dev/null; then
  echo "install test: needs root and dpkg (a Debian-like system) to install the .deb" >&2
  exit 1
fi
# A tenken installed by someone is theirs: the test would replace and remove it.
if dpkg -s tenken >/dev/null 2>&1 && [[ "${TENKEN_INSTALL_TEST_REPLACE:-0}" != 1 ]]; then
  echo "install test: a tenken package is already installed here; remove it first (dpkg --purge tenken) or set TENKEN_INSTALL_TEST_REPLACE=1" >&2
  exit 1
fi
t0=$(date +%s)
say() { echo "== install: $*" >&2; }

# What the build needs (the webview's headers, npm packages, the UI) and
# what the test uses: a desktop-entry checker and xwininfo to see the window.
tenken_window_packages
need_apt desktop-file-utils x11-utils
tenken_ui_build
target="${CARGO_TARGET_DIR:-$ROOT/target}"
entry=$(mktemp -d)
work=$(mktemp -d)
installed_now=0
# On any exit: the temporary folders, the display, and the package if a
# failure left it installed.
cleanup() {
  rm -rf "$entry" "$work"
  if ((installed_now)); then dpkg --purge tenken >/dev/null 2>&1 || true; fi
  if [[ -n "${TENKEN_XVFB_PID:-}" ]]; then kill "$TENKEN_XVFB_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

say "release build of the command line (tenken)"
cargo build --release --locked -p tenken-cli
say "release build of the window and the .deb (tauri build --bundles deb)"
rm -rf "$target/release/bundle/deb"
# The CLI goes to /usr/bin/tenken; its path is only known now (CARGO_TARGET_DIR).
config=$(printf '{"bundle":{"active":true,"linux":{"deb":{"files":{"/usr/bin/tenken":"%s"}}}}}' "$target/release/tenken")
(cd src-tauri && "$ROOT/ui/node_modules/.bin/tauri" build --ci --bundles deb --config "$config")
t1=$(date +%s)
deb=$(ls "$target"/release/bundle/deb/tenken_*.deb)
say "$(basename "$deb"): repacked with xz (src-tauri/linux/deb-xz.sh; the bundler writes gzip)"
bash src-tauri/linux/deb-xz.sh "$deb"
size=$(stat -c %s "$deb")
mkdir -p tests/artifacts
say "$(basename "$deb"): $size bytes ($(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1048576 }') MiB), built in $((t1 - t0)) s"
if ((size > 15 * 1000 * 1000)); then
  echo "install test: the .deb is larger than 15 MB" >&2
  exit 1
fi
dpkg-deb --field "$deb" Package Version Depends Installed-Size
dpkg-deb --contents "$deb" | awk '{ print "  " $3 "\t" $6 }'

# The menu entry: valid, in Japanese and English, with our icon.
dpkg-deb -x "$deb" "$entry"
desktop-file-validate "$entry/usr/share/applications/tenken.desktop"
grep -qx 'Name\[ja\]=自己点検' "$entry/usr/share/applications/tenken.desktop"
grep -qx 'Icon=tenken-app' "$entry/usr/share/applications/tenken.desktop"

say "dpkg -i (its dependencies first: $(dpkg-deb --field "$deb" Depends))"
# shellcheck disable=SC2046
need_apt $(dpkg-deb --field "$deb" Depends | tr ',' '\n' | sed 's/(.*)//; s/|.*//' | xargs)
installed_now=1
dpkg -i "$deb"
installed=$(dpkg -L tenken)
for f in /usr/bin/tenken /usr/bin/tenken-app /usr/share/applications/tenken.desktop \
  /usr/share/icons/hicolor/scalable/apps/tenken-app.svg /usr/share/icons/hicolor/16x16/apps/tenken-app.png \
  /usr/share/doc/tenken/licenses/crates.tsv /usr/share/doc/tenken/licenses/npm.tsv; do
  [[ -e "$f" ]] || { echo "install test: $f was not installed" >&2; exit 1; }
done

say "the installed command line"
mkdir -p "$work/home"
run() { env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=ja_JP.UTF-8 "$@"; }
run tenken --version
run tenken --db "$work/demo.db" demo --reports "$work/reports"
ls "$work/reports"
run tenken --db "$work/demo.db" status | tail -n 3

say "the installed window, under Xvfb"
tenken_display
trap cleanup EXIT # tenken_display set its own
run env DISPLAY="$DISPLAY" NO_AT_BRIDGE=1 tenken-app --db "$work/demo.db" >"$work/app.log" 2>&1 &
app=$!
shown=0
for _ in $(seq 60); do
  if ! kill -0 "$app" 2>/dev/null; then break; fi
  if xwininfo -root -tree 2>/dev/null | grep -q '"tenken'; then
    shown=1
    break
  fi
  sleep 0.5
done
if ((shown)); then sleep 4; fi # the page's first paint after the window is mapped
if ! kill -0 "$app" 2>/dev/null || ((!shown)); then
  cat "$work/app.log" >&2
  echo "install test: the installed tenken-app did not show its window" >&2
  exit 1
fi
import -window root tests/artifacts/installed-app.png
# A page that did not load is one flat colour; the first screen has text, a form and the top bar.
colours=$(identify -format %k tests/artifacts/installed-app.png)
if ((colours < 64)); then
  cat "$work/app.log" >&2
  echo "install test: the installed window looks empty ($colours colours in the screenshot)" >&2
  exit 1
fi
kill "$app"
wait "$app" 2>/dev/null || true
say "screenshot: tests/artifacts/installed-app.png"

say "dpkg --purge"
dpkg --purge tenken
installed_now=0
left=0
while IFS= read -r f; do
  if [[ -f "$f" || -L "$f" ]]; then
    echo "install test: $f is still there after removal" >&2
    left=1
  fi
done <<<"$installed"
if ((left)) || dpkg -s tenken >/dev/null 2>&1; then
  echo "install test: tenken was not removed cleanly" >&2
  exit 1
fi
say "installed, ran and removed cleanly in $(($(date +%s) - t0)) s (.deb $size bytes)"
