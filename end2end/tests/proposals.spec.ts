import { expect, test } from './fixtures';
import { expectAccessible, fillComplete, organizer, signIn, signOut, signUp, uniqueEmail, whenLive } from './helpers';

test('staff submit a proposal: thin parts and a personal number are refused, nothing typed is lost', async ({ page }, testInfo) => {
  const title = `Sms-påminnelse ${testInfo.project.name} ${Date.now()}`;
  await signUp(page, 'Sara Socionom', uniqueEmail(testInfo, 'sara'));
  await page.goto('/');
  await page.getByRole('link', { name: 'Lämna ett förslag' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nytt förslag' })).toBeVisible();
  await expectAccessible(page);
  await whenLive(page);

  await fillComplete(page, title);
  await page.getByLabel('Idén', { exact: true }).fill('Sms före besöket');
  await page.getByLabel('Problemet – och för vem?').fill(
    'Brukaren 121212-1212 kom inte, och många andra som fått en första tid kommer inte heller till besöket.',
  );
  if (testInfo.project.name === 'js-on') {
    // The live guide runs the same rule as the server.
    await expect(page.getByRole('complementary')).toContainText('tunt: 3 av minst 15 ord');
  }
  await page.getByRole('button', { name: 'Skicka in förslaget' }).click();

  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Idén: För tunt för ett team att börja från: skriv minst 15 ord.');
  await expect(alert).toContainText('personnummer');
  await expect(page.getByLabel('Rubrik')).toHaveValue(title);
  await expect(page.getByLabel('Verksamhet')).toHaveValue('Försörjningsstöd Nord');
  await expect(page.getByLabel('Vad skulle vi testa först?')).toHaveValue(/fyra veckor/);
  await expect(page.getByLabel('Idén', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await fillComplete(page, title);
  if (testInfo.project.name === 'js-on') {
    await expect(page.getByRole('complementary')).toContainText('8 / 8 delar klara');
  }
  await page.getByRole('button', { name: 'Skicka in förslaget' }).click();
  await expect(page.getByRole('status')).toContainText('Förslaget är inskickat');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Inskickat').first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Mina förslag' }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await expectAccessible(page);
});

test('a draft is saved and finished later', async ({ page }, testInfo) => {
  const title = `Utkast ${testInfo.project.name} ${Date.now()}`;
  await signUp(page, 'Dan Utkast', uniqueEmail(testInfo, 'dan'));
  await page.goto('/');
  await page.getByRole('link', { name: 'Lämna ett förslag' }).first().click();
  await page.getByLabel('Rubrik').fill(title);
  await page.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(page.getByRole('status')).toContainText('Utkastet är sparat');
  await expect(page.getByLabel('Rubrik')).toHaveValue(title);

  await page.goto('/my/proposals');
  await expect(page.getByText('Utkast', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: title }).click();
  await fillComplete(page, title);
  await page.getByRole('button', { name: 'Skicka in förslaget' }).click();
  await expect(page.getByRole('status')).toContainText('Förslaget är inskickat');
});

test('the needs-more-detail loop: question, notification, answer, resubmission, council decision', async ({ page }, testInfo) => {
  const title = `Öppen mottagning ${testInfo.project.name} ${Date.now()}`;
  const proposerEmail = uniqueEmail(testInfo, 'maja');
  await signUp(page, 'Maja Proposer', proposerEmail);
  await page.goto('/');
  await page.getByRole('link', { name: 'Lämna ett förslag' }).first().click();
  await fillComplete(page, title);
  await page.getByRole('button', { name: 'Skicka in förslaget' }).click();
  await expect(page.getByRole('status')).toContainText('Förslaget är inskickat');
  const proposalUrl = page.url().replace(/\?.*$/, '');
  await signOut(page);

  // The organizer finds it on the board and asks a question.
  await signIn(page, organizer.email, organizer.password);
  await page.goto('/');
  await page.getByRole('link', { name: 'Visa förslagstavlan' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Förslagstavla' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Sök i text').fill(title);
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page.getByRole('status')).toContainText('1 förslag visas');
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Be om mer detaljer' }).click();
  await expect(page.getByRole('alert')).toContainText('Motivering eller fråga: Fältet måste fyllas i.');
  await page.getByLabel('Motivering eller fråga').fill('Hur många nybesök har enheten per vecka?');
  await page.getByRole('button', { name: 'Be om mer detaljer' }).click();
  await expect(page.getByRole('status')).toContainText('Förslaget har flyttats');
  await expect(page.getByRole('list').filter({ hasText: 'Hur många nybesök' })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The proposer sees the bell, the question, answers and sends it in again.
  await signIn(page, proposerEmail, 'kaffe och kanelbullar');
  await expect(page.getByRole('link', { name: 'Notiser, 1 olästa' })).toBeVisible();
  await page.getByRole('link', { name: 'Mina förslag' }).click();
  await expect(page.getByText('Hur många nybesök har enheten per vecka?')).toBeVisible();
  await page.goto(`${proposalUrl}/edit`);
  await expect(page.getByRole('region', { name: 'Fråga till dig' })).toContainText('Hur många nybesök');
  await page.getByLabel('Vad skulle vi testa först?').fill(
    'Enheten har ungefär 40 nybesök i veckan; vi skickar sms till alla under fyra veckor.',
  );
  await page.getByRole('button', { name: 'Skicka in igen' }).click();
  await expect(page.getByRole('status')).toContainText('Förslaget är inskickat');
  await expect(page.getByText('40 nybesök i veckan')).toBeVisible();
  await signOut(page);

  // The organizer records the council's decision with a rationale the proposer can read.
  await signIn(page, organizer.email, organizer.password);
  await page.goto(proposalUrl);
  await page.getByLabel('Motivering eller fråga').fill('Tydligt problem och ett test som ryms i bootcampen.');
  await page.getByRole('button', { name: 'Gå vidare (rådets beslut)' }).click();
  await expect(page.getByRole('status')).toContainText('Förslaget har flyttats');
  await expect(page.getByText('Vidare till omröstning').first()).toBeVisible();
});

test('the bell counts a comment on your proposal until you mark it read', async ({ page }, testInfo) => {
  const title = `Kommentarsprov ${testInfo.project.name} ${Date.now()}`;
  const proposerEmail = uniqueEmail(testInfo, 'klara');
  await signUp(page, 'Klara Proposer', proposerEmail);
  await page.goto('/');
  await page.getByRole('link', { name: 'Lämna ett förslag' }).first().click();
  await fillComplete(page, title);
  await page.getByRole('button', { name: 'Skicka in förslaget' }).click();
  await expect(page.getByRole('status')).toContainText('Förslaget är inskickat');
  const proposalUrl = page.url().replace(/\?.*$/, '');
  await signOut(page);

  await signUp(page, 'Kim Kollega', uniqueEmail(testInfo, 'kim'));
  await page.goto(proposalUrl);
  await page.getByLabel('Skriv en fråga eller kommentar').fill('Vi på Nord vill gärna vara med och testa!');
  await page.getByRole('button', { name: 'Skicka', exact: true }).click();
  await expect(page.getByRole('list').filter({ hasText: 'Vi på Nord vill gärna' })).toBeVisible();
  await signOut(page);

  await signIn(page, proposerEmail, 'kaffe och kanelbullar');
  await page.getByRole('link', { name: 'Notiser, 1 olästa' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: title })).toContainText('fick en ny kommentar');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Markera alla som lästa' }).click();
  await expect(page.getByRole('link', { name: 'Notiser, 0 olästa' })).toBeVisible();
});
