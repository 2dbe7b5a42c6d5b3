// What a phone downloads to open a page: every response's bytes on the wire (compressed,
// headers included, as Chromium counts them), by kind, with an empty cache, JavaScript on.
// Also whether the page's form is there before any script runs (usable before the wasm).
//
//   node end2end/measure/page-weight.mjs http://127.0.0.1:3000 /rosta / /rounds/<id>/vote/screen
//
// Run it against the release build (`scripts/run.sh`): the debug build is neither
// optimised nor precompressed.
import { chromium } from 'playwright-core';

const [base = 'http://127.0.0.1:3000', ...paths] = process.argv.slice(2);
if (paths.length === 0) paths.push('/rosta', '/');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

function kindOf(url, type) {
  const path = new URL(url).pathname;
  if (path.endsWith('.wasm')) return 'wasm';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  return type === 'Document' ? 'html' : 'other';
}

let failed = false;
for (const path of paths) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
    userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map();
  cdp.on('Network.responseReceived', ({ requestId, response, type }) => {
    requests.set(requestId, { url: response.url, type, encoding: response.headers['content-encoding'] ?? response.headers['Content-Encoding'] ?? '-', bytes: 0 });
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const r = requests.get(requestId);
    if (r) r.bytes = encodedDataLength;
  });
  const response = await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const raw = await (await fetch(base + path)).text();
  const usableWithoutScripts = /<form[\s>]/.test(raw) || /<a\s/.test(raw);
  const byKind = {};
  let total = 0;
  for (const r of requests.values()) {
    const kind = kindOf(r.url, r.type);
    byKind[kind] = (byKind[kind] ?? 0) + r.bytes;
    total += r.bytes;
  }
  console.log(`\n${path}  (status ${response?.status()})`);
  for (const r of [...requests.values()].sort((a, b) => b.bytes - a.bytes)) {
    console.log(`  ${String(r.bytes).padStart(9)} B  ${r.encoding.padEnd(5)} ${new URL(r.url).pathname}`);
  }
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`  total ${kb(total)} KiB: ` + Object.entries(byKind).map(([k, v]) => `${k} ${kb(v)}`).join(', '));
  console.log(`  the page's form or links are in the HTML before any script: ${usableWithoutScripts ? 'yes' : 'NO'}`);
  if (!response?.ok()) failed = true;
  await context.close();
}
await browser.close();
process.exit(failed ? 1 : 0);
