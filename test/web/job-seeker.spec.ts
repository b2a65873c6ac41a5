import { expect, test } from '@playwright/test';
import { expectAccessible, finalScreenshot, logIn, world } from './support/journey';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('a job seeker on a phone reviews suggestions, answers them, reads why, and switches to English', async ({
  page,
  context,
}) => {
  const { jobSeeker, password, host } = world();

  await page.goto('/job-seeker/suggestions');
  await expect(page).toHaveURL(/\/login$/);
  await expectAccessible(page, 'login');
  await logIn(page, jobSeeker.email, password);

  await expect(page.getByRole('heading', { level: 1, name: 'Mijn suggesties' })).toBeVisible();
  const session = (await context.cookies()).find((c) => c.name === 'werkbrug_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  expect(await page.evaluate<string>('document.cookie')).not.toContain('werkbrug_session');
  const first = page.getByRole('article', { name: host.vacancyTitles[0] });
  const second = page.getByRole('article', { name: host.vacancyTitles[1] });
  await expect(second).toBeVisible();
  await expectAccessible(page, 'suggestions');

  await first.getByRole('button', { name: 'Waarom deze match?' }).click();
  await expect(first.getByRole('table', { name: 'Zo is de score opgebouwd' })).toBeVisible();
  await expect(first.getByRole('heading', { name: 'Wat al past' })).toBeVisible();
  await expectAccessible(page, 'suggestions with an explanation');

  await first.getByRole('button', { name: 'Ja, interessant' }).click();
  await expect(first.getByText('Je hebt aangegeven dat je interesse hebt.')).toBeVisible();

  await second.getByRole('button', { name: 'Nee, niet voor mij' }).click();
  const dialog = page.getByRole('dialog', { name: 'Waarom past deze vacature niet?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Versturen' }).click();
  await expect(dialog.getByText('Geef een reden op.')).toBeVisible();
  await expectAccessible(page, 'reason dialog');
  await dialog.getByLabel('Reden').fill('De reistijd is te lang voor mij.');
  await dialog.getByRole('button', { name: 'Versturen' }).click();
  await expect(dialog).toBeHidden();
  await expect(second.getByText('Je hebt aangegeven dat deze vacature niet bij je past.')).toBeVisible();

  await page.reload();
  await expect(first.getByText('Je hebt aangegeven dat je interesse hebt.')).toBeVisible();

  await page.getByLabel('Taal').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'My suggestions' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page, 'suggestions in English');

  await page.getByRole('button', { name: 'Open menu' }).click();
  await page.getByRole('link', { name: 'My profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
  await expect(page.getByText(jobSeeker.publicCode)).toBeVisible();
  await expectAccessible(page, 'profile');
  await finalScreenshot(page, 'job-seeker-profile');

  // On a phone, logging out is in the menu.
  await page.getByRole('button', { name: 'Open menu' }).click();
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByText('You have been logged out.')).toBeVisible();
  expect((await context.cookies()).find((c) => c.name === 'werkbrug_session')).toBeUndefined();
  await page.goto('/job-seeker/suggestions');
  await expect(page).toHaveURL(/\/login$/);
});
