#!/usr/bin/env bash
# Installs whatever is missing, then runs every check and test: format, lints, unit and
# integration tests (real app on random ports), and browser tests in headless Chromium
# with JavaScript on and off.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-tools.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

step() { printf '\n==> %s\n' "$*"; }

step "cargo fmt --check"
cargo fmt --check

step "clippy (server, all targets)"
cargo clippy --all-targets --features ssr -- -D warnings

step "clippy (browser, wasm)"
cargo clippy --lib --features hydrate --target wasm32-unknown-unknown -- -D warnings

step "the SurrealDB server for the multi-instance tests"
cargo build -p surreal-test-server

step "unit and integration tests"
cargo test --features ssr

step "build the app (server and wasm) for the browser tests"
# Hashed names change with every build: start from an empty pkg/ so old chunks do not pile up.
rm -rf target/site/pkg
cargo leptos build --split

step "browser tests (Playwright, Debian Chromium, JavaScript on and off)"
npx playwright test -c end2end/playwright.config.ts
