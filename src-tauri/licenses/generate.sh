#!/usr/bin/env bash
# Regenerates the lists of third-party components and their licenses that
# the About screen shows and the .deb installs in /usr/share/doc/tenken/:
#   bash src-tauri/licenses/generate.sh
# - src-tauri/licenses/crates.tsv: the Rust crates linked into tenken-app and tenken,
#   for Linux and Windows (`cargo tree`, no build-time-only crates), written
#   by the test that otherwise checks it (src-tauri/src/about.rs);
# - src-tauri/licenses/npm.tsv: the npm packages bundled into ui/dist, written by the
#   UI build (ui/vite-licenses.ts), which otherwise checks it.
# Run it after changing Cargo.lock or ui/package-lock.json; the tests and the
# UI build fail until the lists match again.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
[[ -d ui/node_modules ]] || (cd ui && npm ci --no-audit --no-fund)
(cd ui && TENKEN_WRITE_LICENSES=1 npm run --silent build >/dev/null)
TENKEN_WRITE_LICENSES=1 cargo test --locked -p tenken-app --lib -- about::tests::licenses_crates_list_is_up_to_date
wc -l src-tauri/licenses/crates.tsv src-tauri/licenses/npm.tsv >&2
