import { expect, test } from '@playwright/test';
import { expectAccessible, finalScreenshot, logIn } from './support/journey';
import { teamAdminWorld } from './support/team-admin-world';

test('a mobility team reads its region, a session, placements and the ledger, asks and cancels an erasure, and reads the audit trail', async ({
  page,
}) => {
  const { team, password } = teamAdminWorld();
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });

  await logIn(page, team.email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Regio-overzicht AM27' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Kerncijfers' })).toBeVisible();
  const match = page.getByRole('article').first();
  await match.getByRole('button', { name: 'Waarom deze match?' }).click();
  await expect(match.getByRole('table', { name: 'Zo is de score opgebouwd' })).toBeVisible();
  await page.getByRole('button', { name: 'Alles opnieuw matchen' }).click();
  await expect(page.getByText('Laatste ronde: Klaar')).toBeVisible({ timeout: 60_000 });
  await expectAccessible(page, 'region overview');

  await menu.getByRole('link', { name: 'Matchingsbijeenkomsten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Matchingsbijeenkomsten' })).toBeVisible();
  await expectAccessible(page, 'sessions');
  await page.getByRole('link', { name: team.sessionTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: team.sessionTitle })).toBeVisible();
  const tablePlan = page.getByRole('link', { name: 'Tafelindeling afdrukken' });
  expect((await page.request.get((await tablePlan.getAttribute('href'))!)).status()).toBe(200);
  await expect(page.getByRole('table', { name: 'Werkgevers van de bijeenkomst' })).toBeVisible();
  await expectAccessible(page, 'session');

  await menu.getByRole('link', { name: 'Plaatsingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plaatsingen in de regio' })).toBeVisible();
  await expect(page.getByText('Er zijn geen plaatsingen.')).toBeVisible();
  await expectAccessible(page, 'placements');
  await menu.getByRole('link', { name: 'Uitwisselingsbalans' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Uitwisselingsbalans van de regio' }),
  ).toBeVisible();
  const csv = page.getByRole('link', { name: 'Download als CSV' });
  const download = await page.request.get((await csv.getAttribute('href'))!);
  expect(download.status()).toBe(200);
  expect(download.headers()['content-type']).toContain('text/csv');
  await expectAccessible(page, 'ledger');

  await menu.getByRole('link', { name: 'Verwijderverzoeken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Verwijderverzoeken' })).toBeVisible();
  await page.getByRole('button', { name: 'Verwijdering aanvragen' }).click();
  await expect(page.getByText('Beschrijf in minstens vijf tekens')).toBeVisible();
  await page.getByRole('combobox', { name: 'Profielcode van de kandidaat' }).fill(team.erasureCandidateCode);
  await page.getByRole('option', { name: team.erasureCandidateCode }).click();
  await page.getByLabel('Wanneer en hoe vroeg de persoon erom?').fill('Telefonisch verzoek aan het team');
  await page.getByRole('button', { name: 'Verwijdering aanvragen' }).click();
  await expect(page.getByText('De verwijdering is aangevraagd. Het profiel is gepauzeerd.')).toBeVisible();
  const request = page.getByRole('row', { name: new RegExp(team.erasureCandidateCode) });
  await expect(request.getByRole('cell', { name: 'Gepland' })).toBeVisible();
  await expectAccessible(page, 'erasure requested');
  await page.getByRole('button', { name: `Verzoek voor ${team.erasureCandidateCode} intrekken` }).click();
  await expect(page.getByText('Het verwijderverzoek is ingetrokken.')).toBeVisible();
  await expect(request.getByRole('cell', { name: 'Ingetrokken' })).toBeVisible();

  await menu.getByRole('link', { name: 'Logboek' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logboek van de regio' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Verwijderverzoek ingetrokken' })).toBeVisible();
  await page.getByLabel('Handeling').selectOption({ label: 'Verwijdering aangevraagd' });
  await expect(page.getByRole('rowheader', { name: 'Verwijdering aangevraagd' }).first()).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Verwijderverzoek ingetrokken' })).toHaveCount(0);
  await expectAccessible(page, 'audit trail');
  await finalScreenshot(page, 'team-audit-trail');
});
