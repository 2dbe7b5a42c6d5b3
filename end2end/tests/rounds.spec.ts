import { expect, Page, test } from './fixtures';
import { expectAccessible, organizer, signIn } from './helpers';

async function fillPhase(page: Page, phase: string, from: string, to: string) {
  const group = page.getByRole('group', { name: phase, exact: true });
  await group.getByLabel('Från').fill(from);
  await group.getByLabel('Till').fill(to);
}

test('an organizer creates a round, is told about overlapping phases, then edits it', async ({ page }, testInfo) => {
  const name = `Bootcamp våren 2027 ${testInfo.project.name}`;
  await signIn(page, organizer.email, organizer.password);
  await page.goto('/rounds');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Ny omgång' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ny omgång' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Namn').fill(name);
  await page.getByLabel('Budget per team (kr)').fill('7 500');
  await fillPhase(page, 'Förslag lämnas in', '2027-01-10', '2027-02-10');
  // The council meeting starts before submission has ended: refused, naming the field.
  await fillPhase(page, 'Rådsmöte', '2027-02-05', '2027-02-15');
  await fillPhase(page, 'Omröstning på medarbetardagarna', '2027-03-01', '2027-03-02');
  await fillPhase(page, 'Bootcamp', '2027-03-12', '2027-04-09');
  await fillPhase(page, 'Slutpresentation', '2027-04-16', '2027-04-16');
  await fillPhase(page, 'Uppföljning', '2027-04-19', '2027-09-30');
  await page.getByRole('button', { name: 'Skapa omgång' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Rådsmöte – Från');
  await expect(alert).toContainText('Faserna får inte överlappa');
  await expect(page.getByLabel('Namn')).toHaveValue(name);
  await expect(page.getByRole('group', { name: 'Bootcamp', exact: true }).getByLabel('Till')).toHaveValue('2027-04-09');
  await expectAccessible(page);

  await fillPhase(page, 'Rådsmöte', '2027-02-15', '2027-02-15');
  await page.getByRole('button', { name: 'Skapa omgång' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('fredagar kl. 13:00, 2 h × 5 veckor')).toBeVisible();
  await expect(page.getByText('7 500 kr')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Rådsmöte' })).toContainText('15 februari 2027');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Redigera omgång' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Redigera omgång' })).toBeVisible();
  await expect(page.getByLabel('Namn')).toHaveValue(name);
  await page.getByLabel('En intensivvecka').check();
  await page.getByLabel('Antal dagar (intensivvecka)').fill('4');
  await page.getByRole('button', { name: 'Spara ändringar' }).click();

  await expect(page.getByRole('status')).toContainText('Omgången är sparad');
  await expect(page.getByText('En intensivvecka, 4 dagar')).toBeVisible();
  await expectAccessible(page);
});

test('staff cannot reach the new-round form', async ({ page }) => {
  await page.goto('/rounds/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Logga in först' })).toBeVisible();
  await expectAccessible(page);
});
