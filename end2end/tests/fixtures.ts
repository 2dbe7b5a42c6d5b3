import { expect, Page, test as base } from '@playwright/test';

export { expect };
export type { Browser, Page } from '@playwright/test';

/**
 * Every spec's `test`: as Playwright's, and every page of the test's browser context is
 * watched for anything the Content-Security-Policy refused (an inline script without the
 * page's nonce, WebAssembly, a script from elsewhere). A refusal is a broken page, so the
 * test fails with what was refused and where.
 */
export const test = base.extend<{ policyWatch: void }>({
  policyWatch: [
    async ({ context }, use) => {
      const refused: string[] = [];
      const watch = (page: Page) =>
        page.on('console', (message) => {
          if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
            refused.push(`${page.url()}: ${message.text()}`);
          }
        });
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      expect(refused, 'refused by the Content-Security-Policy').toEqual([]);
    },
    { auto: true },
  ],
});
