import { expect, test } from '@playwright/test';
import { invitationCodeFromMail, jobSeekerWorld } from './support/job-seeker-world';
import { expectAccessible, finalScreenshot } from './support/journey';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('a job seeker on a phone claims the account with the code from the invitation mail', async ({
  page,
  context,
}) => {
  const { invited } = jobSeekerWorld();

  await page.goto('/login');
  await page.getByRole('link', { name: 'Uitnodigingscode gekregen? Maak je account aan' }).click();
  await expect(page).toHaveURL(/\/claim$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Je account aanmaken' })).toBeVisible();
  await expectAccessible(page, 'claim');

  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByLabel('Uitnodigingscode')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Vul dit veld in.')).toHaveCount(4);

  await page
    .getByLabel('Uitnodigingscode')
    .fill(await invitationCodeFromMail(invited.mailDir, invited.email));
  await page.getByLabel('E-mailadres').fill(invited.email);
  await page.getByLabel('Hoe mogen we je noemen?').fill('Fatima');
  const password = page.getByLabel('Kies een wachtwoord');
  await password.fill('wachtwoord1234');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByText(/^Dit wachtwoord is te gewoon of te makkelijk te raden\./)).toBeVisible();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'claim with a refused password');

  await password.fill('rivierklei-ochtendmist-zeilboot');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn suggesties' })).toBeVisible();
  const session = (await context.cookies()).find((c) => c.name === 'werkbrug_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  await page.getByRole('button', { name: 'Menu openen' }).click();
  await expect(page.getByText('Ingelogd als Fatima (werkzoekende)')).toBeVisible();
  await expectAccessible(page, 'suggestions after the claim');
  await finalScreenshot(page, 'job-seeker-claim');
});
