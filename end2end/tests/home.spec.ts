import { expect, test } from './fixtures';
import { expectAccessible, organizer, signIn } from './helpers';

test('the home page shows the current round, its timeline and the 2018 Bootcamp', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bootcamp för nya arbetssätt');
  const current = page.getByRole('region', { name: 'Bootcamp – intensivvecka' });
  await expect(current).toContainText('Aktuell omgång');
  await expect(current).toContainText('Pågår nu: Förslag lämnas in');
  await expect(current.getByRole('listitem').filter({ hasText: 'Rådsmöte' })).toContainText('kommande');
  await expect(page.getByRole('link', { name: 'Bootcamp hösten 2018' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Bootcamp hösten 2018' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bootcamp hösten 2018' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Skala upp' })).toBeVisible();
  await expect(page.getByText('Ungas upplevelse av att ta till våld')).toBeVisible();
  await expect(page.getByText('Avslutad')).toBeVisible();
  await expectAccessible(page);
});

test('the language switch turns the page into English and back', async ({ page }) => {
  await page.goto('/rounds');
  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rounds');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'På svenska' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Omgångar');
});

test('an unknown address answers 404 with a page in Swedish', async ({ page }) => {
  const response = await page.goto('/finns-inte');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
  await expectAccessible(page);
});

test('an organizer grants and revokes a role on the people page', async ({ page }) => {
  await signIn(page, organizer.email, organizer.password);
  await page.getByRole('link', { name: 'Personer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personer och roller' })).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole('row').filter({ hasText: organizer.email });
  await row.getByRole('button', { name: /Ge roll: Coach/ }).click();
  await expect(row.getByRole('cell').nth(2)).toContainText('Coach');
  await row.getByRole('button', { name: /Ta bort roll: Coach/ }).click();
  await expect(row.getByRole('cell').nth(2)).not.toContainText('Coach');
  // The last organizer cannot remove their own role.
  await row.getByRole('button', { name: /Ta bort roll: Organisatör/ }).click();
  await expect(page.getByRole('alert')).toContainText('minst en organisatör');
});
