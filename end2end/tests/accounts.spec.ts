import { expect, test } from './fixtures';
import { expectAccessible, organizer, signIn, signUp, uniqueEmail } from './helpers';

test('sign up refuses a weak password, keeps what was typed, then creates the account', async ({ page }, testInfo) => {
  const email = uniqueEmail(testInfo, 'anneli');
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { level: 1, name: 'Skapa konto' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Namn').fill('Anneli Svensson');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill('kort');
  await page.getByRole('button', { name: 'Skapa konto' }).click();

  await expect(page.getByRole('alert')).toContainText('Lösenordet måste ha minst 10 tecken');
  await expect(page.getByLabel('Namn')).toHaveValue('Anneli Svensson');
  await expect(page.getByLabel('E-post')).toHaveValue(email);
  await expect(page.getByLabel('Lösenord')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await page.getByLabel('Lösenord').fill('kaffe och kanelbullar');
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  await expect(page.getByText('Inloggad som')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Anneli Svensson');
  await expectAccessible(page);
});

test('a taken e-mail is refused with a message', async ({ page }, testInfo) => {
  const email = uniqueEmail(testInfo, 'dubbel');
  for (const attempt of [1, 2]) {
    await page.context().clearCookies();
    await page.goto('/sign-up');
    await page.getByLabel('Namn').fill(`Dubbel ${attempt}`);
    await page.getByLabel('E-post').fill(email);
    await page.getByLabel('Lösenord').fill('ett riktigt bra lösenord');
    await page.getByRole('button', { name: 'Skapa konto' }).click();
    if (attempt === 1) await expect(page.getByText('Inloggad som')).toBeVisible();
  }
  await expect(page.getByRole('alert')).toContainText('Det finns redan ett konto med den e-postadressen');
  await expect(page.getByLabel('E-post')).toHaveValue(email);
});

test('sign in: wrong password is refused, right one signs in, sign out signs out', async ({ page }, testInfo) => {
  const email = uniqueEmail(testInfo, 'helena');
  await page.goto('/sign-up');
  await page.getByLabel('Namn').fill('Helena Berg');
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill('helt annat lösenord');
  await page.getByRole('button', { name: 'Skapa konto' }).click();
  await expect(page.getByText('Inloggad som')).toBeVisible();
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await expect(page.getByRole('link', { name: 'Logga in' })).toBeVisible();

  await page.goto('/sign-in');
  await expectAccessible(page);
  await page.getByLabel('E-post').fill(email);
  await page.getByLabel('Lösenord').fill('fel lösenord här');
  await page.getByRole('button', { name: 'Logga in' }).click();
  await expect(page.getByRole('alert')).toContainText('Fel e-post eller lösenord');
  await expect(page.getByLabel('E-post')).toHaveValue(email);
  await expectAccessible(page);

  await signIn(page, email, 'helt annat lösenord');
  await expect(page.getByRole('banner')).toContainText('Helena Berg');
});

test('an organizer makes a password link; using it sets the password and signs out the old session', async ({ page, browser, baseURL }, testInfo) => {
  const email = uniqueEmail(testInfo, 'glomsk');
  const name = `Glömsk ${testInfo.project.name} ${Date.now()}`;
  const options = { baseURL, javaScriptEnabled: testInfo.project.use.javaScriptEnabled, locale: 'sv-SE' };
  // The person's own browser, signed in.
  const theirs = await browser.newContext(options);
  const theirPage = await theirs.newPage();
  await signUp(theirPage, name, email);

  await signIn(page, organizer.email, organizer.password);
  await page.goto('/people');
  await page.getByRole('link', { name: `Nytt lösenord – ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Länk för nytt lösenord' })).toBeVisible();
  await page.getByRole('button', { name: 'Skapa ny länk' }).click();
  const field = page.getByLabel('Länken (gäller en timme, en gång)');
  await expect(field).toHaveValue(/\/aterstall\/[A-Za-z0-9_-]+$/);
  await expectAccessible(page);
  const link = await field.inputValue();

  // Someone else's browser (a new phone) opens the link.
  const phone = await browser.newContext(options);
  const phonePage = await phone.newPage();
  await phonePage.goto(new URL(link).pathname);
  await expect(phonePage.getByRole('heading', { level: 1, name: 'Välj ett nytt lösenord' })).toBeVisible();
  await expect(phonePage.getByText(name)).toBeVisible();
  await expectAccessible(phonePage);
  await phonePage.getByLabel('Nytt lösenord').fill('kort');
  await phonePage.getByRole('button', { name: 'Spara lösenordet och logga in' }).click();
  await expect(phonePage.getByRole('alert')).toContainText('minst 10 tecken');
  await phonePage.getByLabel('Nytt lösenord').fill('en ny vår i Båstad');
  await phonePage.getByRole('button', { name: 'Spara lösenordet och logga in' }).click();
  await expect(phonePage.getByRole('banner')).toContainText(name);

  // The old session is gone; the link works once only.
  await theirPage.goto('/');
  await expect(theirPage.getByRole('link', { name: 'Logga in' })).toBeVisible();
  await theirPage.goto(new URL(link).pathname);
  await expect(theirPage.getByRole('alert')).toContainText('Länken gäller inte längre');
  await signIn(theirPage, email, 'en ny vår i Båstad');
  await theirs.close();
  await phone.close();
});
