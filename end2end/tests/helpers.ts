import { expect, Page, TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const organizer = { email: 'organizer@example.se', password: 'e2e-organizer-password' };

/** Fails on any WCAG 2.1 A or AA violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** An e-mail address no other test (or project) uses. */
export function uniqueEmail(testInfo: TestInfo, who: string) {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  return `${who}.${testInfo.project.name}.${stamp}@example.se`;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByText('Inloggad som')).toBeVisible();
}
