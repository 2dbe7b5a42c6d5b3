#!/usr/bin/env bash
# Starts the built app for the browser tests: a fresh on-disk database with the demo data
# and one organizer (organizer@example.se / Idésluss-test-2026!); people may also sign in
# with the test identity provider (end2end/oidc-provider.mjs) on the second port.
set -euo pipefail
port="${1:-3100}"
provider_port="${2:-3190}"
data="target/e2e-data"
rm -rf "$data" && mkdir -p "$data"
export IDESLUSS_DATABASE_URL="surrealkv://$data/db"
export LEPTOS_SITE_ADDR="127.0.0.1:$port"
export LEPTOS_SITE_ROOT="target/site"
export LEPTOS_OUTPUT_NAME="idesluss"
# cargo-leptos wrote the hashed file names beside the binary (hash-files in Cargo.toml).
export LEPTOS_HASH_FILES="true"
export LEPTOS_ENV="PROD"
export IDESLUSS_ADMIN_PASSWORD="Idésluss-test-2026!"
export IDESLUSS_OIDC_ISSUER="http://127.0.0.1:$provider_port"
export IDESLUSS_OIDC_CLIENT_ID="idesluss"
export IDESLUSS_OIDC_CLIENT_SECRET="idesluss-test-secret"
bin="${IDESLUSS_BIN:-target/debug/idesluss}"
"$bin" admin create --name "Olga Organisatör" --email organizer@example.se
# The file lock of the embedded database is released asynchronously.
sleep 0.5
exec "$bin" serve
