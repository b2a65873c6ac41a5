import { expect, test, type Page } from '@playwright/test';
import { openedDialog } from './support/dialog';
import { expectAccessible, finalScreenshot, logIn, world } from './support/journey';
import { teamAdminWorld } from './support/team-admin-world';

const TITLE = 'Matchingsbijeenkomst Horeca';
const DAY = 24 * 3600 * 1000;
// Two journeys of many screens, each scanned by axe, on a machine shared with the gateway and the worker.
const JOURNEY_TIMEOUT = 240_000;
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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

test('a mobility team sets up a session, has it planned, locks and moves a meeting, publishes it and registers a late arrival and a no-show', async ({
  page,
}) => {
  test.setTimeout(JOURNEY_TIMEOUT);
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

  // The print page of the table plan opens in a new tab, with the same browser session.
  const print = page.getByRole('link', { name: 'Tafelindeling afdrukken' });
  await expect(print).toHaveAttribute('target', '_blank');
  const printed = await page.request.get((await print.getAttribute('href'))!);
  expect(printed.status()).toBe(200);
  expect(await printed.text()).toContain(TITLE);

  // Move the meeting: first to where it already is (refused, in the dialog), then to an early round at table 3.
  const moveButton = plan.getByRole('button', { name: /verplaatsen$/ }).first();
  const from = /ronde (\d+) aan tafel (\d+)/.exec((await moveButton.getAttribute('aria-label'))!)!;
  await moveButton.click();
  let dialog = await openedDialog(page, 'Gesprek verplaatsen');
  await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
  await expect(dialog.getByText('Het gesprek staat al in die ronde aan die tafel.')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Naar ronde' })).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'move refused');
  const targetSlot = from[1] === '1' ? '2' : '1';
  await dialog.getByRole('combobox', { name: 'Naar ronde' }).click();
  await page.getByRole('option', { name: new RegExp(`^Ronde ${targetSlot} `) }).click();
  await dialog.getByRole('combobox', { name: 'Aan tafel' }).click();
  await page.getByRole('option', { name: 'Tafel 3' }).click();
  await dialog.getByRole('button', { name: 'Verplaatsen' }).click();
  await expect(dialog).toBeHidden();
  const movedLock = plan.getByRole('button', {
    name: `Gesprek in ronde ${targetSlot} aan tafel 3 vastzetten`,
  });
  await expect(movedLock).toHaveAttribute('aria-pressed', 'true');
  await expect(
    plan.getByRole('button', { name: `Gesprek in ronde ${from[1]} aan tafel ${from[2]} vastzetten` }),
  ).toHaveCount(0);

  // On the day the candidate arrives only for round 3: the meeting (locked or not) moves to a later round.
  await candidates.getByRole('button', { name: `${jobSeeker.publicCode} komt later` }).click();
  dialog = await openedDialog(page, `${jobSeeker.publicCode} komt later`);
  await dialog.getByRole('button', { name: 'Later binnenkomen registreren' }).click();
  await expect(dialog.getByText('Kies eerst een ronde.')).toBeVisible();
  const round = dialog.getByRole('combobox', { name: 'Komt binnen vanaf ronde' });
  await expect(round).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'late arrival dialog');
  await round.click();
  // The first round is not late: only later rounds that have not begun are offered.
  await expect(page.getByRole('option', { name: /^Ronde 1 / })).toHaveCount(0);
  await page.getByRole('option', { name: /^Ronde 3 / }).click();
  await dialog.getByRole('button', { name: 'Later binnenkomen registreren' }).click();
  await expect(dialog).toBeHidden();
  const employerName = (await employers.getByRole('row').nth(1).getByRole('rowheader').textContent())!;
  const meeting = `${employerName} (1) met ${jobSeeker.publicCode}`;
  const changes = page.getByRole('region', { name: 'Wat er is veranderd' });
  await expect(changes).toBeVisible({ timeout: 60_000 });
  const movedTo = new RegExp(
    `^Verplaatst: ${literally(meeting)}, van ronde ${targetSlot} aan tafel 3 naar ronde ([34]) aan tafel ([1-3])$`,
  );
  await expect(changes.getByRole('listitem')).toHaveText([movedTo]);
  const [, lateSlot, lateTable] = movedTo.exec((await changes.getByRole('listitem').textContent())!)!;
  await expect(
    candidates
      .getByRole('row', { name: new RegExp(jobSeeker.publicCode) })
      .getByRole('cell', { name: '1, 2', exact: true }),
  ).toBeVisible();
  // Released: no longer locked where it is now.
  await expect(
    plan.getByRole('button', { name: `Gesprek in ronde ${lateSlot} aan tafel ${lateTable} vastzetten` }),
  ).toHaveAttribute('aria-pressed', 'false');
  await expectAccessible(page, 'session re-planned after a late arrival');

  // On the day the employer does not come: its meetings go and the rest of the day is planned again.
  await employers.getByRole('button', { name: `${employerName} niet verschenen` }).click();
  dialog = await openedDialog(page, `${employerName} is niet verschenen`);
  await expectAccessible(page, 'no-show confirmation');
  await dialog.getByRole('button', { name: 'Niet verschenen registreren' }).click();
  await expect(dialog).toBeHidden();
  await expect(changes.getByRole('listitem')).toHaveText(
    [`Vervallen: ${meeting} (ronde ${lateSlot}, tafel ${lateTable})`],
    {
      timeout: 60_000,
    },
  );
  await expect(employers.getByRole('cell', { name: 'Niet verschenen', exact: true })).toBeVisible();
  await expect(page.getByText('Er zijn nog geen gesprekken gepland.')).toBeVisible();
  await expectAccessible(page, 'session re-planned after a no-show');
  await finalScreenshot(page, 'team-session-no-show');
});

