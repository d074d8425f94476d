#!/usr/bin/env bash
# The Windows cross toolchain, sourced by src-tauri/windows/build.sh and
# tests/windows/run.sh: rustup's standard library for x86_64-pc-windows-gnu and
# Debian's MinGW-w64 as linker and C compiler (bundled SQLite is C). Nothing is
# written to the repository's top level: cargo gets the linker and the runner
# through its environment variables instead of a .cargo/config.toml.
# Expects ROOT to be the repository root.

if ! declare -F need_apt >/dev/null; then
  # shellcheck source=tests/setup.sh
  source "$ROOT/tests/setup.sh"
fi

TENKEN_WIN_TARGET=x86_64-pc-windows-gnu

tenken_windows_toolchain() {
  need_apt gcc-mingw-w64-x86-64
  if ! rustup target list --installed 2>/dev/null | grep -qx "$TENKEN_WIN_TARGET"; then
    rustup target add "$TENKEN_WIN_TARGET"
  fi
  export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
  export CC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-gcc
  export AR_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ar
  TENKEN_WIN_TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}/$TENKEN_WIN_TARGET"
  export TENKEN_WIN_TARGET_DIR
}
