import { expect, test } from '@playwright/test';
import { jobSeekerWorld } from './support/job-seeker-world';
import { expectAccessible, finalScreenshot, logIn } from './support/journey';

const TITLE = 'Mobiliteitsplan zorg 2027';

test('an HR lead writes and publishes a mobility plan, and a job seeker compares its paths on their own figures', async ({
  page,
}) => {
  const { agenda, planAuthor, regionTeam, password } = jobSeekerWorld();
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
  // Kept for next time because they ask, for them alone.
  await page.getByRole('checkbox', { name: 'Bewaar mijn cijfers voor de volgende keer' }).check();
  await page.getByRole('button', { name: 'Vergelijken' }).click();
  await expect(page.getByText(/Je cijfers zijn bewaard op/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Bruto maandsalaris zonder vakantiegeld (€)')).toHaveValue('3000');
  await expect(page.getByLabel('Jaren in dienst bij deze werkgever')).toHaveValue('12');
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

  // Choosing the guidance path asks their own consent to share the profile, so matching starts at once.
  await page.getByRole('tab', { name: 'Kiezen' }).click();
  await expect(page.getByText('Je hebt nog geen pad gekozen.')).toBeVisible();
  await page.getByRole('radio', { name: 'Begeleiding naar werk in de regio' }).check();
  await page.getByRole('checkbox', { name: /Ik geef toestemming om mijn profiel/ }).check();
  await expectAccessible(page, 'choose a path');
  await page.getByRole('button', { name: 'Keuze vastleggen' }).click();
  await expect(page.getByText('Je keuze is vastgelegd.')).toBeVisible();
  await expect(page.getByText(/Je koos "Begeleiding naar werk in de regio"/)).toBeVisible();

  // A question in the open. A shop's name taken for a person's: the employee says it is not one, and asks.
  await page.getByRole('tab', { name: 'Vragen' }).click();
  await page.getByLabel('Je vraag over het plan').fill('Telt werk bij Bart Smit mee als passend werk?');
  await page.getByRole('button', { name: 'Vraag stellen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'naam van een persoon' })).toBeVisible();
  await page.getByRole('button', { name: 'Het is geen naam van een persoon: toch stellen' }).click();
  await expect(page.getByText('Je vraag is gesteld.')).toBeVisible();
  await expect(page.getByRole('article', { name: /Bart Smit/ }).getByText('Jouw vraag')).toBeVisible();
  // And one asked anonymously.
  await page
    .getByLabel('Je vraag over het plan')
    .fill('Telt een vaste dertiende maand mee voor het maandloon?');
  await page.getByRole('checkbox', { name: /Anoniem stellen/ }).check();
  await page.getByRole('button', { name: 'Vraag stellen' }).click();
  await expect(page.getByText('Je vraag is gesteld.')).toBeVisible();
  await expect(
    page.getByRole('article', { name: /dertiende maand/ }).getByText('Wacht op antwoord'),
  ).toBeVisible();
  await expectAccessible(page, 'questions');
  await finalScreenshot(page, 'mobility-plan');
  await page.getByRole('button', { name: 'Uitloggen' }).click();

  // The HR lead sees the choice: a count per path, and who for the path they follow up.
  await logIn(page, planAuthor.email, password);
  await menu.getByRole('link', { name: 'Mobiliteitsplannen' }).click();
  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('tab', { name: 'Keuzes' }).click();
  const choices = page.getByRole('table', { name: 'Keuzes per pad' });
  const guidance = choices.getByRole('row', { name: /Begeleiding naar werk in de regio/ });
  await expect(guidance).toContainText('1');
  await expect(guidance.getByRole('link', { name: /^WB-/ })).toBeVisible();
  await expect(choices.getByRole('row', { name: /Eigen weg/ })).toContainText('Alleen het aantal');
  await expectAccessible(page, 'choices');

  // The HR lead answers the question for everyone, without seeing who asked.
  await page.getByRole('tab', { name: 'Vragen' }).click();
  const question = page.getByRole('article', { name: /dertiende maand/ });
  await expect(question.getByText('Anoniem gesteld')).toBeVisible();
  await question.getByLabel('Antwoord (Nederlands)').fill('Ja, een vaste dertiende maand telt mee.');
  await question.getByLabel('Antwoord (Engels)').fill('Yes, a fixed thirteenth month counts.');
  await question.getByRole('button', { name: 'Antwoord publiceren' }).click();
  await expect(
    question.getByText('Ja, een vaste dertiende maand telt mee.', { exact: false }).first(),
  ).toBeVisible();
  await expect(question.getByText('Wacht op antwoord')).toHaveCount(0);
  await expectAccessible(page, 'answered question');

  await page.getByRole('button', { name: 'Uitloggen' }).click();

  // The region's mobility team sees the choice on its region page: a count per path, nobody named.
  await logIn(page, regionTeam.email, password);
  await expect(
    page.getByRole('heading', { level: 1, name: `Regio-overzicht ${regionTeam.regionCode}` }),
  ).toBeVisible();
  const regionChoices = page.getByRole('region', { name: 'Keuzes onder de mobiliteitsplannen' });
  await expect(
    regionChoices
      .getByRole('table', { name: 'Gekozen paden in de hele regio, per soort pad' })
      .getByRole('row', { name: /Begeleiding naar werk/ }),
  ).toContainText('1');
  const planTable = regionChoices.getByRole('table', { name: new RegExp(TITLE) });
  await expect(planTable.getByRole('row', { name: /Totaal gekozen/ })).toContainText('1');
  await expect(regionChoices.getByText(/^WB-/)).toHaveCount(0);
  await expectAccessible(page, 'region plan choices');
});
