import { expect, test } from './fixtures';
import {
  expectAccessible,
  newRound,
  organizer,
  selectForTest,
  shortlistedProposal,
  signIn,
  whenLive,
} from './helpers';

test('a team records a test card and a learning card, and the organizer decides what happens next', async ({ page }, testInfo) => {
  const stamp = `${testInfo.project.name} ${Date.now()}`;
  const title = `Lärdomsprov ${stamp}`;
  await signIn(page, organizer.email, organizer.password);
  const roundPath = await newRound(page, `Lärdomsomgång ${stamp}`);
  await shortlistedProposal(page, roundPath, title);
  await selectForTest(page, roundPath, title);

  // A team with the demo's coach for testing.
  await page.goto(roundPath);
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await page.getByRole('link', { name: /^Bilda team/ }).click();
  await page.getByLabel('Coach', { exact: true }).selectOption({ label: 'Oskar Wennberg' });
  await page.getByRole('button', { name: 'Bilda teamet' }).click();
  await expect(page.getByRole('status')).toContainText('Teamet är bildat');

  // The test card: a bad rating is refused with a message, then it is saved.
  await page.getByRole('link', { name: 'Test- och lärdomskort' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Test- och lärdomskort' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nytt testkort' }).click();
  await page.getByLabel('Testets namn').fill(`Sms före besöket ${stamp}`);
  await page.getByLabel('Vi tror att …').fill('fler kommer till sitt första besök med en påminnelse');
  await page.getByLabel('För att verifiera det kommer vi att …').fill('skicka sms två dagar före till alla nybesök i fyra veckor');
  await page.getByLabel('och mäta …').fill('andelen uteblivna besök');
  await page.getByLabel('Vi har rätt om …').fill('färre än en av tio uteblir');
  await page.getByRole('group', { name: 'Hur kritiskt' }).getByLabel('3 – hög').check();
  await page.getByRole('group', { name: 'Kostnad' }).getByLabel('1 – låg').check();
  await page.getByRole('button', { name: 'Spara kortet' }).click();
  await expect(page.getByRole('alert')).toContainText('Datans tillförlitlighet');
  await expect(page.getByLabel('Testets namn')).toHaveValue(`Sms före besöket ${stamp}`);
  await expectAccessible(page);
  await page.getByRole('group', { name: 'Datans tillförlitlighet' }).getByLabel('2 – medel').check();
  await page.getByRole('button', { name: 'Spara kortet' }).click();
  await expect(page.getByRole('status')).toContainText('Kortet är sparat');
  await expect(page.getByRole('article', { name: `Sms före besöket ${stamp}` })).toContainText('3 av 3');

  // No learning card yet: the move to learnings says why it cannot happen.
  await page.getByRole('button', { name: 'Till lärdomar' }).click();
  await expect(page.getByRole('alert')).toContainText('inget lärdomskort');
  await page.getByRole('link', { name: 'Nytt lärdomskort' }).click();
  await page.getByLabel('Rubrik').fill(`Påminnelsen räcker inte ${stamp}`);
  await page.getByLabel('Vi trodde att …').fill('ett sms räcker för att fler ska komma');
  await page.getByLabel('Vi observerade …').fill('att de som uteblev ofta inte förstod vart de skulle');
  await page.getByLabel('Av det lärde vi oss att …').fill('vägbeskrivningen är viktigare än påminnelsen');
  await page.getByLabel('Därför kommer vi att …').fill('skicka med en karta och ett telefonnummer');
  await page.getByLabel(`Sms före besöket ${stamp}`).check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Spara kortet' }).click();
  await expect(page.getByRole('status')).toContainText('Kortet är sparat');
  await expect(page.getByRole('article', { name: `Påminnelsen räcker inte ${stamp}` })).toContainText(`Sms före besöket ${stamp}`);
  await page.getByRole('button', { name: 'Till lärdomar' }).click();
  await expect(page.getByRole('main')).toContainText('Lärdomar');

  // "Vad händer nu?": the decision moves it to follow-up, then an action with an owner.
  await page.getByRole('link', { name: 'Visa uppföljningen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vad händer nu?' })).toBeVisible();
  await page.getByRole('button', { name: 'Registrera beslutet' }).click();
  await expect(page.getByRole('alert')).toContainText('Motivering');
  await page.getByLabel('Bygg en prototyp').check();
  await page.getByLabel('Motivering').fill('Vi bygger en kartlänk i kallelsen och testar den i vår.');
  await page.getByRole('button', { name: 'Registrera beslutet' }).click();
  await expect(page.getByRole('status')).toContainText('Beslutet är registrerat');
  await expect(page.getByRole('main')).toContainText('Vi bygger en kartlänk i kallelsen');
  await page.getByLabel('Vad ska göras').fill(`Ta fram kartlänken ${stamp}`);
  await page.getByLabel('Ansvarig (e-post)').fill(organizer.email);
  await page.getByLabel('Klart senast').fill('2027-05-31');
  await page.getByRole('button', { name: 'Lägg till åtgärden' }).click();
  await expect(page.getByRole('status')).toContainText('Åtgärden är tillagd');
  await expect(page.getByRole('article', { name: `Ta fram kartlänken ${stamp}` })).toContainText('3 månader efter bootcampen');
  await expectAccessible(page);

  // The learning is in the library for everyone.
  await page.goto(`/learnings?q=${encodeURIComponent('vägbeskrivningen')}`);
  await expect(page.getByRole('article', { name: `Påminnelsen räcker inte ${stamp}` })).toBeVisible();
  await expectAccessible(page);
});

