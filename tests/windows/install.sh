#!/usr/bin/env bash
# The MSI installed, run, upgraded and removed under Wine, as an IT team would
# push it: msiexec /i … /qn, then the installed programs, then /x.
#
#   bash src-tauri/windows/build.sh   # builds target/windows/tenken.msi
#   bash tests/windows/install.sh
#
# It uses a Wine prefix of its own, made fresh each run (a clean "PC"), with
# the test-only set-up of tests/windows/wine.sh (the bcryptprimitives stand-in
# in system32, BIZ UDGothic in C:\windows\Fonts); the MSI itself carries
# neither. Wine has no WebView2 Runtime, so the window cannot open: the test
# checks that tenken-app.exe says so (standard error and its log, in Japanese
# and in English) and exits with code 3 instead of crashing.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=tests/windows/wine.sh
source "$ROOT/tests/windows/wine.sh"
cd "$ROOT"

OUT="${CARGO_TARGET_DIR:-$ROOT/target}/windows"
msi="$OUT/tenken.msi"
[[ -f "$msi" ]] || { echo "install: $msi is missing — run: bash src-tauri/windows/build.sh" >&2; exit 1; }
ART="$ROOT/tests/artifacts/windows/install"
rm -rf "$ART"
mkdir -p "$ART"
fail() { echo "install: FAILED: $*" >&2; exit 1; }
step() { echo "install: $*" >&2; }

tenken_windows_toolchain
need_apt poppler-utils msitools
export TENKEN_WINEPREFIX="${TENKEN_INSTALL_WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/tenken/wine-install-prefix}"
WINEPREFIX="$TENKEN_WINEPREFIX" wineserver -k 2>/dev/null || true
rm -rf "$TENKEN_WINEPREFIX"
tenken_wine_prefix
# No display for Wine: nothing here may wait for a click (the message box of
# tenken-app cannot appear, so it returns at once).
unset DISPLAY WAYLAND_DISPLAY

c="$WINEPREFIX/drive_c"
dir="$c/Program Files/tenken"
appdata_dir="$TENKEN_WINE_APPDATA/tenken/tenken/data"
start_menus=("$c/ProgramData/Microsoft/Windows/Start Menu/Programs" "$c/users/$(id -un)/AppData/Roaming/Microsoft/Windows/Start Menu/Programs")
shortcuts() { find "${start_menus[@]}" -name '自己点検.lnk' 2>/dev/null || true; }
# The uninstall entries of the registry that name tenken (Wine writes the
# registry files when its server exits).
products() {
  wineserver -w
  awk '/^\[/ { u = index($0, "\\\\CurrentVersion\\\\Uninstall\\\\{") > 0 } u && /^"DisplayName"="tenken/ { n++ } END { print n + 0 }' "$WINEPREFIX/system.reg"
}
# The version the uninstall list shows for tenken.
listed_version() {
  awk '/^\[/ { u = index($0, "\\\\CurrentVersion\\\\Uninstall\\\\{") > 0; t = 0; v = "" } u && /^"DisplayName"="tenken/ { t = 1 } u && /^"DisplayVersion"=/ { v = $0 } t && v { print v; exit }' "$WINEPREFIX/system.reg" | sed 's/.*="\(.*\)"/\1/'
}
version_of() { msiinfo export "$1" Property | awk -F'\t' '$1 == "ProductVersion" { print $2 }' | tr -d '\r'; }

# --- the package itself -----------------------------------------------------
files="$(msiinfo export "$msi" File | awk -F'\t' 'NR > 3 { print $3 }' | tr -d '\r' | sort)"
printf '%s\n' "$files" >"$ART/msi-files.txt"
step "MSI $(stat -c %s "$msi") bytes, files: $(tr '\n' ' ' <<<"$files")"
[[ $(stat -c %s "$msi") -le $((15 * 1024 * 1024)) ]] || fail "the MSI is larger than 15 MB"
for f in tenken-app.exe tenken.exe WebView2Loader.dll crates.tsv npm.tsv; do
  grep -qx "$f" <<<"$files" || fail "$f is not in the MSI"
done
! grep -qi bcryptprimitives <<<"$files" || fail "the test-only bcryptprimitives.dll is in the MSI"
# Nothing runs at install time but Windows Installer's own actions: no custom
# action, no embedded program (so nothing can download anything).
for table in CustomAction Binary; do
  rows="$(msiinfo export "$msi" "$table" | awk 'NR > 3' | tr -d '\r')"
  [[ -z "$rows" ]] || fail "the MSI's $table table is not empty: $rows"
done
v1="$(version_of "$msi")"

# --- install ------------------------------------------------------------------
t=$SECONDS
wine msiexec /i "$(winepath -w "$msi")" /qn /l*v "$(winepath -w "$ART/install.log")" || fail "msiexec /i (log: $ART/install.log)"
step "installed in $((SECONDS - t)) s"
for f in tenken-app.exe tenken.exe WebView2Loader.dll licenses/crates.tsv licenses/npm.tsv; do
  [[ -f "$dir/$f" ]] || fail "C:\\Program Files\\tenken\\$f is missing"
done
[[ ! -e "$dir/bcryptprimitives.dll" ]] || fail "bcryptprimitives.dll was installed"
lnk="$(shortcuts)"
[[ -n "$lnk" ]] || fail "no Start-menu shortcut 自己点検.lnk in ${start_menus[*]}"
strings -a -el "$lnk" | grep -q 'tenken-app.exe' || strings -a "$lnk" | grep -q 'tenken-app.exe' \
  || fail "the shortcut $lnk does not start tenken-app.exe"
