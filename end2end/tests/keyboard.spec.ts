import { expect, Locator, Page, test } from './fixtures';
import { expectAccessible, newRound, organizer, shortlistedProposal, signIn, signOut, signUp, uniqueEmail } from './helpers';

/**
 * Presses Tab until focus is on (or inside) `target`, checking every stop on the way: the
 * focused element is on screen and draws a focus indicator (outline or ring). Fails if
 * `target` is not reached within `max` stops.
 */
async function tabTo(page: Page, target: Locator, max = 120) {
  for (let stop = 0; stop < max; stop++) {
    await nextStop(page);
    if (await target.evaluate((el) => el.contains(document.activeElement))) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Presses Tab once; the element it lands on is on screen and shows its focus. */
async function nextStop(page: Page) {
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { visible: true, what: 'body' };
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    return { visible: ring && box.width > 0 && box.height > 0, what: el.outerHTML.slice(0, 140) };
  });
  expect(focused.visible, `a visible focus on ${focused.what}`).toBe(true);
}

/** Tabs to a field and types into it. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

/** Tabs into a radio group and moves with the arrow keys until `label` is chosen. */
async function choose(page: Page, group: Locator, label: string) {
  const option = group.getByLabel(label, { exact: true });
  await tabTo(page, group);
  for (let step = 0; step < 10 && !(await option.isChecked()); step++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(option).toBeChecked();
}

/** Tabs to a link or button and presses Enter. */
async function press(page: Page, target: Locator) {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}

test('keyboard only: submit a proposal and score it in the council, focus visible at every stop', async ({ page }, testInfo) => {
  const title = `Tangentbordsförslag ${testInfo.project.name} ${Date.now()}`;
  const memberEmail = uniqueEmail(testInfo, 'tangentrad');
  await signUp(page, 'Rut Rådsmedlem', memberEmail);
  await signOut(page);
  await signIn(page, organizer.email, organizer.password);
  await page.goto('/people');
  await page.getByRole('row').filter({ hasText: memberEmail }).getByRole('button', { name: /Ge roll: Rådsmedlem/ }).click();
  await expect(page.getByRole('row').filter({ hasText: memberEmail }).getByRole('cell').nth(2)).toContainText('Rådsmedlem');
  await signOut(page);

  await signUp(page, 'Tove Tangent', uniqueEmail(testInfo, 'tove'));
  await page.goto('/');
  await press(page, page.getByRole('link', { name: 'Lämna ett förslag' }).first());
  await page.waitForURL(/\/proposals\/new/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await typeInto(page, page.getByLabel('Rubrik'), title);
  await typeInto(page, page.getByLabel('Problemet – och för vem?'), 'Många som fått en första tid hos försörjningsstöd kommer inte, och platsen står tom medan andra väntar i veckor.');
  await choose(page, page.getByRole('group', { name: 'Vems perspektiv utgår förslaget från?' }), 'Båda');
  await typeInto(page, page.getByLabel('Idén', { exact: true }), 'Ett sms två dagar före besöket med tid, adress, vad man ska ta med och ett nummer att ringa om tiden inte passar.');
  await typeInto(page, page.getByLabel('Vad skulle vi testa först?'), 'Skicka påminnelser manuellt till alla nybesök på en enhet i fyra veckor.');
  await typeInto(page, page.getByLabel('Vad skulle visa att det fungerar?'), 'Uteblivna första besök minskar från 30 till under 15 procent under testet.');
  await choose(page, page.getByRole('group', { name: /Föreslagen kategori/ }), 'Testa');
  await typeInto(page, page.getByLabel('Verksamhet'), 'Försörjningsstöd Nord');
  await press(page, page.getByRole('button', { name: 'Skicka in förslaget' }));
  await expect(page.getByRole('status')).toContainText('Förslaget är inskickat');
  await signOut(page);

  await signIn(page, memberEmail, 'kaffe och kanelbullar');
  await page.goto('/');
  await press(page, page.getByRole('link', { name: 'Visa förslagstavlan' }).first());
  await page.waitForURL(/\/board/);
  await press(page, page.getByRole('link', { name: 'Till rådsmötet' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Rådsmöte' })).toBeVisible();
  await press(page, page.getByRole('link', { name: title }));
  await expect(page.getByText('Du ser de andras betyg när du har satt ditt eget.')).toBeVisible();
  await choose(page, page.getByRole('group', { name: 'Värde för brukarna' }), '5');
  await choose(page, page.getByRole('group', { name: 'Går att testa inom bootcampen' }), '4');
  await choose(page, page.getByRole('group', { name: 'Tydlighet' }), '3');
  await typeInto(page, page.getByLabel('Kommentar till rådet (valfri)'), 'Tydligt och lätt att testa.');
  await press(page, page.getByRole('button', { name: 'Spara betyg' }));
  await expect(page.getByRole('status')).toContainText('Ditt betyg är sparat');
  await expectAccessible(page);
});

test('keyboard only: vote with a code and follow the projector, focus visible at every stop', async ({ page, browser, baseURL }, testInfo) => {
  const stamp = `${testInfo.project.name} ${Date.now()}`;
  const [first, second] = [`Tangent A ${stamp}`, `Tangent B ${stamp}`];
  await signIn(page, organizer.email, organizer.password);
  const roundPath = await newRound(page, `Tangentomröstning ${stamp}`);
  await shortlistedProposal(page, roundPath, first);
  await shortlistedProposal(page, roundPath, second);
  await page.goto(`${roundPath}/vote`);
  await page.getByRole('button', { name: 'Skapa omröstningen' }).click();
  await expect(page.getByRole('status')).toContainText('Omröstningen är sparad');
  await page.getByRole('button', { name: 'Öppna omröstningen nu' }).click();
  await expect(page.getByText('Omröstningen är öppen')).toBeVisible();
  await page.getByLabel('Antal nya koder').fill('1');
  await page.getByRole('button', { name: 'Skapa koder' }).click();
  await page.getByRole('link', { name: 'Skriv ut röstkoder' }).click();
  const code = (await page.locator('.code-card__code').first().innerText()).trim();

  // The voter types the code on the ballot's start page and votes, keyboard alone.
  const voterContext = await browser.newContext({ baseURL, javaScriptEnabled: testInfo.project.use.javaScriptEnabled, locale: 'sv-SE' });
  const voter = await voterContext.newPage();
  await voter.goto('/rosta');
  await typeInto(voter, voter.getByLabel(/Röstkod/).first(), code);
  await voter.keyboard.press('Enter');
  await expect(voter.getByRole('heading', { level: 1 })).toContainText('Tangentomröstning');
  await tabTo(voter, voter.getByLabel(first));
  await voter.keyboard.press('Space');
  await expect(voter.getByLabel(first)).toBeChecked();
  await press(voter, voter.getByRole('button', { name: 'Granska mitt val' }));
  await expect(voter.getByRole('heading', { name: 'Stämmer ditt val?' })).toBeVisible();
  await press(voter, voter.getByRole('button', { name: 'Ja, lägg min röst' }));
  await expect(voter.getByRole('heading', { level: 1, name: 'Tack för din röst!' })).toBeVisible();
  await voterContext.close();

  // The projector: every stop on the page shows its focus, and the count is there.
  await page.goto(`${roundPath}/vote/screen`);
  await expect(page.getByTestId('ballot-count')).toHaveText('1');
  const stops = await page.evaluate(() => document.querySelectorAll('a[href], button, input, select, textarea, [tabindex="0"]').length);
  expect(stops).toBeGreaterThan(0);
  for (let stop = 0; stop < stops; stop++) {
    await nextStop(page);
  }
});
