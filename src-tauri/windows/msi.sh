#!/usr/bin/env bash
# Builds the MSI of tenken from src-tauri/windows/tenken.wxs with Debian's
# wixl (package wixl), then writes its Japanese names with msibuild (package
# msitools): wixl 0.101 cannot store non-ASCII strings (see tenken.wxs).
#
#   bash src-tauri/windows/msi.sh BIN_DIR OUT.msi [VERSION]
#
# BIN_DIR holds tenken-app.exe, tenken.exe and WebView2Loader.dll (what
# build.sh puts in target/windows/). VERSION defaults to the workspace's
# version in Cargo.toml; the install test builds a second MSI with a higher
# one to check the upgrade.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=tests/setup.sh
source "$ROOT/tests/setup.sh"
[[ $# -ge 2 ]] || { echo "usage: msi.sh BIN_DIR OUT.msi [VERSION]" >&2; exit 2; }
bin="$(cd "$1" && pwd)"
out="$(realpath -m "$2")"
version="${3:-$(sed -n '/^\[workspace.package\]/,/^\[/ s/^version *= *"\([^"]*\)".*/\1/p' "$ROOT/Cargo.toml")}"
# An MSI version is three numbers (major < 256); a pre-release suffix goes.
version="${version%%-*}"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "msi.sh: bad version '$version'" >&2; exit 2; }
need_apt wixl msitools
for f in tenken-app.exe tenken.exe WebView2Loader.dll; do
  [[ -f "$bin/$f" ]] || { echo "msi.sh: $bin/$f is missing (run src-tauri/windows/build.sh)" >&2; exit 1; }
done
# The stand-in DLL of the Wine tests must never reach the installer.
[[ ! -e "$bin/bcryptprimitives.dll" ]] || { echo "msi.sh: $bin holds bcryptprimitives.dll (test-only)" >&2; exit 1; }

wxs_dir="$ROOT/src-tauri/windows"
mkdir -p "$(dirname "$out")"
rm -f "$out"
# wixl takes Source paths relative to the .wxs file only.
(cd "$wxs_dir" && wixl -a x64 -D "Version=$version" \
  -D "BinDir=$(realpath --relative-to="$wxs_dir" "$bin")" \
  -D "RootDir=$(realpath --relative-to="$wxs_dir" "$ROOT")" \
  -o "$out" tenken.wxs)

# The string table in Shift_JIS (codepage 932), then the Japanese strings.
idt="$(mktemp -d)"
trap 'rm -rf "$idt"' EXIT
printf '\r\n\r\n932\t_ForceCodepage\r\n' >"$idt/_ForceCodepage.idt"
msibuild "$out" -i "$idt/_ForceCodepage.idt"
msibuild "$out" -q "UPDATE \`Shortcut\` SET \`Name\` = 'JIKOTEN|自己点検', \`Description\` = 'tenken 情報セキュリティ自己点検 (information-security self-inspection)' WHERE \`Shortcut\` = 'StartMenuShortcut'"
msibuild "$out" -q "UPDATE \`Property\` SET \`Value\` = 'tenken 情報セキュリティ自己点検' WHERE \`Property\` = 'ProductName'"
# Check what was written: the shortcut's name reads back.
msiinfo export "$out" Shortcut | grep -q 'JIKOTEN|自己点検' \
  || { echo "msi.sh: the shortcut's name did not reach $out" >&2; exit 1; }
echo "windows: $out built (version $version, $(stat -c %s "$out") bytes)" >&2
