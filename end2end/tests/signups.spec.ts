import { expect, test } from './fixtures';
import { expectAccessible, organizer, signIn, signOut, signUp, uniqueEmail } from './helpers';

test('staff sign up for a test team and the organizer sees the list', async ({ page }, testInfo) => {
  const email = uniqueEmail(testInfo, 'tove');
  await signUp(page, 'Tove Testare', email);
  await page.goto('/');
  await page.getByRole('link', { name: 'Anmäl dig till ett testteam' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anmäl dig till ett testteam' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Ett antal timmar i veckan').check();
  await page.getByLabel('Timmar per vecka').fill('4');
  await page.getByRole('button', { name: 'Skicka anmälan' }).click();
  await expect(page.getByRole('alert')).toContainText('Kryssa i minst ett alternativ.');
  await expect(page.getByLabel('Timmar per vecka')).toHaveValue('4');
  await expectAccessible(page);

  await page.getByLabel('Testa', { exact: true }).check();
  await page.getByLabel('Ja, chefen har godkänt').check();
  await page.getByRole('button', { name: 'Skicka anmälan' }).click();
  await expect(page.getByRole('status')).toContainText('Din anmälan är sparad');
  await expect(page.getByLabel('Testa', { exact: true })).toBeChecked();
  await signOut(page);

  await signIn(page, organizer.email, organizer.password);
  await page.getByRole('link', { name: 'Omgångar' }).click();
  await page.getByRole('link', { name: 'Bootcamp – intensivvecka' }).first().click();
  await page.getByRole('link', { name: 'Se anmälningar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Anmälningar till testteam' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('4 h i veckan');
  await expect(page.getByRole('link', { name: 'Ladda ner som CSV' })).toHaveAttribute('href', /signups\.csv$/);
  await expectAccessible(page);
});
