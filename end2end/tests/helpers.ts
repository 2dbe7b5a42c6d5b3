import { expect, Page, test, TestInfo } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const organizer = { email: 'organizer@example.se', password: 'Idésluss-test-2026!' };

/**
 * Fails on any WCAG 2.1 A or AA violation on the page as it is now.
 * axe-core is a script, so with JavaScript off it cannot run in the page itself: then the
 * page's current HTML (scripts removed) is served at the same address in a scratch page
 * with scripts allowed, so styles, contrast and structure are checked exactly as shown.
 * With JavaScript on it first waits for the page to hydrate, so a page that never comes
 * alive fails here.
 */
export async function expectAccessible(page: Page) {
  if (test.info().project.use.javaScriptEnabled !== false) {
    // Every page checked with JavaScript on must also have come alive (hydrated).
    await whenLive(page);
    return expectNoViolations(page);
  }
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
  const url = page.url();
  const context = await page.context().browser()!.newContext({ javaScriptEnabled: true });
  try {
    const scratch = await context.newPage();
    await scratch.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await scratch.goto(url);
    await expectNoViolations(scratch, url);
  } finally {
    await context.close();
  }
}

async function expectNoViolations(page: Page, shownUrl = page.url()) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  // Guard against checking an empty page: axe must have found rules that apply and pass.
  expect(results.passes.length, `axe checked nothing on ${shownUrl}`).toBeGreaterThan(5);
  const summary = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
  expect(summary, `axe violations on ${shownUrl}`).toEqual([]);
}

/**
 * With JavaScript on, waits until the page has hydrated (its event handlers are live).
 * The home page, the voter's pages (`/rosta…`) and the projector are server-rendered and
 * load none of the app's code (see hall.spec.ts): there it checks that none is linked.
 */
export async function whenLive(page: Page) {
  if (test.info().project.use.javaScriptEnabled !== false) {
    // The home page, the voter's pages and the projector, loaded as such, load no app code
    // (src/app.rs, loads_app_code); reached from another page they are part of its live app.
    const path = new URL(page.url()).pathname;
    const plain = /^\/(rosta(\/.*)?)?$/.test(path) || /^\/rounds\/[^/]+\/vote\/screen$/.test(path);
    if (plain && (await page.locator('script[type="module"]').count()) === 0) {
      await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0);
      return;
    }
    await expect(page.locator('body[data-hydrated]')).toBeAttached();
  }
}

/** An e-mail address no other test (or project) uses. */
export function uniqueEmail(testInfo: TestInfo, who: string) {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  return `${who}.${testInfo.project.name}.${stamp}@example.se`;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByText('Inloggad som')).toBeVisible();
}

/** Creates an account and leaves it signed in. */
export async function signUp(page: Page, name: string, email: string) {
  await page.goto('/sign-up');
  await page.getByLabel('Namn').fill(name);
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill('kaffe och kanelbullar');
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  await expect(page.getByText('Inloggad som')).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('link', { name: 'Logga in' })).toBeVisible();
}

/** Fills the proposal form with a complete proposal. */
export async function fillComplete(page: Page, title: string) {
  await page.getByLabel('Rubrik').fill(title);
  await page.getByLabel('Problemet – och för vem?').fill(
    'Många som fått en första tid hos försörjningsstöd kommer inte, och platsen står tom medan andra väntar i veckor.',
  );
  await page.getByLabel('Båda', { exact: true }).check();
  await page.getByLabel('Idén', { exact: true }).fill(
    'Ett sms två dagar före besöket med tid, adress, vad man ska ta med och ett nummer att ringa om tiden inte passar.',
  );
  await page.getByLabel('Vad skulle vi testa först?').fill(
    'Skicka påminnelser manuellt till alla nybesök på en enhet i fyra veckor.',
  );
  await page.getByLabel('Vad skulle visa att det fungerar?').fill(
    'Uteblivna första besök minskar från 30 till under 15 procent under testet.',
  );
  await page.getByLabel('Testa', { exact: true }).check();
  await page.getByLabel('Verksamhet').fill('Försörjningsstöd Nord');
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function fillPhase(page: Page, phase: string, from: string, to: string) {
  const group = page.getByRole('group', { name: phase, exact: true });
  await group.getByLabel('Från').fill(from);
  await group.getByLabel('Till').fill(to);
}

/**
 * A round in its submission phase, created by the signed-in organizer; returns its address.
 * It started before the demo's open round, so the home page's current round stays the demo's.
 */
export async function newRound(page: Page, name: string) {
  await page.goto('/rounds/new');
  await page.getByLabel('Namn').fill(name);
  await page.getByLabel('Budget per team (kr)').fill('5 000');
  await fillPhase(page, 'Förslag lämnas in', day(-30), day(1));
  await fillPhase(page, 'Rådsmöte', day(2), day(2));
  await fillPhase(page, 'Omröstning på medarbetardagarna', day(3), day(3));
  await fillPhase(page, 'Bootcamp', day(4), day(20));
  await fillPhase(page, 'Slutpresentation', day(21), day(21));
  await fillPhase(page, 'Uppföljning', day(22), day(40));
  await page.getByRole('button', { name: 'Skapa omgång' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** Submits a proposal in the round and shortlists it as the council's decision. */
export async function shortlistedProposal(page: Page, roundPath: string, title: string) {
  await page.goto(`${roundPath}/proposals/new`);
  await fillComplete(page, title);
  await page.getByRole('button', { name: 'Skicka in förslaget' }).click();
  await expect(page.getByRole('status')).toContainText('Förslaget är inskickat');
  const proposalPath = new URL(page.url()).pathname;
  await page.goto(`${proposalPath}/council`);
  await page.getByLabel('Motivering eller fråga').fill('Rådet vill pröva idén.');
  await page.getByRole('button', { name: 'Gå vidare (rådets beslut)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rådsmöte' })).toBeVisible();
}


/** Creates a vote from the round's shortlist and confirms `title` as selected. */
export async function selectForTest(page: Page, roundPath: string, title: string) {
  await page.goto(`${roundPath}/vote`);
  await page.getByRole('button', { name: 'Skapa omröstningen' }).click();
  await expect(page.getByRole('status')).toContainText('Omröstningen är sparad');
  await page.getByRole('button', { name: 'Öppna omröstningen nu' }).click();
  await expect(page.getByText('Omröstningen är öppen')).toBeVisible();
  await page.getByRole('button', { name: 'Stäng omröstningen nu' }).click();
  await expect(page.getByText('Omröstningen är stängd')).toBeVisible();
  await page.getByRole('link', { name: 'Resultat' }).click();
  await page.getByRole('group', { name: 'Valda förslag' }).getByLabel(title).check();
  await page.getByRole('button', { name: 'Bekräfta urvalet' }).click();
  await expect(page.getByRole('status')).toContainText('Urvalet är bekräftat');
}
