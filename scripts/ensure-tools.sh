#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing on this machine.
# Safe to run again: every step checks first. Only package registries are used.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION="0.2.130"   # must equal the wasm-bindgen pinned in Cargo.toml
CARGO_LEPTOS_VERSION="0.3.10"    # newest that builds on rustc 1.95

need_browser=0
need_release=0
for arg in "$@"; do
  case "$arg" in
    --browser) need_browser=1 ;;
    --release) need_release=1 ;;
  esac
done

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '\n==> %s\n' "$*"; }

if ! rustup target list --installed | grep -q '^wasm32-unknown-unknown$'; then
  say "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if ! cargo leptos --version 2>/dev/null | grep -q "$CARGO_LEPTOS_VERSION"; then
  say "installing cargo-leptos $CARGO_LEPTOS_VERSION (12-16 min the first time)"
  cargo install "cargo-leptos@$CARGO_LEPTOS_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (~5 min the first time)"
  cargo install "wasm-bindgen-cli@$WASM_BINDGEN_VERSION" --force
fi

if [ "$need_release" = 1 ] || [ "$need_browser" = 1 ]; then
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
    say "installing npm packages (no browser download)"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  fi
fi

if [ "$need_browser" = 1 ] && [ ! -x /usr/bin/chromium ]; then
  say "installing Debian chromium"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium
fi
