import { expect, test } from '@playwright/test';
import { hrWorld } from './support/hr-world';
import { expectAccessible, finalScreenshot, logIn } from './support/journey';

const NETWORK = 'Zorgnetwerk Twente';

test('an HR lead starts a network, a colleague joins, and the network answers a request for one employee', async ({
  page,
}) => {
  const { networks, password } = hrWorld();
  const { asker, colleague } = networks;
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
  // The quarter's review: the request and its offer, a member's small counts shown as "fewer than 5".
  const review = page.getByRole('region', { name: 'Terugblik dit kwartaal' });
  await expect(review.getByText('Aanbiedingen')).toBeVisible();
  await expect(
    review
      .getByRole('table', { name: 'Per werkgever, dit kwartaal' })
      .getByRole('row', { name: new RegExp(colleague.employerName) }),
  ).toContainText('minder dan 5');
  await expectAccessible(page, 'answered request');
  await finalScreenshot(page, 'network-request');
});
