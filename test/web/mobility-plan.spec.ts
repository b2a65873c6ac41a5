import { expect, test } from '@playwright/test';
import { jobSeekerWorld } from './support/job-seeker-world';
import { expectAccessible, finalScreenshot, logIn } from './support/journey';

const TITLE = 'Mobiliteitsplan zorg 2027';

test('an HR lead writes and publishes a mobility plan, and a job seeker compares its paths on their own figures', async ({
  page,
}) => {
  const { agenda, planAuthor, password } = jobSeekerWorld();
  const menu = page.getByRole('navigation');

  await logIn(page, planAuthor.email, password);
  await menu.getByRole('link', { name: 'Mobiliteitsplannen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mobiliteitsplannen' })).toBeVisible();
  await expectAccessible(page, 'mobility plans');
  await page.getByRole('button', { name: 'Concept aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mobiliteitsplan' })).toBeVisible();
  await expect(page.getByText('Dit plan is nog niet gepubliceerd')).toBeVisible();

  await page.getByRole('tab', { name: 'Concept bewerken' }).click();
  await page.getByRole('textbox', { name: 'Titel (Nederlands)' }).fill(TITLE);
  await page.getByRole('button', { name: 'Concept opslaan' }).click();
  await expect(page.getByText('Concept opgeslagen.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expectAccessible(page, 'mobility plan draft');

  await page.getByRole('tab', { name: 'Evenwichtig?' }).click();
  const balance = page.getByRole('table', { name: 'Waarde per pad, per voorbeeldmedewerker' });
  await expect(
    balance.getByRole('rowheader', { name: '10 jaar in dienst, € 3.200 per maand' }),
  ).toBeVisible();
  await expectAccessible(page, 'proportionality');

  await page.getByRole('tab', { name: 'Concept bewerken' }).click();
  await page.getByRole('button', { name: 'Publiceren' }).click();
  await expect(page.getByText('Gepubliceerd', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  await logIn(page, agenda.email, password);
  await menu.getByRole('link', { name: 'Mijn mobiliteitsplan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn mobiliteitsplan' })).toBeVisible();
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.getByLabel('Bruto maandsalaris zonder vakantiegeld (€)').fill('3000');
  await page.getByLabel('Jaren in dienst bij deze werkgever').fill('12');
  await page.getByLabel('Jaren arbeidsverleden in totaal').fill('20');
  await page.getByRole('button', { name: 'Vergelijken' }).click();
  // Own way: 125 % of the transition payment, 1/3 × (3,000 × 1.08) × 12 = 12,960 → 16,200.
  const totals = page.getByRole('table', { name: /Per pad, over de eerste 24 maanden/ });
  await expect(totals.getByRole('row', { name: /Eigen weg/ })).toContainText('€ 16.200');
  await page.getByRole('button', { name: 'Hoe is "Eigen weg" berekend?' }).click();
  await expect(page.getByText(/125% van de wettelijke transitievergoeding: 1\/3 × maandloon/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Maand voor maand, bruto' })).toBeVisible();
  await expectAccessible(page, 'comparison');

  await page.getByRole('tab', { name: 'Informatiegids' }).click();
  await expect(page.getByRole('heading', { name: 'Waarom dit plan' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Concept bewerken' })).toHaveCount(0);
  await finalScreenshot(page, 'mobility-plan');
});
