#!/usr/bin/env bash
# Regenerates every icon size from the one drawing, icons/tenken.svg, with the
# Tauri CLI (ui/node_modules/@tauri-apps/cli, pinned in ui/package.json):
#   bash icons/generate.sh
# Writes what the desktop bundles use: PNGs for Linux (16 … 512 px, the .deb's
# hicolor theme and the window icon), icon.ico for Windows (16 … 256 px
# inside) and icon.icns for macOS. (No 128x128@2x.png: the .deb would put it
# in a hicolor folder no desktop reads; 256x256.png is the same picture.) The mobile and Windows-Store sizes that
# `tauri icon` also makes are not kept: tenken ships for desktops only.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT/ui"
[[ -d node_modules ]] || npm ci --no-audit --no-fund
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
icon() { npx --no-install tauri icon "$ROOT/icons/tenken.svg" "$@" >"$out/log" 2>&1 || { cat "$out/log" >&2; exit 1; }; }
icon -o "$out/default"
icon -o "$out/small" --png 16,48,256
cp "$out"/default/{32x32,64x64,128x128,icon}.png "$out"/default/icon.{ico,icns} "$ROOT/icons/"
cp "$out"/small/{16x16,48x48,256x256}.png "$ROOT/icons/"
ls -l "$ROOT/icons" >&2
