import { expect, test } from '@playwright/test';
import { expectAccessible } from './helpers';

// What a phone in the hall downloads: pages compressed, the app's files under content-hashed
// names that the browser may keep for a year. (The browser tests run the debug build, whose
// wasm is not precompressed; the release build's sizes are measured by
// `end2end/measure/ballot-weight.mjs`, see the README.)
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
