#!/usr/bin/env bash
# The README's test command: every test of tenken, set-up included.
#   bash tests/all.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source tests/setup.sh
bash tests/reports/setup.sh   # poppler-utils and the report font, for the report tests

echo "== format" >&2
cargo fmt --all --check
echo "== clippy" >&2
cargo clippy --workspace --all-targets --locked -- -D warnings
echo "== tests" >&2
cargo test --workspace --locked
