// The wasm a browser may load, as sent (brotli, from the release build's `--precompress`):
// the app core that every page loads, each page's own chunks together (from the split
// manifest), and the largest single file.
//
//   node end2end/measure/chunk-sizes.mjs [target/site-release/pkg]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const pkg = process.argv[2] ?? 'target/site-release/pkg';
const files = readdirSync(pkg);
const manifestName = files.find((f) => /^__wasm_split_manifest\b.*\.json$/.test(f));
if (!manifestName) {
  console.error(`no split manifest in ${pkg}: build with cargo leptos build --release --split --precompress`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(path.join(pkg, manifestName), 'utf8'));

/** Bytes on the wire for a file: its brotli copy if there is one. */
function sent(stem) {
  const brotli = path.join(pkg, `${stem}.wasm.br`);
  try {
    return statSync(brotli).size;
  } catch {
    return statSync(path.join(pkg, `${stem}.wasm`)).size;
  }
}
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;

const wasmStems = files.filter((f) => f.endsWith('.wasm')).map((f) => f.replace(/\.wasm$/, ''));
const core = wasmStems.find((s) => /^idesluss\./.test(s));
const raw = wasmStems.reduce((sum, s) => sum + statSync(path.join(pkg, `${s}.wasm`)).size, 0);
const all = wasmStems.reduce((sum, s) => sum + sent(s), 0);
console.log(`${wasmStems.length} wasm files: ${kb(raw)} raw, ${kb(all)} as sent`);
console.log(`app core (every page): ${kb(sent(core))} as sent`);

const routes = Object.entries(manifest)
  .map(([key, stems]) => ({
    route: key.replace(/^__/, '').replace(/_view_\d+$/, ''),
    files: new Set(stems).size,
    bytes: [...new Set(stems)].reduce((sum, s) => sum + sent(s), 0),
  }))
  .sort((a, b) => b.bytes - a.bytes);
console.log('each page\'s own chunks together (largest first):');
for (const r of routes) {
  console.log(`  ${kb(r.bytes).padStart(11)}  ${String(r.files).padStart(4)} files  ${r.route}`);
}
const largest = wasmStems
  .filter((s) => s !== core)
  .map((s) => ({ s, bytes: sent(s) }))
  .sort((a, b) => b.bytes - a.bytes)[0];
console.log(`largest single chunk: ${largest.s} ${kb(largest.bytes)} as sent`);
console.log(`largest page (core + its chunks): ${routes[0].route} ${kb(sent(core) + routes[0].bytes)}`);
