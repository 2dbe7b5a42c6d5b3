import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, Page, test } from './fixtures';
import { expectAccessible, whenLive } from './helpers';

// What a phone in the hall downloads. The voter's pages are server-rendered forms with a
// few lines of script and load none of the app's code; every other page loads the app core
// and its own chunks, under content-hashed names the browser may keep for a year. (The
// browser tests run the debug build, whose wasm is not precompressed; the release build's
// figures come from `end2end/measure/`, see the README.)
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

type Fetched = { file: string; headers: Record<string, string>; bytes: number };

/** Every response of the page from now on, with its size on the wire (compressed). */
function recordResponses(page: Page): Fetched[] {
  const fetched: Fetched[] = [];
  page.on('requestfinished', async (request) => {
    try {
      const response = await request.response();
      if (!response) return;
      const sizes = await request.sizes();
      fetched.push({
        file: new URL(request.url()).pathname,
        headers: await response.allHeaders(),
        bytes: sizes.responseBodySize + sizes.responseHeadersSize,
      });
    } catch {
      // A file that finished as the test ended (the page is closed): not counted.
    }
  });
  return fetched;
}

/** The wasm chunks each lazy route loads, as cargo-leptos `--split` wrote them down. */
function chunksByRoute(): Record<string, string[]> {
  const pkg = path.resolve(__dirname, '../../target/site/pkg');
  const manifest = readdirSync(pkg).find((f) => /^__wasm_split_manifest\b.*\.json$/.test(f));
  expect(manifest, 'the build was split (cargo leptos build --split)').toBeTruthy();
  return JSON.parse(readFileSync(path.join(pkg, manifest!), 'utf8'));
}

test('the ballot is a light page: no app code, compressed, under 150 KB', async ({ page }) => {
  const fetched = recordResponses(page);
  const response = await page.goto('/rosta');
  expect(response?.status()).toBe(200);
  const headers = await response!.allHeaders();
  expect(headers['content-encoding']).toMatch(/^(br|gzip)$/);
  expect(headers['cache-control']).toBe('no-store');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await whenLive(page);

  const files = fetched.map((f) => f.file);
  expect(files.filter((f) => /\.(wasm|js)$/.test(f)), 'none of the app code').toEqual([]);
  expect(files.some((f) => f.endsWith('.css')), 'the stylesheet').toBe(true);
  const total = fetched.reduce((sum, f) => sum + f.bytes, 0);
  expect(total, `bytes on the wire: ${JSON.stringify(fetched.map((f) => [f.file, f.bytes]))}`).toBeLessThan(150_000);
  for (const file of fetched.filter((f) => f.file.startsWith('/pkg/'))) {
    expect(file.headers['content-encoding'], file.file).toMatch(/^(br|gzip)$/);
  }
  await expectAccessible(page);
});

test('the home page, the hall\'s way in, loads no app code either', async ({ page }) => {
  const fetched = recordResponses(page);
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  expect((await response!.allHeaders())['content-encoding']).toMatch(/^(br|gzip)$/);
  await page.waitForLoadState('networkidle');
  await whenLive(page);
  const files = fetched.map((f) => f.file);
  expect(files.filter((f) => /\.(wasm|js)$/.test(f)), 'none of the app code').toEqual([]);
  // Its links are plain links: the next page loads the app.
  await page.getByRole('link', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  if (test.info().project.use.javaScriptEnabled !== false) {
    await expect(page.locator('body[data-hydrated]')).toBeAttached();
  }
});

test('other pages load the app core and their own chunks, compressed and kept a year', async ({ page }) => {
  const fetched = recordResponses(page);
  const response = await page.goto('/sign-in');
  expect(response?.status()).toBe(200);
  expect((await response!.allHeaders())['content-encoding']).toMatch(/^(br|gzip)$/);
  await whenLive(page);
  if (test.info().project.use.javaScriptEnabled !== false) {
    // The page's own chunk may come after a quiet moment on a busy machine: wait for it.
    await expect
      .poll(() => fetched.some((f) => path.basename(f.file).startsWith('split___sign_in_route_view')))
      .toBe(true);
  }
  await page.waitForLoadState('networkidle');

  const pkg = fetched.filter((f) => f.file.startsWith('/pkg/'));
  const wasm = pkg.filter((f) => f.file.endsWith('.wasm')).map((f) => path.basename(f.file, '.wasm'));
  if (test.info().project.use.javaScriptEnabled !== false) {
    expect(pkg.some((f) => f.file.endsWith('.js'))).toBe(true);
    expect(wasm.filter((f) => f.startsWith('idesluss.')), 'the app core, once').toHaveLength(1);
    expect(wasm.some((f) => f.startsWith('split___sign_in_route_view'))).toBe(true);
  }
  for (const file of pkg) {
    expect(file.file, 'a content hash in the name').toMatch(/\.[A-Za-z0-9_-]{22}\.[a-z]+$/);
    expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    if (!file.file.endsWith('.wasm')) {
      expect(file.headers['content-encoding'], file.file).toMatch(/^(br|gzip)$/);
    }
  }
  // Only the sign-in page's chunks (the page links them for preloading, so the browser
  // fetches them even without JavaScript): nobody else's code.
  const routes = chunksByRoute();
  const ownKey = Object.keys(routes).find((k) => k.startsWith('__sign_in_route_view'));
  expect(ownKey, 'the sign-in page is a route of its own').toBeTruthy();
  const own = new Set(routes[ownKey!]);
  for (const file of wasm.filter((f) => !f.startsWith('idesluss.'))) {
    expect(own.has(file), `${file} belongs to the sign-in page`).toBe(true);
  }
  for (const other of ['__vote_admin_route_view', '__board_route_view', '__dashboard_route_view']) {
    expect(wasm.some((f) => f.startsWith(`split${other}`)), other).toBe(false);
  }
  const everyChunk = new Set(Object.values(routes).flat());
  expect(wasm.length, 'a small part of all the chunks').toBeLessThan(everyChunk.size / 2);
});
