import { Browser, expect, Page, test } from './fixtures';
import { expectAccessible, newRound, organizer, shortlistedProposal, signIn } from './helpers';

async function phone(browser: Browser, javaScriptEnabled: boolean, baseURL: string) {
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled,
    locale: 'sv-SE',
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

test('a phone votes with the code from a QR link while the projector counts it', async ({ page, browser }, testInfo) => {
  const js = testInfo.project.use.javaScriptEnabled !== false;
  const stamp = `${testInfo.project.name} ${Date.now()}`;
  const [first, second] = [`Röstprov A ${stamp}`, `Röstprov B ${stamp}`];

  // The organizer prepares a round with two shortlisted proposals.
  await signIn(page, organizer.email, organizer.password);
  const roundPath = await newRound(page, `Omröstningsprov ${stamp}`);
  await shortlistedProposal(page, roundPath, first);
  await shortlistedProposal(page, roundPath, second);

  // The vote: created from the shortlist, opened, and codes made and printed.
  await page.goto(roundPath);
  await page.getByRole('link', { name: 'Omröstning', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Omröstning' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: first })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Röster per person').fill('11');
  await page.getByRole('button', { name: 'Skapa omröstningen' }).click();
  await expect(page.getByRole('alert')).toContainText('Röster per person');
  await expect(page.getByLabel('Röster per person')).toHaveValue('11');
  await page.getByLabel('Röster per person').fill('2');
  await page.getByRole('button', { name: 'Skapa omröstningen' }).click();
  await expect(page.getByRole('status')).toContainText('Omröstningen är sparad');
  await page.getByRole('button', { name: 'Öppna omröstningen nu' }).click();
  await expect(page.getByText('Omröstningen är öppen')).toBeVisible();

  // During the vote the board offers no way around it.
  await page.goto(`${roundPath}/board`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: /Markera som (inte )?valt|Sätt på valsedeln/ })).toHaveCount(0);
  await page.goto(`${roundPath}/vote`);
  await page.getByLabel('Antal nya koder').fill('3');
  await page.getByRole('button', { name: 'Skapa koder' }).click();
  await expect(page.getByRole('status')).toContainText('Nya röstkoder: 3');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Skriv ut röstkoder' }).click();
  const cards = page.locator('.code-card');
  await expect(cards).toHaveCount(3);
  await expect(cards.first().getByRole('img')).toBeVisible();
  await expectAccessible(page);
  const code = (await cards.first().locator('.code-card__code').innerText()).trim();
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);

  // The projector shows the join address and no ballots yet, and loads none of the app's
  // code: the page and a few lines of script keep it live.
  const screen = await page.context().newPage();
  const screenFiles: string[] = [];
  screen.on('request', (request) => screenFiles.push(new URL(request.url()).pathname));
  await screen.goto(`${roundPath}/vote/screen`);
  await expect(screen.getByText('/rosta', { exact: false }).first()).toBeVisible();
  await expect(screen.getByTestId('ballot-count')).toHaveText('0');
  await expectAccessible(screen);
  expect(screenFiles.filter((f) => /\.(wasm|js)$/.test(f)), 'none of the app code').toEqual([]);

  // A voter on a phone scans the card: the ballot opens with the code filled in.
  const voter = await phone(browser, js, testInfo.project.use.baseURL!);
  // Every address the phone asks for or shows, to check that none holds a choice.
  const addresses: string[] = [];
  voter.on('request', (request) => addresses.push(request.url()));
  voter.on('framenavigated', (frame) => addresses.push(frame.url()));
  await voter.goto(`/rosta?kod=${code.replace('-', '')}`);
  await expect(voter.getByRole('heading', { level: 1 })).toContainText('Omröstningsprov');
  await expectAccessible(voter);
  const chosenIds = [
    await voter.getByLabel(first).getAttribute('value'),
    await voter.getByLabel(second).getAttribute('value'),
  ];
  await voter.getByLabel(first).check();
  await voter.getByLabel(second).check();
  if (js) {
    // Counted as ticked, and the limit (two) is reached.
    await expect(voter.getByText('2 av 2 valda')).toBeVisible();
  }
  await voter.getByRole('button', { name: 'Granska mitt val' }).click();
  await expect(voter.getByRole('heading', { name: 'Stämmer ditt val?' })).toBeVisible();
  await expect(voter.getByRole('listitem').filter({ hasText: second })).toBeVisible();
  await expectAccessible(voter);
  await voter.getByRole('button', { name: 'Ja, lägg min röst' }).click();
  await expect(voter.getByRole('heading', { level: 1, name: 'Tack för din röst!' })).toBeVisible();
  await expectAccessible(voter);
  await expect(voter.getByRole('main')).not.toContainText(first);
  expect(addresses.length).toBeGreaterThan(2);
  for (const id of chosenIds) {
    expect(id).toBeTruthy();
    expect(addresses.filter((a) => a.includes(id!)), 'no address holds a choice').toEqual([]);
  }
  // Going back after the receipt shows no choices.
  await voter.goBack();
  await expect(voter.getByRole('heading', { name: 'Stämmer ditt val?' })).toHaveCount(0);

  // The projector counts it: live without a reload when JavaScript runs.
  if (!js) {
    await screen.reload();
  }
  await expect(screen.getByTestId('ballot-count')).toHaveText('1', { timeout: 2_000 });
  await expect(screen.getByRole('img', { name: new RegExp(`${first}: 1`) })).toBeVisible();

  // The card cannot be used twice.
  await voter.goto(`/rosta?kod=${code.replace('-', '')}`);
  await expect(voter.getByRole('alert')).toContainText('redan använts');
  await voter.context().close();

  // Closing, results and the selection.
  await page.goto(`${roundPath}/vote`);
  await page.getByRole('button', { name: 'Stäng omröstningen nu' }).click();
  await expect(page.getByText('Omröstningen är stängd')).toBeVisible();
  // The projector says so too (without a reload when JavaScript runs; the live part is
  // rendered anew by the server).
  if (!js) {
    await screen.reload();
  }
  await expect(screen.getByRole('heading', { level: 2, name: 'Omröstningen är stängd' })).toBeVisible({ timeout: 7_000 });
  await expect(screen.getByText('röster totalt')).toBeVisible();
  await page.getByRole('link', { name: 'Resultat' }).click();
  const table = page.getByRole('table', { name: 'Testa' });
  await expect(table.getByRole('row').filter({ hasText: first })).toContainText('1');
  await expectAccessible(page);
  await page.getByRole('group', { name: 'Valda förslag' }).getByLabel(first).check();
  await page.getByRole('button', { name: 'Bekräfta urvalet' }).click();
  await expect(page.getByRole('status')).toContainText('Urvalet är bekräftat');
});