step "shortcut: ${lnk#"$c/"}"
[[ "$(products)" -eq 1 ]] || fail "expected one tenken in the uninstall list"

# --- the installed command line ----------------------------------------------
cli='C:\Program Files\tenken\tenken.exe'
out="$(wine "$cli" --version 2>&1)" || fail "tenken.exe --version: $out"
grep -q "$v1" <<<"$out" || fail "tenken.exe --version says '$out', not $v1"
step "tenken.exe --version: $out"
reports_win='C:\users\Public\点検 報告書'
reports="$c/users/Public/点検 報告書"
env -u TENKEN_DB wine "$cli" demo --reports "$reports_win" >"$ART/demo.out" 2>&1 \
  || { cat "$ART/demo.out" >&2; fail "tenken.exe demo"; }
db="$appdata_dir/tenken.db"
[[ -f "$db" ]] || fail "the demo wrote no database under %APPDATA% ($db)"
n=0
for pdf in "$reports"/*.pdf; do
  fonts="$(pdffonts "$pdf")"
  grep -Eq '^[A-Z]{6}\+BIZUDGothic' <<<"$fonts" || fail "$pdf does not embed a BIZ UDGothic subset: $fonts"
  n=$((n + 1))
done
[[ $n -ge 3 ]] || fail "expected 3 reports in $reports, found $n"
ja_pdf="$(ls "$reports"/audit-*-ja.pdf | head -n 1)"
text="$(pdftotext "$ja_pdf" -)"
grep -q '自己点検結果報告書' <<<"$text" || fail "the Japanese report's text does not read back"
cp "$ja_pdf" "$ART/"
step "demo: database at %APPDATA%, $n reports in $reports_win with a BIZ UDGothic subset, Japanese text reads back"

# --- the installed window, without WebView2 ----------------------------------
app='C:\Program Files\tenken\tenken-app.exe'
log="$appdata_dir/tenken-app.log"
for lang in ja en; do
  locale=C.UTF-8
  [[ $lang == en ]] && locale=en_US.UTF-8
  rc=0
  env -u TENKEN_DB LANG="$locale" LC_ALL="$locale" timeout 120 wine "$app" >"$ART/app-$lang.out" 2>&1 || rc=$?
  [[ $rc -ne 124 ]] || fail "tenken-app.exe did not exit within 120 s (a dialog waiting?)"
  [[ $rc -eq 3 ]] || { cat "$ART/app-$lang.out" >&2; fail "tenken-app.exe exited with $rc, expected 3 (no window)"; }
  ! grep -q 'panicked' "$ART/app-$lang.out" || fail "tenken-app.exe panicked: $(cat "$ART/app-$lang.out")"
  if [[ $lang == ja ]]; then
    want=('WebView2 ランタイム' '情報システム担当' 'オフライン インストーラー')
  else
    want=('WebView2 Runtime' 'IT team' 'offline')
  fi
  for w in "${want[@]}"; do
    grep -q "$w" "$ART/app-$lang.out" || fail "tenken-app.exe ($lang) did not say '$w': $(cat "$ART/app-$lang.out")"
    grep -q "$w" "$log" || fail "the log $log ($lang) lacks '$w'"
  done
done
cp "$log" "$ART/"
step "tenken-app.exe without WebView2: exit 3, the message in Japanese and English on standard error and in %APPDATA%\\tenken\\tenken\\data\\tenken-app.log"

# --- upgrade: the same MSI with a higher version -------------------------------
IFS=. read -r major minor patch <<<"$v1"
v2="$major.$minor.$((patch + 1))"
msi2="$ART/tenken-$v2.msi"
bash "$ROOT/src-tauri/windows/msi.sh" "$OUT" "$msi2" "$v2"
db_sum="$(sha256sum <"$db")"
t=$SECONDS
wine msiexec /i "$(winepath -w "$msi2")" /qn /l*v "$(winepath -w "$ART/upgrade.log")" || fail "msiexec /i of $v2 (log: $ART/upgrade.log)"
step "upgraded to $v2 in $((SECONDS - t)) s"
[[ "$(products)" -eq 1 ]] || fail "after the upgrade, $(products) tenken entries in the uninstall list (expected 1)"
[[ "$(listed_version)" == "$v2" ]] || fail "the uninstall list shows version '$(listed_version)', not $v2"
[[ -f "$dir/tenken.exe" && -n "$(shortcuts)" ]] || fail "the upgrade left no tenken.exe or no shortcut"
[[ "$(sha256sum <"$db")" == "$db_sum" ]] || fail "the upgrade changed the database in %APPDATA%"
out="$(wine "$cli" status 2>&1)" || fail "tenken.exe status after the upgrade: $out"

# --- uninstall --------------------------------------------------------------
t=$SECONDS
wine msiexec /x "$(winepath -w "$msi2")" /qn /l*v "$(winepath -w "$ART/uninstall.log")" || fail "msiexec /x (log: $ART/uninstall.log)"
step "removed in $((SECONDS - t)) s"
[[ ! -e "$dir" ]] || fail "C:\\Program Files\\tenken still exists: $(ls -R "$dir")"
[[ -z "$(shortcuts)" ]] || fail "the shortcut is still there: $(shortcuts)"
[[ "$(products)" -eq 0 ]] || fail "tenken is still in the uninstall list"
[[ "$(sha256sum <"$db")" == "$db_sum" ]] || fail "the uninstall changed the database in %APPDATA%"
[[ -f "$log" ]] || fail "the uninstall removed the log in %APPDATA%"
step "passed: installed, ran, upgraded $v1 → $v2 (one product), removed; the data in %APPDATA% stayed"
