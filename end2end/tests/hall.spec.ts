import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './helpers';

// What a phone in the hall downloads: pages compressed, the app's files under content-hashed
// names that the browser may keep for a year. (The browser tests run the debug build, whose
// wasm is not precompressed; the release build's sizes are measured by
// `end2end/measure/page-weight.mjs`, see the README.)
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('the ballot page and its files come compressed and cacheable', async ({ page }) => {
  const files: { url: string; headers: Record<string, string> }[] = [];
  page.on('response', async (response) => {
    if (new URL(response.url()).pathname.startsWith('/pkg/')) {
      files.push({ url: response.url(), headers: await response.allHeaders() });
    }
  });
  const response = await page.goto('/rosta');
  expect(response?.status()).toBe(200);
  const headers = await response!.allHeaders();
  expect(headers['content-encoding']).toMatch(/^(br|gzip)$/);
  expect(headers['cache-control']).toBe('no-store');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');

  const css = files.find((f) => f.url.endsWith('.css'));
  expect(css, 'the stylesheet is loaded').toBeTruthy();
  if (test.info().project.use.javaScriptEnabled !== false) {
    expect(files.some((f) => f.url.endsWith('.wasm'))).toBe(true);
    expect(files.some((f) => f.url.endsWith('.js'))).toBe(true);
  }
  for (const file of files) {
    expect(new URL(file.url).pathname, 'a content hash in the name').toMatch(/\.[A-Za-z0-9_-]{22}\.[a-z]+$/);
    expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    if (!file.url.endsWith('.wasm')) {
      expect(file.headers['content-encoding'], file.url).toMatch(/^(br|gzip)$/);
    }
  }
  await expectAccessible(page);
});

/** The wasm chunks each lazy route loads, as cargo-leptos `--split` wrote them down. */
function chunksByRoute(): Record<string, string[]> {
  const pkg = path.resolve(__dirname, '../../target/site/pkg');
  const manifest = readdirSync(pkg).find((f) => /^__wasm_split_manifest\b.*\.json$/.test(f));
  expect(manifest, 'the build was split (cargo leptos build --split)').toBeTruthy();
  return JSON.parse(readFileSync(path.join(pkg, manifest!), 'utf8'));
}

test('the ballot loads the app core and its own chunks, no other page’s code', async ({ page }) => {
  const wasm: string[] = [];
  page.on('request', (request) => {
    const file = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (file.endsWith('.wasm')) wasm.push(file.replace(/\.wasm$/, ''));
  });
  await page.goto('/rosta');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  if (test.info().project.use.javaScriptEnabled !== false) {
    await expect(page.locator('body[data-hydrated]')).toBeAttached();
  }
  // The page links the files it needs for preloading, so even without JavaScript the
  // browser fetches these, and only these.
  await page.waitForLoadState('networkidle');

  const routes = chunksByRoute();
  const ballotKey = Object.keys(routes).find((k) => k.startsWith('__ballot_route_view'));
  expect(ballotKey, 'the ballot is a route of its own').toBeTruthy();
  const ballot = new Set(routes[ballotKey!]);
  const core = wasm.filter((f) => /^idesluss\./.test(f));
  expect(core, 'the app core, once').toHaveLength(1);
  for (const file of wasm.filter((f) => !core.includes(f))) {
    expect(ballot.has(file), `${file} belongs to the ballot`).toBe(true);
  }
  expect(wasm.some((f) => f.startsWith('split___ballot_route_view'))).toBe(true);
  // Pages the voter never sees stay on the server.
  for (const other of ['__vote_admin_route_view', '__board_route_view', '__dashboard_route_view']) {
    expect(wasm.some((f) => f.startsWith(`split${other}`)), other).toBe(false);
  }
  const everyChunk = new Set(Object.values(routes).flat());
  expect(wasm.length, 'a small part of all the chunks').toBeLessThan(everyChunk.size / 2);
});
