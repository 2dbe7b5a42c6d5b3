import { expect, test } from './fixtures';
import { expectAccessible, fillComplete, organizer, signIn, signOut, signUp, uniqueEmail } from './helpers';

test('the council scores a proposal and the organizer records the shortlist decision', async ({ page }, testInfo) => {
  const title = `Rådsprov ${testInfo.project.name} ${Date.now()}`;
  const memberEmail = uniqueEmail(testInfo, 'radsmedlem');

  // A proposal is submitted.
  await signUp(page, 'Pia Proposer', uniqueEmail(testInfo, 'pia'));
  await page.goto('/');
  await page.getByRole('link', { name: 'Lämna ett förslag' }).first().click();
  await fillComplete(page, title);
  await page.getByRole('button', { name: 'Skicka in förslaget' }).click();
  await expect(page.getByRole('status')).toContainText('Förslaget är inskickat');
  const proposalUrl = page.url().replace(/\?.*$/, '');
  await signOut(page);

  // A service-user developer gets an account and the council role.
  await signUp(page, 'Rut Rådsmedlem', memberEmail);
  await signOut(page);
  await signIn(page, organizer.email, organizer.password);
  await page.getByRole('link', { name: 'Personer' }).click();
  const row = page.getByRole('row').filter({ hasText: memberEmail });
  await row.getByRole('button', { name: /Ge roll: Rådsmedlem/ }).click();
  await expect(row.getByRole('cell').nth(2)).toContainText('Rådsmedlem');
  await signOut(page);

  // The member scores it: every criterion needs a score.
  await signIn(page, memberEmail, 'kaffe och kanelbullar');
  await page.goto('/');
  await page.getByRole('link', { name: 'Visa förslagstavlan' }).first().click();
  await page.getByRole('link', { name: 'Till rådsmötet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rådsmöte' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByText('Du ser de andras betyg när du har satt ditt eget.')).toBeVisible();
  await page.getByRole('group', { name: 'Värde för brukarna' }).getByLabel('5', { exact: true }).check();
  await page.getByRole('button', { name: 'Spara betyg' }).click();
  await expect(page.getByRole('alert')).toContainText('Går att testa inom bootcampen: Fältet måste fyllas i.');
  await expect(page.getByRole('group', { name: 'Värde för brukarna' }).getByLabel('5', { exact: true })).toBeChecked();
  await expectAccessible(page);
  await page.getByRole('group', { name: 'Går att testa inom bootcampen' }).getByLabel('4', { exact: true }).check();
  await page.getByRole('group', { name: 'Tydlighet' }).getByLabel('3', { exact: true }).check();
  await page.getByLabel('Kommentar till rådet (valfri)').fill('Tydligt och lätt att testa på en enhet.');
  await page.getByRole('button', { name: 'Spara betyg' }).click();
  await expect(page.getByRole('status')).toContainText('Ditt betyg är sparat');
  const table = page.getByRole('table', { name: 'Rådets betyg' });
  await expect(table.getByRole('row').filter({ hasText: 'Rut Rådsmedlem' })).toContainText('Tydligt och lätt att testa');
  await expectAccessible(page);
  await signOut(page);

  // The organizer sees the scores side by side and shortlists with a rationale.
  await signIn(page, organizer.email, organizer.password);
  await page.goto(`${proposalUrl}/council`);
  const scores = page.getByRole('table', { name: 'Rådets betyg' });
  await expect(scores.getByRole('row').filter({ hasText: 'Medel' })).toContainText('5.0 (5–5)');
  await page.getByLabel('Motivering eller fråga').fill('Rådet såg stort värde för brukarna.');
  await page.getByRole('button', { name: 'Gå vidare (rådets beslut)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rådsmöte' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText('Vidare till omröstning');
  await expectAccessible(page);
});
