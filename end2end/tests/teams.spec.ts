import { expect, Page, test } from './fixtures';
import {
  expectAccessible,
  newRound,
  organizer,
  selectForTest,
  shortlistedProposal,
  signIn,
  signOut,
  signUp,
  uniqueEmail,
  whenLive,
} from './helpers';

const password = 'kaffe och kanelbullar';

// The smallest PNG header: enough for the server's check of the file's content.
const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

test('a coach runs a team: formed from sign-ups, a session logged, notes and the budget', async ({ page }, testInfo) => {
  const stamp = `${testInfo.project.name} ${Date.now()}`;
  const title = `Teamprov ${stamp}`;
  const memberEmail = uniqueEmail(testInfo, 'mia');
  const coachEmail = uniqueEmail(testInfo, 'cecilia');
  const privateNote = `Privat: Mia behöver stöd ${stamp}`;
  const sharedNote = `Delat: bra första träff ${stamp}`;
  // Names unique to this run: the other project's people are in the same database.
  const coachName = `Cecilia Coach ${testInfo.project.name}`;

  // The organizer's round with one selected proposal.
  await signIn(page, organizer.email, organizer.password);
  const roundPath = await newRound(page, `Teamomgång ${stamp}`);
  await shortlistedProposal(page, roundPath, title);
  await selectForTest(page, roundPath, title);
  await signOut(page);

  // Mia signs up to take part; Cecilia gets an account and the coach role.
  await signUp(page, 'Mia Medlem', memberEmail);
  await page.goto(`${roundPath}/signup`);
  await page.getByLabel('Testa', { exact: true }).check();
  await page.getByLabel('Ett antal timmar i veckan').check();
  await page.getByLabel('Timmar per vecka').fill('4');
  await page.getByLabel('Ja, chefen har godkänt').check();
  await page.getByRole('button', { name: 'Skicka anmälan' }).click();
  await expect(page.getByRole('status')).toContainText('Din anmälan är sparad');
  await signOut(page);
  await signUp(page, coachName, coachEmail);
  await signOut(page);
  await signIn(page, organizer.email, organizer.password);
  await page.getByRole('link', { name: 'Personer' }).click();
  const row = page.getByRole('row').filter({ hasText: coachEmail });
  await row.getByRole('button', { name: /Ge roll: Coach/ }).click();
  await expect(row.getByRole('cell').nth(2)).toContainText('Coach');

  // The organizer forms the team from the sign-ups.
  await page.goto(roundPath);
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: /^Bilda team/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(page.getByText(/4 h i veckan · Ja, chefen har godkänt/).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Bilda teamet' }).click();
  await expect(page.getByRole('alert')).toContainText('Coach');
  await page.getByLabel('Coach', { exact: true }).selectOption({ label: coachName });
  await page.getByRole('checkbox', { name: /Mia Medlem/ }).check();
  await page.getByRole('button', { name: 'Bilda teamet' }).click();
  await expect(page.getByRole('status')).toContainText('Teamet är bildat');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('region', { name: /Deltagare/ })).toContainText('Mia Medlem');
  await expectAccessible(page);
  const teamPath = new URL(page.url()).pathname;
  await signOut(page);

  // The coach finds the team in the overview and logs the first session.
  await signIn(page, coachEmail, password);
  await page.getByRole('link', { name: 'Coach', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina team som coach' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: title }).click();
  await page.getByRole('link', { name: 'Träff 1', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Träff 1');
  await page.getByRole('group', { name: 'Mia Medlem' }).getByLabel('Närvarande').check();
  await page.getByRole('button', { name: 'Spara närvaro' }).click();
  await expect(page.getByRole('status')).toContainText('Närvaron är sparad');
  await page.getByLabel('Det här gjorde vi', { exact: true }).fill('Vi gick igenom förslaget och planerade intervjuer.');
  await page.getByLabel('Vem gör vad till nästa gång').fill('Mia bokar tre intervjuer.');
  await page.getByRole('button', { name: 'Spara överlämningen' }).click();
  await expect(page.getByRole('status')).toContainText('Överlämningen är sparad');
  await page.getByLabel('Anteckning', { exact: true }).fill('Brukaren 811218-9876 var med.');
  await page.getByRole('button', { name: 'Spara anteckningen' }).click();
  await expect(page.getByRole('alert')).toContainText('personnummer');
  await page.getByLabel('Anteckning', { exact: true }).fill(privateNote);
  await page.getByRole('button', { name: 'Spara anteckningen' }).click();
  await expect(page.getByRole('main')).toContainText(privateNote);
  await page.getByLabel('Anteckning', { exact: true }).fill(sharedNote);
  await page.getByLabel('Hela teamet').check();
  await page.getByRole('button', { name: 'Spara anteckningen' }).click();
  await expect(page.getByRole('main')).toContainText(sharedNote);
  await expectAccessible(page);
  await signOut(page);

  // Mia sees the handover and the shared note, never the private one, and logs an expense.
  await signIn(page, memberEmail, password);
  await page.getByRole('link', { name: 'Mina team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina team' })).toBeVisible();
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('region', { name: 'Senaste överlämningen' })).toContainText('Mia bokar tre intervjuer.');
  await expect(page.getByRole('main')).toContainText(sharedNote);
  await expect(page.getByRole('main')).not.toContainText(privateNote);
  await expect(page.getByRole('region', { name: 'Budget' })).toContainText('0 kr använt av 5\u00a0000 kr');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Budget och utgifter' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Budget');
  await page.getByLabel('Belopp i kronor').fill('0');
  await page.getByLabel('Vad köptes?').fill('Fika till intervjuerna');
  await page.getByLabel('Vem betalade?').fill('Mia, utlägg');
  await page.getByRole('button', { name: 'Spara utgiften' }).click();
  await expect(page.getByRole('alert')).toContainText('större än 0 kr');
  await expect(page.getByLabel('Vad köptes?')).toHaveValue('Fika till intervjuerna');
  await page.getByLabel('Belopp i kronor').fill('1 234,50');
  await page.getByLabel('Kategori', { exact: true }).selectOption({ label: 'Mat och fika' });
  await page.getByRole('button', { name: 'Spara utgiften' }).click();
  await expect(page.getByRole('status')).toContainText('Utgiften är sparad');
  await expect(page.getByRole('main')).toContainText('1\u00a0234,50 kr använt av 5\u00a0000 kr');
  await page.getByLabel(/Bifoga kvitto/).setInputFiles({ name: 'kvitto.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('button', { name: 'Ladda upp kvittot' }).click();
  await expect(page.getByRole('status')).toContainText('Kvittot är sparat');
  await expect(page.getByRole('link', { name: 'Ladda ner kvittot' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Använt under bootcampen' })).toBeVisible();
  await expectAccessible(page);
  await page.goto(teamPath);
  await expect(page.getByRole('region', { name: 'Budget' })).toContainText('1\u00a0234,50 kr använt');
});

test('the 2018 teams: line-up, budgets, the organizer overview and calendar feeds', async ({ page }) => {
  await signIn(page, organizer.email, organizer.password);
  await page.goto('/rounds');
  // A click while the page is coming alive can be lost between the browser and the router.
  await whenLive(page);
  await page.getByRole('link', { name: 'Bootcamp hösten 2018' }).click();
  await page.getByRole('link', { name: 'Teamens budgetar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teamens budgetar' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: /^Totalt/ })).toContainText('30\u00a0000 kr');
  await expectAccessible(page);

  // Fortbildning's week 3: the new line-up is flagged above the previous handover.
  await page.getByRole('link', { name: /^Fortbildning/ }).click();
  await expect(page.getByRole('img', { name: 'Använt under bootcampen' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: /^Fortbildning/ }).first().click();
  await expect(page.getByRole('region', { name: /Deltagare/ })).toContainText('Jhana');
  await expect(page.getByRole('region', { name: /Deltagare/ })).toContainText('Har lämnat teamet');
  await page.getByRole('link', { name: 'Träff 3', exact: true }).click();
  await expect(page.getByRole('note')).toContainText('Laget har ändrats sedan förra träffen');
  await expect(page.getByRole('region', { name: 'Förra träffens överlämning' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: /^Fortbildning/ }).first().click();
  await page.getByRole('link', { name: 'Ändra deltagare' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ändra deltagare' })).toBeVisible();
  await expectAccessible(page);

  // The organizer's overview lists every team; the board's cards lead to them.
  await page.getByRole('link', { name: 'Coach', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alla team' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Bootcamp hösten 2018' })).toHaveCount(6);
  await page.getByRole('link', { name: 'att göra' }).click();
  await expect(page.getByRole('link', { name: 'att göra' })).toHaveAttribute('aria-current', 'true');
  await expectAccessible(page);

  await page.goto('/my/calendar');
  await expect(page.getByRole('heading', { level: 1, name: 'Min kalender' })).toBeVisible();
  const feed = page.getByRole('textbox', { name: 'Bootcamp hösten 2018' });
  await expect(feed).toHaveValue(/\/calendar\/rounds\/\w+\.ics$/);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Byt nyckel' }).click();
  await expect(page.getByRole('status')).toContainText('Nyckeln är bytt');
});
