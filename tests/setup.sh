#!/usr/bin/env bash
# Installs what tenken's build, tests and demo need, when it is missing.
# Sourced by tests/all.sh and src-tauri/run.sh; safe to run again (it only
# installs what `dpkg -s` does not find). Needs root, as on the CI machine.
set -euo pipefail

tenken_apt_updated=0
# need_apt PACKAGE... — installs the Debian packages that are not installed yet.
need_apt() {
    local missing=()
    for p in "$@"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "setup: installing ${missing[*]}" >&2
    if [ "$(id -u)" -ne 0 ]; then
        echo "setup: need root to install ${missing[*]} (run with sudo, or install them yourself)" >&2
        return 1
    fi
    if [ "$tenken_apt_updated" -eq 0 ]; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        tenken_apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

command -v cargo >/dev/null || { echo "setup: Rust (cargo) is required: https://rustup.rs" >&2; exit 1; }
