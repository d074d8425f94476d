#!/usr/bin/env bash
# cargo's runner for x86_64-pc-windows-gnu in tests/windows/run.sh: runs the
# test .exe under Wine without the runner variable itself, because
# assert_cmd's Command::cargo_bin would otherwise start the tenken.exe under
# test through "wine" from inside Wine, where no such Windows program exists.
exec env -u CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER wine "$@"