test('after a session has taken place, the team records an outcome and closes it', async ({ page }) => {
  test.setTimeout(JOURNEY_TIMEOUT);
  const { team, password } = teamAdminWorld();
  await logIn(page, team.email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Regio-overzicht AM27' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Matchingsbijeenkomsten' })
    .click();
  await page.getByRole('link', { name: team.heldSessionTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: team.heldSessionTitle })).toBeVisible();
  const plan = page.getByRole('table', { name: 'Tafelindeling: tafels en rondes' });
  // The rounds have begun: nothing moves any more, outcomes can be recorded.
  await expect(plan.getByRole('button', { name: /verplaatsen$/ })).toHaveCount(0);
  await plan
    .getByRole('button', { name: /^Uitkomst vastleggen/ })
    .first()
    .click();
  const dialog = await openedDialog(page, 'Uitkomst van het gesprek');
  await dialog.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
  await expect(dialog.getByText('Kies een uitkomst.')).toBeVisible();
  await expectAccessible(page, 'outcome dialog');
  await dialog.getByRole('combobox', { name: 'Uitkomst volgens de werkgever' }).click();
  await page.getByRole('option', { name: 'Vervolggesprek' }).click();
  await dialog
    .getByRole('textbox', { name: 'Toelichting (niet verplicht)' })
    .fill('Tweede gesprek volgende week.');
  await dialog.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
  await expect(dialog).toBeHidden();
  await expect(plan.getByText('Uitkomst: Vervolggesprek')).toBeVisible();
  await expectAccessible(page, 'outcome recorded');

  await page.getByRole('button', { name: 'Bijeenkomst afsluiten' }).click();
  const confirm = await openedDialog(page, 'Bijeenkomst afsluiten?');
  await expectAccessible(page, 'close confirmation');
  await confirm.getByRole('button', { name: 'Afsluiten' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('Afgesloten', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bijeenkomst afsluiten' })).toHaveCount(0);
  // Outcomes can still be recorded after closing; the plan no longer changes.
  await expect(plan.getByRole('button', { name: /^Uitkomst vastleggen/ }).first()).toBeVisible();
  await expectAccessible(page, 'session closed');
  await finalScreenshot(page, 'team-session-closed');
});
