import { expect, test } from '@playwright/test';
import { hrWorld } from './support/hr-world';
import { expectAccessible, finalScreenshot, logIn } from './support/journey';

const day = (offset: number, from = new Date()) =>
  new Date(from.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

test("the host's HR lead agrees to a placement after reading Werkbrug's proposal, declares capacity, reads the ledger over time and records a match's outcome", async ({
  page,
}) => {
  const { host } = hrWorld().placements;
  await logIn(page, host.email, hrWorld().password);
  await page.getByRole('link', { name: 'Plaatsingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plaatsingen' })).toBeVisible();
  await page
    .getByRole('link', { name: `Plaatsing van ${host.lenderName} naar ${host.employerName} bekijken` })
    .click();

  await expect(
    page.getByRole('heading', {
      level: 1,
      name: `Detachering van ${host.lenderName} naar ${host.employerName}`,
    }),
  ).toBeVisible();
  await expect(page.getByText(/^Voorgestelde periode: .+, 16 uur per week\.$/)).toBeVisible();
  await expect(page.getByText('Er passen minder uren per week dan gevraagd.')).toBeVisible();
  await expect(page.getByRole('row', { name: 'Ontvangende werkgever Nog niet' })).toBeVisible();
  await expectAccessible(page, 'placement proposed');
  await page.getByRole('button', { name: 'Instemmen' }).click();
  await expect(page.getByRole('row', { name: 'Ontvangende werkgever Ja' })).toBeVisible();
  await expect(
    page
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Ontvangende werkgever stemt in' }) }),
  ).toContainText('Akkoord');
  await expect(page.getByRole('button', { name: 'Instemmen' })).toBeHidden();
  await expectAccessible(page, 'placement agreed');

  await page.getByRole('link', { name: 'Terug naar de plaatsingen' }).click();
  await expect(page.getByText('Je organisatie heeft nog geen ruimte opgegeven.')).toBeVisible();
  await page.getByRole('button', { name: 'Ruimte opgeven' }).click();
  await expect(page.getByText('Kies een begindatum.')).toBeVisible();
  await page.getByLabel('Vanaf').fill(day(0));
  await page.getByLabel('Uren per week').fill('40');
  await page.getByRole('button', { name: 'Ruimte opgeven' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De ruimte is opgegeven.' })).toBeVisible();
  const capacity = page.getByRole('table', { name: 'Opgegeven ruimte en wat daarvan in gebruik is' });
  // 40 declared, the agreed secondment's 16 in use, 24 free.
  await expect(capacity.getByRole('row').nth(1)).toContainText(/40\s*16\s*24/);
  await expectAccessible(page, 'placements with capacity');

  await page.getByRole('link', { name: 'Uitwisselingsbalans' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uitwisselingsbalans' })).toBeVisible();
  const year = new Date().getFullYear();
  await page.getByLabel('Tot en met').fill(`${year + 1}-12-31`);
  const csvLink = page.getByRole('link', { name: 'Download als CSV' });
  await expect(csvLink).toHaveAttribute('href', new RegExp(`to=${year + 1}-12-31`));
  await expect(page.getByRole('heading', { name: 'Verloop per partner' })).toBeVisible();
  await expect(
    page.getByRole('img', {
      name: `Grafiek van uitgeleende en ingeleende uren met ${host.lenderName} per periode`,
    }),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: `Uren met ${host.lenderName} per periode` })).toBeAttached();
  const download = page.waitForEvent('download');
  await csvLink.click();
  const csv = await download;
  expect(csv.suggestedFilename()).toBe(`wederkerigheid-${year}-01-01-${year + 1}-12-31.csv`);
  await expectAccessible(page, 'ledger chart');

  await page.getByRole('link', { name: 'Vacatures' }).click();
  await page.getByRole('link', { name: `Kandidaten voor ${host.vacancyTitle}` }).click();
  await page.getByLabel('Stand van zaken').selectOption({ label: 'Voorgesteld aan elkaar' });
  const candidate = page.getByRole('article', { name: `Kandidaat ${host.candidateCode}` });
  await expect(candidate).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(1);
  await candidate.getByRole('button', { name: 'Uitkomst vastleggen' }).click();
  const dialog = page.getByRole('dialog', { name: `Uitkomst voor Kandidaat ${host.candidateCode}` });
  // A hire asks for its terms (the candidate then leaves the pool); this match becomes a secondment instead.
  await dialog.getByLabel('Uitkomst').selectOption({ value: 'HIRED' });
  await expect(dialog.getByLabel('Startdatum')).toBeVisible();
  await expect(dialog.getByLabel('Soort contract')).toHaveValue('PERMANENT');
  await expectAccessible(page, 'match outcome dialog with a hire');
  await dialog.getByLabel('Uitkomst').selectOption({ label: 'Detachering' });
  await expect(dialog.getByLabel('Startdatum')).toBeHidden();
  await expectAccessible(page, 'match outcome dialog');
  await dialog.getByRole('button', { name: 'Uitkomst opslaan' }).click();
  await expect(dialog).toBeHidden();
  // Closed by its outcome, the match leaves the "introduced" filter and shows under "closed".
  await expect(page.getByText('Geen kandidaten met deze filters.')).toBeVisible();
  await page.getByLabel('Stand van zaken').selectOption({ label: 'Afgesloten' });
  await expect(candidate.getByText('Uitkomst: Detachering')).toBeVisible();
  await expect(candidate.getByRole('button', { name: 'Uitkomst vastleggen' })).toBeHidden();
  await expectAccessible(page, 'match outcome recorded');
  await finalScreenshot(page, 'hr-placement-host');
});

test("the candidate's HR lead proposes a secondment from a match and, after Werkbrug's proposal, sees the conflict a change causes with another placement", async ({
  page,
}) => {
  const { password, placements } = hrWorld();
  const { lender } = placements;
  await logIn(page, lender.email, password);
  await page.getByRole('link', { name: lender.candidateCode }).click();
  await page.getByRole('tab', { name: 'Matches' }).click();
  await page.getByRole('link', { name: `Plaatsing voorstellen voor ${lender.vacancyTitle}` }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Plaatsing voorstellen' })).toBeVisible();
  await page.getByRole('button', { name: 'Plaatsing voorstellen' }).click();
  await expect(page.getByRole('textbox', { name: 'Contactpersoon uitlenende werkgever' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await page.getByRole('textbox', { name: 'Contracturen per week' }).fill('32');
  await page.getByRole('textbox', { name: 'Uren eigen werk per week' }).fill('8');
  await page.getByRole('textbox', { name: 'Contactpersoon uitlenende werkgever' }).fill('P. Jansen, HR');
  await page
    .getByRole('textbox', { name: 'Contactpersoon ontvangende werkgever' })
    .fill('R. Smit, filiaalleider');
  await expectAccessible(page, 'propose placement');
  await page.getByRole('button', { name: 'Plaatsing voorstellen' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /^Detachering van / })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
  // The worker proposes dates and hours within moments; the page looks again until it has.
  await expect(page.getByText(/^Voorgestelde periode: /)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('heading', { name: 'Opmerkingen bij het voorstel' })).toBeVisible();
  await expect(page.getByText('Er zijn geen knelpunten.')).toBeVisible();
  await expectAccessible(page, 'placement planned');

  await page.getByRole('link', { name: 'Afspraken wijzigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Afspraken wijzigen' })).toBeVisible();
  await page.getByLabel('Startdatum').fill(lender.otherStart);
  await page.getByLabel('Einddatum').fill(day(30, new Date(lender.otherStart)));
  await expectAccessible(page, 'change terms');
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();

  await expect(page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' })).toBeVisible();
  await expect(page.getByText(/in twee plaatsingen tegelijk zitten/)).toBeVisible();
  // The dates are the HR lead's now, no longer Werkbrug's proposal.
  await expect(page.getByRole('heading', { name: 'Periode en uren' })).toBeVisible();
  await expect(page.getByText('Moet opgelost').first()).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Afspraken gewijzigd' })).toBeVisible();
  await expectAccessible(page, 'placement in conflict');
  await finalScreenshot(page, 'hr-placement-lender');
});

test("the candidate's HR lead records, for a candidate without an account, the consents read out to them: to the introduction, then to a placement", async ({
  page,
}) => {
  const { password, placements } = hrWorld();
  const { lender, host } = placements;
  await logIn(page, lender.email, password);
  await page.getByRole('link', { name: lender.candidateWithoutAccountCode }).click();
  await page.getByRole('tab', { name: 'Matches' }).click();
  const open = page.getByRole('button', { name: `Toestemming vastleggen voor ${host.vacancyTitle}` });
  await open.click();
  const dialog = page.getByRole('dialog', { name: `Toestemming voor kennismaking: ${host.vacancyTitle}` });
  await expect(dialog.getByText(/^Ik geef toestemming/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(dialog.getByText('Kies hoe de kandidaat toestemming gaf.')).toBeVisible();
  await expectAccessible(page, 'consent on behalf');
  await dialog.getByRole('radio', { name: 'Telefonisch' }).check();
  await dialog.getByRole('button', { name: 'Toestemming vastleggen' }).click();

  await expect(dialog).toBeHidden();
  await expect(open).toBeHidden();
  await expect(
    page.getByRole('article', { name: host.vacancyTitle }).getByText('Voorgesteld aan elkaar'),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Toestemmingen' }).click();
  const introduction = page
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: /^Persoonsgegevens tonen voor een kennismaking/ }) });
  await expect(introduction).toContainText('door de HR-adviseur namens de kandidaat');
  await expect(introduction).toContainText('Geldig');

  // Introduced: a secondment follows, and the candidate's consent to it is recorded the same way.
  await page.getByRole('tab', { name: 'Matches' }).click();
  await page.getByRole('link', { name: `Plaatsing voorstellen voor ${host.vacancyTitle}` }).click();
  await page.getByRole('textbox', { name: 'Contracturen per week' }).fill('32');
  await page.getByRole('textbox', { name: 'Uren eigen werk per week' }).fill('8');
  await page.getByRole('textbox', { name: 'Contactpersoon uitlenende werkgever' }).fill('P. Jansen, HR');
  await page.getByRole('textbox', { name: 'Contactpersoon ontvangende werkgever' }).fill('M. de Boer');
  await page.getByRole('button', { name: 'Plaatsing voorstellen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Detachering van / })).toBeVisible();
  await expect(page.getByText(/^Voorgestelde periode: /)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('row', { name: 'Kandidaat Nog niet' })).toBeVisible();
  await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  const terms = page.getByRole('dialog', { name: 'Instemming van de kandidaat met de plaatsing' });
  await expect(terms.getByRole('blockquote')).toContainText('uur per week');
  await terms.getByRole('radio', { name: 'In een gesprek' }).check();
  await expectAccessible(page, 'placement consent on behalf');
  await terms.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await expect(terms).toBeHidden();
  await expect(page.getByRole('row', { name: 'Kandidaat Ja' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Toestemming vastleggen' })).toBeHidden();
});
