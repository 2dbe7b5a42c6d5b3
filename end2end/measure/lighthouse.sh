#!/usr/bin/env bash
# Lighthouse's mobile profile (simulated mid-range phone on a slow 4G line) against a
# running release build, with Debian chromium and npm's lighthouse (nothing else is
# downloaded). Prints performance and accessibility scores and the main figures per page.
#
#   bash end2end/measure/lighthouse.sh http://127.0.0.1:3000 /rosta / /rounds/<id>/vote/screen
#
# Reports are kept in target/lighthouse/ (JSON) for a closer look.
set -euo pipefail
cd "$(dirname "$0")/../.."

base="${1:-http://127.0.0.1:3000}"
shift || true
paths=("$@")
if [ "${#paths[@]}" = 0 ]; then paths=(/rosta /); fi

LIGHTHOUSE_VERSION="12.8.2"
export CHROME_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
out="target/lighthouse"
mkdir -p "$out"

for path in "${paths[@]}"; do
  name="$(printf '%s' "$path" | tr -c 'A-Za-z0-9' '_')"
  npx --yes "lighthouse@$LIGHTHOUSE_VERSION" "$base$path" \
    --quiet --output=json --output-path="$out/$name.json" \
    --only-categories=performance,accessibility \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --no-first-run"
  node -e '
    const r = require(process.argv[1]);
    const a = r.audits;
    const ms = (k) => (a[k].numericValue / 1000).toFixed(1) + " s";
    const kib = (a["total-byte-weight"].numericValue / 1024).toFixed(0);
    console.log(`${process.argv[2]}: performance ${Math.round(r.categories.performance.score * 100)}, ` +
      `accessibility ${Math.round(r.categories.accessibility.score * 100)} | ` +
      `FCP ${ms("first-contentful-paint")}, LCP ${ms("largest-contentful-paint")}, ` +
      `TBT ${Math.round(a["total-blocking-time"].numericValue)} ms, CLS ${a["cumulative-layout-shift"].numericValue.toFixed(2)}, ` +
      `transferred ${kib} KiB`);
    for (const [k, v] of Object.entries(a)) {
      if (v.score !== null && v.score < 1 && r.categories.accessibility.auditRefs.some((x) => x.id === k)) {
        console.log(`  accessibility: ${k}: ${v.title}`);
      }
    }
  ' "$PWD/$out/$name.json" "$path"
done