test('the 2018 round: a check-in answered, the report in print, presentation mode and retrospective', async ({ page }, testInfo) => {
  // Each project takes over a different open 2018 action, whose 2019 check-ins wait.
  const [proposal, action] = testInfo.project.use.javaScriptEnabled === false
    ? [/^Upplevelsen att chatta/, /^Fråga ledningsgruppen/]
    : [/^Ungas upplevelse/, /^Testa en vuxen från socialtjänsten/];
  await signIn(page, organizer.email, organizer.password);
  await page.goto('/rounds');
  // A click while the page is coming alive can be lost between the browser and the router.
  await whenLive(page);
  await page.getByRole('link', { name: 'Bootcamp hösten 2018' }).click();
  // With JavaScript the address changes once the page's code has arrived (lazy routes).
  await page.waitForURL(/\/rounds\/[a-z0-9]+$/);
  const roundPath = new URL(page.url()).pathname;

  // The organizer gives the action to themselves (its owner has left), then answers as owner.
  await page.getByRole('link', { name: proposal }).first().click();
  await page.getByRole('link', { name: 'Visa uppföljningen' }).click();
  const card = page.getByRole('article', { name: action });
  await card.getByText('Byt ansvarig').click();
  await card.getByLabel('Ansvarig (e-post)').fill(organizer.email);
  await card.getByRole('button', { name: 'Spara ny ansvarig' }).click();
  await expect(page.getByRole('status')).toContainText('Sparat');
  await expect(page.getByRole('article', { name: action })).toContainText('Olga Organisatör');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Uppföljning', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Min uppföljning' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Avstämningar som väntar på din lägesrapport');
  const mine = page.getByRole('article', { name: action });
  await mine.getByRole('button', { name: 'Skicka lägesrapporten' }).first().click();
  await expect(page.getByRole('alert').first()).toContainText('Kort lägesrapport');
  const answer = `Fältarna fortsätter två kvällar i veckan (${testInfo.project.name}).`;
  await page.getByRole('article', { name: action }).getByLabel(/Kort lägesrapport/).first().fill(answer);
  await page.getByRole('article', { name: action }).getByRole('button', { name: 'Skicka lägesrapporten' }).first().click();
  await expect(page.getByRole('status')).toContainText('Sparat');
  await expect(page.getByRole('article', { name: action })).toContainText(answer);
  await expectAccessible(page);

  // The report, read on screen and printed: each section on its own page.
  await page.goto(`${roundPath}/report`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Rapport: Bootcamp hösten 2018');
  for (const name of ['Vad vi gjorde', 'Det här funkade bra', 'Det här funkade inte', 'Lärdomar', 'Rekommendationer till förvaltningen', 'Siffror']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByRole('img', { name: 'Från förslag till uppföljning' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ladda ner som Markdown' })).toHaveAttribute('href', /report\.md$/);
  await expectAccessible(page);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(8);

  // The presentation mode moves with the keyboard (or its links without JavaScript).
  await page.goto(`${roundPath}/presentation`);
  await expect(page.getByRole('heading', { level: 1, name: 'Slutpresentation' })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Stora hörsalen');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Starta presentationsläget' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Slutpresentation: Bootcamp hösten 2018');
  await expectAccessible(page);
  if (testInfo.project.use.javaScriptEnabled !== false) {
    await whenLive(page);
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/slide=1$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ungas upplevelse');
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/slide=2$/);
    await page.keyboard.press('ArrowLeft');
    await expect(page).toHaveURL(/slide=1$/);
  } else {
    await page.getByRole('link', { name: 'Nästa' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Ungas upplevelse');
  }

  // The retrospective, with the seed's items chosen for the report.
  await page.goto(`${roundPath}/retro`);
  await expect(page.getByRole('region', { name: 'Det här funkade bra' })).toContainText('Samarbete över gränserna');
  await expectAccessible(page);
});
