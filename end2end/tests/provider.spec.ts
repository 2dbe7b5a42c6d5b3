import { expect, test } from './fixtures';
import { expectAccessible, uniqueEmail } from './helpers';

// The app is started with the test identity provider (end2end/oidc-provider.mjs on port
// 3190), as a municipality runs it with Entra ID: people sign in with the municipality's
// account, the account is made the first time and found by e-mail after that.

async function signInAtProvider(page: import('@playwright/test').Page, email: string) {
  await expect(page.getByRole('heading', { name: 'Kommunens inloggning (test)' })).toBeVisible();
  await page.getByLabel('E-post').fill(email);
  await page.getByRole('button', { name: 'Logga in' }).click();
}

test('signing in with the municipality account makes the account, then finds it again', async ({ page, browser }, testInfo) => {
  const email = uniqueEmail(testInfo, 'kommun.konto');
  await page.goto('/sign-in?till=/personuppgifter');
  await expect(page.getByRole('heading', { level: 2, name: /Eller med e-post och lösenord/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Logga in med kommunens konto' }).click();
  await signInAtProvider(page, email);

  await expect(page).toHaveURL(/\/personuppgifter$/);
  await expect(page.getByText('Inloggad som')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Kommun Konto');

  const first = await (await page.request.get('/my/data.json')).json();
  expect(first.account.email).toBe(email);

  // Another browser, the same account.
  const other = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    javaScriptEnabled: testInfo.project.use.javaScriptEnabled,
    locale: 'sv-SE',
  });
  const phone = await other.newPage();
  await phone.goto('/sign-in');
  await phone.getByRole('link', { name: 'Logga in med kommunens konto' }).click();
  await signInAtProvider(phone, email);
  await expect(phone.getByText('Inloggad som')).toBeVisible();
  const again = await (await phone.request.get('/my/data.json')).json();
  expect(again.account.id).toEqual(first.account.id);
  await other.close();
});

test('an answer that does not belong to this browser is refused with a way to start again', async ({ page }) => {
  await page.goto('/sign-in/oidc/callback?code=stolen&state=not-from-here');
  await expect(page.getByRole('alert')).toContainText('Inloggningen kunde inte slutföras');
  await expect(page.getByText('Inloggad som')).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Försök igen' }).click();
  await expect(page.getByRole('heading', { name: 'Kommunens inloggning (test)' })).toBeVisible();
});
