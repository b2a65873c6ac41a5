import { expect, test } from '@playwright/test';
import { expectAccessible, finalScreenshot, logIn } from './support/journey';
import { teamAdminWorld } from './support/team-admin-world';

const HEALTH_NOTE = 'Rugklachten na een hernia; fysiotherapie loopt nog.';

test('a counsellor runs a spoor-2 intake; the client employer confirms a precondition without seeing health details; the candidate reads it all', async ({
  page,
}) => {
  const { team, trajectory, password } = teamAdminWorld();
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });

  await logIn(page, team.email, password);
  await menu.getByRole('link', { name: 'Trajecten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trajecten' })).toBeVisible();
  await page.getByLabel('Profielcode van de kandidaat').fill(trajectory.candidateCode);
  await page.getByRole('button', { name: 'Kandidaat zoeken' }).click();
  await expect(
    page.getByText(`Kandidaat ${trajectory.candidateCode}: Re-integratie tweede spoor, Actief`),
  ).toBeVisible();
  await expect(page.getByLabel('Soort traject')).toHaveValue('SICKNESS_REINTEGRATION');
  await page.getByLabel('Trajectbegeleider').selectOption({ label: trajectory.counsellorName });
  // Without the first day of sickness the gateway explains what it is needed for.
  await page.getByRole('button', { name: 'Traject starten' }).click();
  await expect(page.getByText('Een traject tweede spoor heeft de eerste ziektedag nodig')).toBeVisible();
  const firstSicknessDay = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Eerste ziektedag').fill(firstSicknessDay);
  await expectAccessible(page, 'trajectory start form');
  await page.getByRole('button', { name: 'Traject starten' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: `Traject van ${trajectory.candidateCode}` }),
  ).toBeVisible();
  await expect(page.getByText('WIA-aanvraag uiterlijk')).toBeVisible();
  await expect(page.getByText(/\(nog \d+ weken\)/).first()).toBeVisible();
  await page.getByLabel('Score voor Motivatie en beweegredenen').selectOption('4');
  await page
    .getByLabel('Toelichting bij Motivatie en beweegredenen')
    .fill('Wil graag terug naar werk met mensen.');
  await page.getByLabel('Score voor Gezondheid').selectOption('2');
  await page.getByLabel('Toelichting bij Gezondheid').fill(HEALTH_NOTE);
  await page.getByLabel('Wat de kandidaat kan (voor de opdrachtgever)').fill('Werk zonder zwaar tillen.');
  await page.getByLabel('Het volledige traject starten').check();
  await page.getByRole('button', { name: 'Intake opslaan' }).click();
  await expect(page.getByText('Opgeslagen.')).toBeVisible();
  await page.getByLabel('Samenvatting').fill('Intakegesprek: wensen en mogelijkheden besproken.');
  await page.getByRole('button', { name: 'Contact vastleggen' }).click();
  await expect(
    page.getByRole('cell', { name: 'Intakegesprek: wensen en mogelijkheden besproken.' }),
  ).toBeVisible();
  await expectAccessible(page, 'trajectory of the counsellor');

  // The plan: goals, a search direction from ESCO, modules, the time agreed, and an action for the candidate.
  await page.getByRole('button', { name: 'Plan bewerken' }).click();
  await page.getByLabel('Doelen').fill('Binnen een half jaar werk in de logistiek, dicht bij huis.');
  await page.getByRole('combobox', { name: 'Zoekrichtingen' }).fill('magazijnmedewerker');
  await page.getByRole('option', { name: 'magazijnmedewerker', exact: true }).click();
  await page.getByLabel('Sollicitatiebegeleiding').check();
  await page.getByLabel('Afgesproken tijdsinvestering (uur per week)').fill('8');
  await expectAccessible(page, 'plan form');
  await page.getByRole('button', { name: 'Plan opslaan' }).click();
  const plan = page.getByRole('region', { name: 'Trajectplan' });
  await expect(plan.getByText('magazijnmedewerker', { exact: true })).toBeVisible();
  await expect(plan.getByText('8 uur per week')).toBeVisible();
  await plan
    .getByRole('textbox', { name: 'Actie', exact: true })
    .fill('Cv bijwerken met de magazijnervaring.');
  const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await plan.getByLabel('Uiterlijk').fill(deadline);
  await plan.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(
    plan.getByRole('cell', { name: 'Cv bijwerken met de magazijnervaring.', exact: true }),
  ).toBeVisible();

  // The candidate found work elsewhere: the follow-ups at three and six months are scheduled, not yet due.
  await page.getByRole('button', { name: 'Aanname vastleggen' }).click();
  await page.getByLabel('Bij een werkgever buiten Werkbrug').check();
  await page.getByLabel('Naam van de werkgever').fill('Thuiszorg Oost');
  await page.getByLabel('Soort contract').selectOption({ label: 'Tijdelijk' });
  await page.getByLabel('Duur in maanden (leeg bij onbepaalde tijd)').fill('12');
  await page
    .getByRole('form', { name: 'Aanname vastleggen' })
    .getByRole('button', { name: 'Aanname vastleggen' })
    .click();
  const hire = page.getByRole('article', { name: /^Thuiszorg Oost vanaf / });
  await expect(hire).toBeVisible();
  await expect(hire.getByText('Opvolging na 3 maanden', { exact: false })).toBeVisible();
  await expect(hire.getByText('Nog niet aan de beurt')).toHaveCount(2);
  await expectAccessible(page, 'hire recorded');
  await page.getByRole('button', { name: 'Intakerapportage maken' }).click();
  const report = page.getByRole('link', { name: 'Openen: Intakerapportage versie 1' });
  await expect(report).toBeVisible();
  const html = await page.request.get((await report.getAttribute('href'))!);
  expect(html.status()).toBe(200);
  expect(await html.text()).toContain(HEALTH_NOTE);
  const pdf = await page.request.get(
    (await page.getByRole('link', { name: 'Als pdf: Intakerapportage versie 1' }).getAttribute('href'))!,
  );
  expect(pdf.headers()['content-type']).toContain('application/pdf');

  await menu.getByRole('link', { name: 'Resultaten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Resultaten van de regio' })).toBeVisible();
  await expect(
    page.getByRole('rowheader', { name: 'Geplaatst binnen zes maanden na de intake' }),
  ).toBeVisible();
  await expect(page.getByRole('figure', { name: 'Percentages in een oogopslag' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Van matchmiddag naar werk' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Tekorten vandaag' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Kandidaten per open plaats' }).first()).toBeVisible();
  await page.getByLabel('Uitsplitsen naar').selectOption({ label: 'Traject' });
  await expect(page.getByRole('heading', { level: 2, name: 'Traject' })).toBeVisible();
  await expect(
    page
      .getByRole('figure', { name: 'Geplaatst binnen zes maanden na de intake, per groep' })
      .getByRole('listitem'),
  ).not.toHaveCount(0);
  const csv = page.getByRole('link', { name: 'Download als CSV' });
  const download = await page.request.get((await csv.getAttribute('href'))!);
  expect(download.status()).toBe(200);
  expect(await download.text()).toContain('PLACEMENT_RATE_6_MONTHS');
  await expectAccessible(page, 'results');
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  await logIn(page, trajectory.clientEmail, password);
  await menu.getByRole('link', { name: 'Trajecten' }).click();
  await page.getByRole('link', { name: `Traject van ${trajectory.candidateCode} openen` }).click();
  await expect(page.getByText('Werk zonder zwaar tillen.')).toBeVisible();
  await expect(page.getByText(/Het domein gezondheid en de belastbaarheid ziet alleen/)).toBeVisible();
  await expect(page.getByText(HEALTH_NOTE)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Intake opslaan' })).toHaveCount(0);
  // The client's copy of the report leaves the health details out.
  const clientCopy = await page.request.get(
    (await page.getByRole('link', { name: 'Openen: Intakerapportage versie 1' }).getAttribute('href'))!,
  );
  expect(await clientCopy.text()).not.toContain('hernia');
  await page
    .getByRole('button', {
      name: 'Bevestigen: Herplaatsing binnen de eigen organisatie is onderzocht en uitgesloten',
    })
    .click();
  await expect(page.getByText(/^Bevestigd op .+ door Test HR_LEAD$/)).toBeVisible();
  await expectAccessible(page, 'trajectory of the client');
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  await logIn(page, trajectory.jobSeekerEmail, password);
  await menu.getByRole('link', { name: 'Mijn traject' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn traject' })).toBeVisible();
  await page.getByRole('link', { name: `Traject van ${trajectory.candidateCode} openen` }).click();
  await expect(page.getByText(HEALTH_NOTE)).toBeVisible();
  await expect(page.getByText(trajectory.counsellorName).first()).toBeVisible();
  // The candidate ticks off their own action and writes how the month went.
  await page
    .getByRole('button', { name: 'Actie "Cv bijwerken met de magazijnervaring." op gedaan zetten' })
    .click();
  await expect(page.getByText(/^Gedaan op /)).toBeVisible();
  await page.getByLabel(/^Hoe ging /).fill('Cv bijgewerkt en twee keer gesolliciteerd.');
  await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
  await expect(
    page
      .getByRole('region', { name: 'Voortgang in eigen woorden' })
      // The saved note in the list, not the form's own text box (which keeps it while the month lasts).
      .getByRole('paragraph')
      .filter({ hasText: /^Cv bijgewerkt en twee keer gesolliciteerd\.$/ }),
  ).toBeVisible();
  await expectAccessible(page, 'trajectory of the candidate');
  await finalScreenshot(page, 'job-seeker-trajectory');
});
