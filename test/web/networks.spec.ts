import { expect, test } from '@playwright/test';
import { openedDialog } from './support/dialog';
import { hrWorld } from './support/hr-world';
import { expectAccessible, finalScreenshot, logIn } from './support/journey';

const NETWORK = 'Zorgnetwerk Twente';

test('an HR lead starts a network, a colleague joins, the network answers a request for one employee, the offer becomes a placement, and the quarter is reviewed', async ({
  page,
}) => {
  const { networks, password } = hrWorld();
  const { asker, colleague, outsiderCandidateCode } = networks;
  const menu = page.getByRole('navigation');

  await logIn(page, asker.email, password);
  await menu.getByRole('link', { name: 'Netwerken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Werkgeversnetwerken' })).toBeVisible();
  await expectAccessible(page, 'networks');
  await page.getByRole('button', { name: 'Netwerk starten' }).click();
  const form = page.getByRole('form', { name: 'Nieuw netwerk' });
  await form.getByLabel('Naam van het netwerk').fill(NETWORK);
  await form.getByRole('combobox', { name: 'Werkgevers uitnodigen' }).fill(colleague.employerName);
  await page.getByRole('option', { name: colleague.employerName }).click();
  await page.keyboard.press('Escape');
  await form.getByLabel('Contactpersoon').fill('A. Jansen, HR-adviseur');
  await expectAccessible(page, 'new network');
  await form.getByRole('button', { name: 'Netwerk starten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NETWORK })).toBeVisible();
  const members = page.getByRole('table', { name: 'Leden' });
  await expect(members.getByRole('row', { name: new RegExp(colleague.employerName) })).toContainText(
    'Uitgenodigd',
  );
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  // The colleague joins for the minimum six months, with the contact colleagues may call.
  await logIn(page, colleague.email, password);
  await menu.getByRole('link', { name: 'Netwerken' }).click();
  await page.getByRole('link', { name: NETWORK }).click();
  const join = page.getByRole('form', { name: 'Meedoen' });
  await join.getByLabel('Contactpersoon').fill('B. de Wit, HR');
  await join.getByLabel('Telefoon').fill('053 123 45 67');
  await join.getByRole('button', { name: 'Meedoen' }).click();
  await expect(members.getByRole('row', { name: new RegExp(colleague.employerName) })).toContainText(
    'Doet mee',
  );
  await expect(page.getByText('Er zijn nog geen hulpvragen in dit netwerk.')).toBeVisible();

  // The colleague's vacancy: the region's candidates, then only those of the network's members.
  await menu.getByRole('link', { name: 'Vacatures' }).click();
  await page.getByRole('link', { name: `Kandidaten voor ${colleague.vacancyTitle}` }).click();
  const candidate = (code: string) => page.getByRole('article', { name: `Kandidaat ${code}` });
  await expect(candidate(outsiderCandidateCode)).toBeVisible();
  await expect(candidate(asker.matchedCandidateCode)).toBeVisible();
  const scope = page.getByLabel('Netwerk', { exact: true });
  await expect(
    scope.getByRole('option', { name: 'Alle kandidaten in de regio', selected: true }),
  ).toBeAttached();
  await scope.selectOption({ label: NETWORK });
  await expect(candidate(outsiderCandidateCode)).toBeHidden();
  await expect(candidate(asker.matchedCandidateCode)).toBeVisible();
  await expectAccessible(page, 'candidates of the network');
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  // The asker puts a request for their own employee to the network.
  await logIn(page, asker.email, password);
  await menu.getByRole('link', { name: 'Netwerken' }).click();
  await page.getByRole('link', { name: NETWORK }).click();
  await page.getByRole('button', { name: 'Hulpvraag stellen' }).click();
  const ask = page.getByRole('form', { name: 'Hulpvraag stellen' });
  await ask.getByLabel('Om wie gaat het (profielcode)').selectOption({ label: asker.candidateCode });
  await ask.getByLabel('Wat zoek je').selectOption({ label: 'Tijdelijke werkervaring' });
  await ask.getByLabel('Wat biedt jouw organisatie').fill('Het salaris loopt door.');
  await ask.getByLabel('Toelichting').fill('Zoekt een half jaar ander werk met cliëntcontact.');
  await expectAccessible(page, 'ask the network');
  await ask.getByRole('button', { name: 'Hulpvraag versturen' }).click();
  const request = page.getByRole('article', { name: new RegExp(asker.candidateCode) });
  await expect(request.getByText(`Wacht nog op: ${colleague.employerName}`)).toBeVisible();
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  // The colleague answers with a conversation.
  await logIn(page, colleague.email, password);
  await menu.getByRole('link', { name: 'Netwerken' }).click();
  await page.getByRole('link', { name: NETWORK }).click();
  const answer = request.getByRole('form', { name: 'Jouw antwoord' });
  await answer.getByLabel('Wat kun je bieden').selectOption({ label: 'Een kennismakingsgesprek' });
  await answer.getByLabel('Toelichting').fill('Kom volgende week kennismaken op de afdeling dagbesteding.');
  await answer.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(request.getByText(/Een kennismakingsgesprek — Kom volgende week kennismaken/)).toBeVisible();
  await expect(request.getByText(/Eerste antwoord na/)).toBeVisible();
  // The quarter's review: the request and its offer; another member's small counts shown as "fewer than 5".
  const review = page.getByRole('region', { name: 'Terugblik', exact: true });
  await expect(review.getByText('Plaatsingen gestart')).toBeVisible();
  await expect(
    review
      .getByRole('table', { name: /^Per werkgever, \de kwartaal \d{4}$/ })
      .getByRole('row', { name: new RegExp(asker.employerName) }),
  ).toContainText('minder dan 5');
  await expectAccessible(page, 'answered request');

  // The colleague writes the employer's notes for this quarter and reads them in the review.
  const notes = review.getByRole('form', { name: /^Notities van je werkgever voor het / });
  await notes.getByLabel('Wat ging goed').fill('Binnen een dag een kennismaking geregeld voor een collega.');
  await notes.getByLabel('Knelpunten').fill('Roosters sluiten slecht op elkaar aan.');
  await notes.getByRole('button', { name: 'Notities opslaan' }).click();
  await expect(notes.getByText('Je notities zijn opgeslagen.')).toBeVisible();
  const note = review.getByRole('article', { name: new RegExp(colleague.employerName) });
  await expect(note).toContainText('Binnen een dag een kennismaking geregeld');
  await expect(note).toContainText('Roosters sluiten slecht op elkaar aan.');
  await expectAccessible(page, 'review notes');
  // The review prints with the browser's session.
  const print = review.getByRole('link', { name: 'Afdrukken' });
  const printed = await page.request.get((await print.getAttribute('href'))!);
  expect(printed.status()).toBe(200);
  expect(await printed.text()).toContain(NETWORK);
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  // The asker turns the offer into a placement at the colleague's employer.
  await logIn(page, asker.email, password);
  await menu.getByRole('link', { name: 'Netwerken' }).click();
  await page.getByRole('link', { name: NETWORK }).click();
  await request.getByRole('button', { name: 'Maak er een plaatsing van' }).click();
  const dialog = await openedDialog(page, 'Maak er een plaatsing van');
  await expect(dialog.getByLabel('Soort plaatsing')).toHaveValue('WORK_EXPERIENCE');
  await expect(dialog.getByLabel('Contactpersoon ontvangende werkgever')).toHaveValue('B. de Wit, HR');
  await expect(dialog.getByLabel('Contactpersoon uitlenende werkgever')).toHaveValue(
    'A. Jansen, HR-adviseur',
  );
  await dialog.getByLabel('Contracturen per week').fill('32');
  await expectAccessible(page, 'offer to placement');
  await dialog.getByRole('button', { name: 'Plaatsing voorstellen' }).click();
  await expect(dialog).toBeHidden();
  await expect(request.getByText('Plaatsing: Voorgesteld')).toBeVisible();
  await expect(request.getByRole('status')).toContainText(
    `De plaatsing bij ${colleague.employerName} is voorgesteld.`,
  );
  await expect(request.getByRole('button', { name: 'Maak er een plaatsing van' })).toBeHidden();
  await expect(
    request.getByRole('link', { name: `Plaatsing bij ${colleague.employerName} bekijken` }),
  ).toHaveAttribute('href', /^\/hr\/placements\/[0-9a-f-]+$/);
  await expectAccessible(page, 'offer placed');

  // The ledger scoped to the network: its CSV too.
  await menu.getByRole('link', { name: 'Uitwisselingsbalans' }).click();
  await page.getByLabel('Netwerk').selectOption({ label: NETWORK });
  await expect(page.getByRole('link', { name: 'Download als CSV' })).toHaveAttribute('href', /networkId=/);
  await expectAccessible(page, 'ledger of the network');

  // In English: the placement, the review and its print in English.
  await menu.getByRole('link', { name: 'Netwerken' }).click();
  await page.getByRole('link', { name: NETWORK }).click();
  await page.getByLabel('Taal', { exact: true }).selectOption('en');
  await expect(request.getByText(/^Placement: Proposed/)).toBeVisible();
  const english = page.getByRole('region', { name: 'Review', exact: true });
  await expect(english.getByRole('table', { name: /^Per employer, Q\d \d{4}$/ })).toBeVisible();
  const printEnglish = english.getByRole('link', { name: 'Print' });
  await expect(printEnglish).toHaveAttribute('href', /&lang=en$/);
  const printedEnglish = await page.request.get((await printEnglish.getAttribute('href'))!);
  expect(await printedEnglish.text()).toContain(`Review of ${NETWORK}`);
  await expectAccessible(page, 'network in English');
  await page.getByLabel('Language').selectOption('nl');
  await expect(request.getByText(/^Plaatsing: Voorgesteld/)).toBeVisible();
  await finalScreenshot(page, 'network-request');
});
