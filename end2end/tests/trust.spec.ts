import { expect, test } from './fixtures';
import { expectAccessible, newRound, organizer, shortlistedProposal, signIn, signOut, signUp, uniqueEmail } from './helpers';

test('paper ballots are counted in by box, refused when one person counts alone, and corrected with a reason', async ({ page }, testInfo) => {
  const stamp = `${testInfo.project.name} ${Date.now()}`;
  const [first, second] = [`Papper A ${stamp}`, `Papper B ${stamp}`];
  await signIn(page, organizer.email, organizer.password);
  const roundPath = await newRound(page, `Pappersprov ${stamp}`);
  await shortlistedProposal(page, roundPath, first);
  await shortlistedProposal(page, roundPath, second);
  await page.goto(`${roundPath}/vote`);
  await page.getByLabel('Bara röstkoder').check();
  await page.getByRole('button', { name: 'Skapa omröstningen' }).click();
  await expect(page.getByRole('status')).toContainText('Omröstningen är sparad');
  await page.getByRole('button', { name: 'Öppna omröstningen nu' }).click();
  await expect(page.getByText('Omröstningen är öppen')).toBeVisible();

  await page.getByRole('link', { name: 'Pappersröster' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pappersröster' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Låda', { exact: true }).fill('Låda 1, hall A');
  await page.getByLabel('Röstsedlar i lådan').fill('10');
  await page.getByLabel(first).fill('7');
  await page.getByLabel(second).fill('4');
  await page.getByLabel('Räknad av').fill('Eva Räknare');
  await page.getByLabel('Bekräftad av').fill('Eva Räknare');
  await page.getByRole('button', { name: 'Spara lådan' }).click();
  await expect(page.getByRole('alert')).toContainText('en annan person');
  await expect(page.getByLabel(first)).toHaveValue('7');
  await expectAccessible(page);
  await page.getByLabel('Bekräftad av').fill('Ali Bekräftare');
  await page.getByRole('button', { name: 'Spara lådan' }).click();
  await expect(page.getByRole('status')).toContainText('Lådan är sparad');
  const entries = page.getByRole('region', { name: 'Inräknade lådor med pappersröster' });
  await expect(entries.getByRole('row').filter({ hasText: 'Låda 1, hall A' })).toContainText('Ali Bekräftare');

  // A correction keeps the old figures and says why.
  await page.getByRole('link', { name: 'Rätta – Låda 1, hall A' }).click();
  await expect(page.getByRole('heading', { name: /Rätta/ })).toBeVisible();
  await page.getByLabel(first).fill('6');
  await page.getByLabel('Varför rättas siffrorna?').fill('En röst låg i fel hög.');
  await page.getByRole('button', { name: 'Spara lådan' }).click();
  await expect(page.getByRole('status')).toContainText('Lådan är sparad');
  await expect(entries.getByRole('row').filter({ hasText: 'Ersatt av en rättelse' })).toHaveCount(1);
  await expect(entries.getByRole('row').filter({ hasText: 'En röst låg i fel hög.' })).toBeVisible();
  await expectAccessible(page);

  // The results show paper votes apart and together.
  await page.goto(`${roundPath}/vote`);
  await page.getByRole('button', { name: 'Stäng omröstningen nu' }).click();
  await expect(page.getByText('Omröstningen är stängd')).toBeVisible();
  await page.getByRole('link', { name: 'Resultat' }).click();
  const table = page.getByRole('table', { name: 'Testa' });
  await expect(table.getByRole('columnheader', { name: 'Pappersröster' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: first })).toContainText('6');
  await expect(page.getByText('10 på papper')).toBeVisible();
  await expectAccessible(page);
});

test('an organizer limits self sign-up to the department domain', async ({ page }) => {
  await signIn(page, organizer.email, organizer.password);
  await page.getByRole('link', { name: 'Personer' }).click();
  await expect(page.getByRole('heading', { name: 'Vem får skapa konto' })).toBeVisible();
  await page.getByLabel('Tillåtna e-postdomäner').fill('example.se');
  await page.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(page.getByLabel('Tillåtna e-postdomäner')).toHaveValue('example.se');
  await expectAccessible(page);
  await signOut(page);

  await page.goto('/sign-up');
  await page.getByLabel('Namn').fill('Tio Konton');
  await page.getByLabel('E-post').fill(`tio.${Date.now()}@gmail.com`);
  await page.getByLabel('Lösenord').fill('kaffe och kanelbullar');
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  await expect(page.getByRole('alert')).toContainText('förvaltningens domän');
  await expect(page.getByLabel('Namn')).toHaveValue('Tio Konton');
  await expectAccessible(page);
});

test('the page runs its own scripts and the app, and refuses a script slipped in without its nonce', async ({ browser, baseURL }, testInfo) => {
  // A context of its own: the refusal this test provokes is what every other test's
  // policy watch (fixtures.ts) would fail on.
  const context = await browser.newContext({ baseURL, javaScriptEnabled: testInfo.project.use.javaScriptEnabled });
  const page = await context.newPage();
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const answer = await page.goto('/sign-in');
  const policy = answer!.headers()['content-security-policy'];
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9_-]+' 'wasm-unsafe-eval'/);
  expect(policy).not.toContain('unsafe-inline');
  if (testInfo.project.use.javaScriptEnabled === false) {
    await context.close();
    return;
  }
  // The app's own scripts and WebAssembly ran: the page came alive.
  await expect(page.locator('body[data-hydrated]')).toBeAttached();
  expect(refused).toEqual([]);
  // A script put into the page as a proposal's text might try to be is refused.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.slippedIn = true;';
    document.body.append(script);
  });
  await expect.poll(() => refused.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { slippedIn?: boolean }).slippedIn)).toBeUndefined();
  await context.close();
});

