import { expect, test } from './fixtures';
import { expectAccessible, signIn, uniqueEmail } from './helpers';

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
