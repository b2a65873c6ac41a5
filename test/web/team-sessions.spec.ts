import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, finalScreenshot, logIn, world } from './support/journey';
import { teamAdminWorld } from './support/team-admin-world';

const TITLE = 'Matchingsbijeenkomst Horeca';
const DAY = 24 * 3600 * 1000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

async function setUpSession(page: Page): Promise<void> {
  const form = page.getByRole('region', { name: 'Nieuwe bijeenkomst opzetten' });
  await form.getByLabel('Naam van de bijeenkomst').fill(TITLE);
  await form.getByLabel('Locatie').fill('Wijkcentrum De Schakel');
  await form.getByLabel('Datum').fill(isoDay(30));
  await form.getByLabel('Aanmelden kan tot en met').fill(isoDay(20));
  await form.getByLabel('Aantal rondes').fill('4');
  await form.getByLabel('Aantal tafels').fill('3');
  await form.getByLabel('Minimaal aantal gesprekken per kandidaat').fill('5');
  await form.getByRole('button', { name: 'Bijeenkomst opzetten' }).click();
  // The gateway refuses the set-up as a whole; its reason shows at the field it names.
  await expect(
    form.getByText('Het minimum aantal gesprekken per kandidaat kan niet hoger zijn dan het maximum.'),
  ).toBeVisible();
  await expect(form.getByLabel('Minimaal aantal gesprekken per kandidaat')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectAccessible(page, 'session set-up refused');
  await form.getByLabel('Minimaal aantal gesprekken per kandidaat').fill('1');
  await form.getByRole('button', { name: 'Bijeenkomst opzetten' }).click();
}

test('a mobility team sets up a session, invites from the suggestions, has it planned, locks a meeting and publishes it', async ({
  page,
}) => {
  const { team, password } = teamAdminWorld();
  const { jobSeeker } = world();

  await logIn(page, team.email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Regio-overzicht AM27' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Matchingsbijeenkomsten' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Matchingsbijeenkomsten' })).toBeVisible();
  await setUpSession(page);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText('Nog niet gepland').first()).toBeVisible();

  const invite = page.getByRole('region', { name: 'Uitnodigen' });
  await invite.getByRole('group', { name: 'Voorgestelde werkgevers' }).getByRole('checkbox').first().check();
  await invite.getByRole('checkbox', { name: jobSeeker.publicCode }).check();
  await expectAccessible(page, 'session invitations');
  await invite.getByRole('button', { name: 'Uitnodigen' }).click();
  await expect(invite.getByText('1 werkgever(s) en 1 kandidaat/kandidaten uitgenodigd.')).toBeVisible();

  const employers = page.getByRole('table', { name: 'Werkgevers van de bijeenkomst' });
  await employers.getByRole('button', { name: /aanmelden$/ }).click();
  await expect(employers.getByRole('cell', { name: 'Komt', exact: true })).toBeVisible();
  const candidates = page.getByRole('table', { name: 'Kandidaten van de bijeenkomst' });
  await candidates.getByRole('button', { name: `${jobSeeker.publicCode} aanmelden` }).click();
  await expect(candidates.getByRole('cell', { name: 'Komt', exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Laten plannen' }).click();
  const plan = page.getByRole('table', { name: 'Tafelindeling: tafels en rondes' });
  await expect(plan).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Gepland' })).toBeVisible();
  await expect(plan.getByText(new RegExp(`met ${jobSeeker.publicCode}`)).first()).toBeVisible();
  const lock = plan.getByRole('button', { name: /vastzetten$/ }).first();
  await lock.click();
  await expect(lock).toHaveAttribute('aria-pressed', 'true');
  await expectAccessible(page, 'session planned');
  // The lock is the server's: it is still there after a reload.
  await page.reload();
  await expect(plan.getByRole('button', { name: /vastzetten$/ }).first()).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByRole('button', { name: 'Publiceren' }).click();
  await expect(page.getByText('Gepubliceerd: de deelnemers zien hun agenda.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publicatie intrekken' })).toBeVisible();
  await expectAccessible(page, 'session published');
  await finalScreenshot(page, 'team-session-published');
});
