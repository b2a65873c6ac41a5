import { expect, test } from '@playwright/test';
import { HR_SKILL, hrWorld } from './support/hr-world';
import { expectAccessible, finalScreenshot, logIn } from './support/journey';

const TITLE = 'Medewerker milieustraat';

test('an HR lead posts and opens a vacancy, answers a match as the employer, and opens the ledger', async ({
  page,
}) => {
  const { host, password, pc4 } = hrWorld();
  await logIn(page, host.email, password);
  await page.getByRole('link', { name: 'Vacatures' }).click();
  await page.getByRole('link', { name: 'Nieuwe vacature' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' })).toBeVisible();
  await page.getByLabel('Functietitel').fill(TITLE);
  await page.getByLabel('Omschrijving').fill('Je helpt bewoners hun afval gescheiden aan te leveren.');
  await page.getByLabel('Postcodegebied werkplek').fill(pc4);
  await page.getByRole('combobox', { name: 'Vereiste vaardigheden' }).fill(HR_SKILL.query);
  await page.getByRole('option', { name: HR_SKILL.label, exact: true }).click();
  await page.keyboard.press('Escape');
  await expectAccessible(page, 'new vacancy');
  await page.getByRole('button', { name: 'Vacature aanmaken' }).click();

  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
  await page.getByRole('button', { name: 'Openen' }).click();
  await expect(page.getByText('Open', { exact: true })).toBeVisible();
  await expectAccessible(page, 'vacancy');

  await page.getByRole('link', { name: `Kandidaten voor ${TITLE}` }).click();
  const candidate = page.getByRole('article', { name: `Kandidaat ${host.candidateCode}` });
  // The worker scores an opened vacancy within moments; the page shows the list as it was when loaded.
  await expect(async () => {
    await page.reload();
    await expect(candidate).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
  await candidate.getByRole('button', { name: 'Geen interesse' }).click();
  const dialog = page.getByRole('dialog', {
    name: `Waarom geen interesse in Kandidaat ${host.candidateCode}?`,
  });
  await dialog.getByRole('button', { name: 'Versturen' }).click();
  await expect(dialog.getByText('Geef een reden op.')).toBeVisible();
  await dialog.getByLabel('Reden').fill('De uren passen niet bij onze roosters.');
  await dialog.getByRole('button', { name: 'Versturen' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    candidate.getByText('Je organisatie heeft aangegeven geen interesse te hebben.'),
  ).toBeVisible();
  await expect(candidate.getByText('Afgewezen')).toBeVisible();
  await expectAccessible(page, 'vacancy matches answered');

  // No silent dead ends: who drops out on which rule, and why one candidate is (not) on the list.
  await page.getByRole('button', { name: 'Tel per regel wie afvalt' }).click();
  await expect(
    page.getByText(/\d+ van de \d+ actieve kandidaten in de regio voldoen aan alle regels\./),
  ).toBeVisible();
  await page.getByLabel('Code van de kandidaat').fill(host.candidateCode);
  await page.getByRole('button', { name: 'Uitleggen' }).click();
  await expect(page.getByText('Deze kandidaat staat op de lijst.')).toBeVisible();
  await page.getByLabel('Code van de kandidaat').fill('WB-XXXXXX');
  await page.getByRole('button', { name: 'Uitleggen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Geen kandidaat met deze code' })).toBeVisible();
  await expectAccessible(page, 'vacancy diagnostics');

  await page.getByRole('link', { name: 'Uitwisselingsbalans' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uitwisselingsbalans' })).toBeVisible();
  const csv = page.getByRole('link', { name: 'Download als CSV' });
  const response = await page.request.get((await csv.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/csv');
  await expectAccessible(page, 'ledger');

  await page.getByRole('link', { name: 'Plaatsingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plaatsingen' })).toBeVisible();
  await expect(page.getByText('Er zijn geen plaatsingen.')).toBeVisible();
  await expectAccessible(page, 'placements');
  await finalScreenshot(page, 'hr-vacancy-ledger');
});

test('an HR lead sees whose contract ends within six months with nothing started, and their notifications', async ({
  page,
}) => {
  const { owner, host, password } = hrWorld();
  await logIn(page, owner.email, password);
  await page.getByRole('link', { name: 'Start op tijd' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start op tijd' })).toBeVisible();
  // The seeded candidate's contract ends in about four months, and no introduction, session or placement has started.
  const row = page.getByRole('row', { name: new RegExp(host.candidateCode) });
  await expect(row).toBeVisible();
  const contractEnd = new Intl.DateTimeFormat('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${host.contractEndDate}T12:00:00Z`));
  await expect(row.getByText(contractEnd)).toBeVisible();
  await expectAccessible(page, 'start on time');
  await row.getByRole('link', { name: host.candidateCode }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(host.candidateCode) })).toBeVisible();

  await page.getByRole('link', { name: /^Meldingen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
  await expect(page.getByText('Berichten over jullie matches')).toBeVisible();
  await expectAccessible(page, 'hr notifications');
  // News by mail is on by default; turned off it stays off after a reload, and back on.
  const mailSwitch = page.getByRole('switch', { name: 'Stuur me een e-mail als er nieuwe meldingen zijn' });
  await expect(mailSwitch).toBeChecked();
  await mailSwitch.click();
  await expect(mailSwitch).not.toBeChecked();
  await page.reload();
  await expect(mailSwitch).not.toBeChecked();
  await mailSwitch.click();
  await expect(mailSwitch).toBeChecked();
  await finalScreenshot(page, 'hr-start-on-time');
});