test('organizers read the audit log, filter it by event, and get the same as CSV', async ({ page }, testInfo) => {
  const stamp = `${testInfo.project.name} ${Date.now()}`;
  await signIn(page, organizer.email, organizer.password);
  // Something to find: a round with a proposal moved to the shortlist.
  const roundPath = await newRound(page, `Loggprov ${stamp}`);
  await shortlistedProposal(page, roundPath, `Loggat förslag ${stamp}`);

  await page.goto('/people');
  await page.getByRole('link', { name: 'Logg', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logg' })).toBeVisible();
  await expect(page.getByText('Loggen kan bara läggas till')).toBeVisible();
  await page.getByLabel('Händelse').selectOption({ label: 'Förslag flyttat' });
  await page.getByRole('button', { name: 'Visa' }).click();
  await expect(page).toHaveURL(/action=stage_changed/);
  const rows = page.locator('table.audit tbody tr');
  await expect(rows.first()).toBeVisible();
  const events = await rows.locator('td:nth-child(3)').allTextContents();
  expect(events.length).toBeGreaterThan(0);
  expect(new Set(events)).toEqual(new Set(['Förslag flyttat']));
  await expect(rows.first().locator('td:nth-child(2)')).toHaveText('Olga Organisatör');
  await expect(page.getByRole('link', { name: 'Ladda ner som CSV' })).toHaveAttribute('href', /audit\.csv\?action=stage_changed/);
  await expectAccessible(page);
  const csv = await page.request.get('/audit.csv?action=stage_changed');
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain('Förslag flyttat');
});

test('anyone reports an accessibility barrier from the statement; organizers read it and mark it handled', async ({ page, browser, baseURL }, testInfo) => {
  const what = `Fokus syns inte på knappen Spara (${testInfo.project.name} ${Date.now()})`;
  const visitor = await browser.newContext({ baseURL, javaScriptEnabled: testInfo.project.use.javaScriptEnabled, locale: 'sv-SE' });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto('/');
  await visitorPage.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighet' }).click();
  await expect(visitorPage.getByRole('heading', { level: 1, name: 'Tillgänglighetsredogörelse' })).toBeVisible();
  await expect(visitorPage.getByRole('heading', { name: 'Tillsyn' })).toBeVisible();
  await expectAccessible(visitorPage);
  await visitorPage.getByRole('button', { name: 'Skicka rapporten' }).click();
  await expect(visitorPage.getByRole('alert')).toBeVisible();
  await visitorPage.getByLabel('Sida eller funktion (valfritt)').fill('Förslagsformuläret');
  await visitorPage.getByLabel('Vad fungerade inte?').fill(what);
  await visitorPage.getByRole('button', { name: 'Skicka rapporten' }).click();
  await expect(visitorPage.getByRole('status')).toContainText('Rapporten har skickats');
  await visitor.close();

  await signIn(page, organizer.email, organizer.password);
  await page.goto('/people');
  await page.getByRole('link', { name: 'Rapporterade tillgänglighetsbrister' }).click();
  const report = page.locator('li.card', { hasText: what });
  await expect(report).toContainText('Förslagsformuläret');
  await expect(report).toContainText('Inte inloggad');
  await expectAccessible(page);
  await report.getByRole('button', { name: /Markera som hanterad/ }).click();
  await expect(page.locator('li.card', { hasText: what })).toContainText('Hanterad');
});

test('the privacy page, my own data, and an organizer erasing an account on request', async ({ page }, testInfo) => {
  const email = uniqueEmail(testInfo, 'radera');
  const name = `Radera ${testInfo.project.name} ${Date.now()}`;
  await signUp(page, name, email);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Personuppgifter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Behandling av personuppgifter' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sekretesspärren' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('main').getByRole('link', { name: 'Mina uppgifter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mina uppgifter' })).toBeVisible();
  await expectAccessible(page);
  const href = await page.getByRole('link', { name: 'Ladda ner mina uppgifter (JSON)' }).getAttribute('href');
  const mine = await page.request.get(href!);
  expect(mine.status()).toBe(200);
  expect((await mine.json()).account.email).toBe(email);
  await signOut(page);

  await signIn(page, organizer.email, organizer.password);
  await page.goto('/people');
  await page.getByRole('link', { name: `Personuppgifter – ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Personuppgifter för en person' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Radera kontot' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByLabel('Jag förstår att raderingen inte går att ångra').check();
  await page.getByRole('button', { name: 'Radera kontot' }).click();
  await expect(page.getByRole('status')).toContainText('Kontot är raderat');
  await expect(page.getByRole('main')).not.toContainText(email);
});
