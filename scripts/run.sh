#!/usr/bin/env bash
# Installs whatever is missing, builds the release app and runs it on
# http://127.0.0.1:3000 with the embedded database in ./data (demo data on first start).
# Extra arguments go to the server, e.g. `scripts/run.sh --no-demo`.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-tools.sh --release
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

# The release site has its own folder, so that the tests' debug build (target/site) and
# this one never overwrite each other's files.
export LEPTOS_SITE_ROOT="target/site-release"
# --precompress writes .br and .gz beside each file, sent as they are (no CPU per phone).
# Hashed names change with every build: start from an empty pkg/ so old chunks do not pile up.
rm -rf "$LEPTOS_SITE_ROOT/pkg"
cargo leptos build --release --split --precompress
export LEPTOS_ENV="PROD"
exec target/release/idesluss serve "$@"
