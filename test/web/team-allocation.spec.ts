import { expect, test } from '@playwright/test';
import { expectAccessible, finalScreenshot, logIn, world } from './support/journey';
import { teamAdminWorld } from './support/team-admin-world';

test("a mobility team member reads the region's allocation plan and what its fairness figures mean", async ({
  page,
}) => {
  const { team, password } = teamAdminWorld();
  const { host } = world();

  await logIn(page, team.email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Regio-overzicht AM27' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Toewijzing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toewijzing' })).toBeVisible();

  const introductions = page.getByRole('table', {
    name: 'Per vacature de kandidaten om voor te stellen, beste match eerst',
  });
  await expect(
    introductions.getByRole('rowheader', { name: new RegExp(host.vacancyTitles.join('|')) }).first(),
  ).toBeVisible();
  await expect(page.getByText(/hoogstens 1 kennismaking per kandidaat/)).toBeVisible();

  const figures = page.getByRole('table', {
    name: 'Het voorstel naast ieder voor zich, met de betekenis van elk cijfer',
  });
  const overLimit = figures.getByRole('row', { name: /Kandidaten boven de grens/ });
  // The proposal never asks more of a candidate than the limit; the row says what the figure means.
  await expect(overLimit.getByRole('cell').first()).toHaveText('0');
  await expect(overLimit).toContainText('meerdere werkgevers benaderen hen tegelijk');
  await expect(figures.getByRole('rowheader', { name: 'Spreiding van de aandacht' })).toBeVisible();
  const employers = page.getByRole('table', { name: 'Wat elke werkgever in het voorstel krijgt' });
  await expect(employers).toBeVisible();
  // Every row is named, however many employers and vacancies the region has.
  await expect(page.getByText(/niet meer te zien/)).toHaveCount(0);
  await expectAccessible(page, 'allocation plan');

  await page.getByLabel('Kennismakingen per kandidaat').fill('2');
  await expect(page.getByText(/hoogstens 2 kennismakingen per kandidaat/)).toBeVisible();

  await page.getByLabel('Minimale matchscore').fill('100');
  await expect(page.getByText(/Er zijn nu geen kennismakingen voor te stellen/)).toBeVisible();
  await expect(introductions).toHaveCount(0);
  await expectAccessible(page, 'allocation plan without introductions');
  await finalScreenshot(page, 'team-allocation');
});
