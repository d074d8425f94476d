#!/usr/bin/env bash
# A Wine prefix for running tenken's Windows executables on this Linux
# machine, sourced by tests/windows/run.sh and install.sh. Everything here is for testing
# only and lives outside the repository (a cache folder); nothing of it goes
# into the installer. Expects ROOT; brings the toolchain of
# src-tauri/windows/env.sh itself (and with it tests/setup.sh's need_apt), so a
# script under Wine starts with this one `source`.

# shellcheck source=src-tauri/windows/env.sh
source "$ROOT/src-tauri/windows/env.sh"

# Creates (once) and exports WINEPREFIX: a 64-bit prefix with
#  - bcryptprimitives.dll, a stand-in built from tests/windows/bcryptprimitives.c:
#    Rust's std imports ProcessPrng from it and Debian's Wine 8 has none;
#  - BIZ UDGothic and BIZ UDPGothic in C:\windows\Fonts, where Windows 10+ has
#    them, so reports find their two faces the Windows way (Debian's package is
#    only the source of the files).
tenken_wine_prefix() {
  need_apt wine64 wine fonts-morisawa-bizud-gothic
  WINEPREFIX="${TENKEN_WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/tenken/wine-prefix}"
  export WINEPREFIX WINEARCH=win64 WINEDEBUG=-all
  # No Mono / Gecko installer dialogs (nothing here needs .NET or MSHTML).
  export WINEDLLOVERRIDES="mscoree,mshtml="
  if [[ ! -f "$WINEPREFIX/system.reg" ]]; then
    echo "windows: creating the Wine prefix $WINEPREFIX" >&2
    mkdir -p "$WINEPREFIX"
    wine wineboot --init >/dev/null 2>&1 || true
    wineserver -w
    [[ -f "$WINEPREFIX/system.reg" ]] || { echo "windows: wineboot did not create $WINEPREFIX" >&2; return 1; }
  fi
  local sys32="$WINEPREFIX/drive_c/windows/system32"
  local src="$ROOT/tests/windows/bcryptprimitives.c"
  if [[ ! -f "$sys32/bcryptprimitives.dll" || "$src" -nt "$sys32/bcryptprimitives.dll" ]]; then
    x86_64-w64-mingw32-gcc -shared -O2 -s -o "$sys32/bcryptprimitives.dll" \
      "$src" "$ROOT/tests/windows/bcryptprimitives.def" -ladvapi32
  fi
  local font
  for font in /usr/share/fonts/truetype/bizud-gothic/BIZUD{,P}Gothic-Regular.ttf; do
    [[ -f "$font" ]] || { echo "windows: $font is missing (fonts-morisawa-bizud-gothic)" >&2; return 1; }
    cp -u "$font" "$WINEPREFIX/drive_c/windows/Fonts/"
  done
  # The folder the installed app and CLI use for the default database.
  TENKEN_WINE_APPDATA="$WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming"
  export TENKEN_WINE_APPDATA
}
