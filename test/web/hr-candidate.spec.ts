import { expect, test } from '@playwright/test';
import { HR_SKILL, hrWorld } from './support/hr-world';
import { expectAccessible, finalScreenshot, logIn } from './support/journey';

test('an HR lead creates a candidate with a skill, fixes what the privacy guard refused, activates it and reads its identity', async ({
  page,
}) => {
  const { owner, password, pc4 } = hrWorld();
  await logIn(page, owner.email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten' })).toBeVisible();
  await page.getByRole('link', { name: 'Nieuwe kandidaat' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuwe kandidaat' })).toBeVisible();
  await expectAccessible(page, 'new candidate');

  await page.getByRole('textbox', { name: 'Naam', exact: true }).fill('Fatima El Amrani');
  await page.getByLabel('E-mailadres').fill('fatima.elamrani@example.nl');
  await page.getByLabel('Geboortedatum').fill('1985-03-14');
  await page.getByLabel('Traject').selectOption('WORK_TO_WORK');
  const sketch = page.getByRole('textbox', { name: 'Sterke punten' });
  await sketch.fill('Werkt nauwkeurig. Heeft een burn-out gehad en bouwt nu rustig op.');
  await page.getByRole('combobox', { name: 'Sterke vaardigheden' }).fill(HR_SKILL.query);
  await page.getByRole('option', { name: HR_SKILL.label, exact: true }).click();
  await page.keyboard.press('Escape');
  const strength = page.getByRole('group', { name: HR_SKILL.label });
  await strength.getByLabel('Niveau').selectOption('3');
  await page.getByLabel('Postcodegebied woonadres').fill(pc4);
  await page.getByLabel('De kandidaat heeft toestemming gegeven').check();
  await page.getByRole('button', { name: 'Kandidaat aanmaken' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'Niet opgeslagen' })).toBeVisible();
  await expect(sketch).toHaveAttribute('aria-invalid', 'true');
  await expect(sketch).toBeFocused();
  await expect(page.getByText(/Het veld "Sterke punten" bevat gezondheidsinformatie/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Naam', exact: true })).toHaveValue('Fatima El Amrani');
  await expect(strength.getByLabel('Niveau')).toHaveValue('3');
  await expectAccessible(page, 'privacy guard refusal');

  await sketch.fill('Werkt nauwkeurig en houdt van vaste routines. Wil graag leren plannen.');
  // Skills suggested from the sketch: what the candidate can, and what they want to learn; added one by one.
  await page.getByRole('button', { name: 'Vaardigheden voorstellen uit de schets' }).click();
  const can = page.getByRole('region', { name: 'Kan de kandidaat al' });
  await expect(can.getByText('gedetailleerd werken')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Wil de kandidaat leren' }).getByText('plannen', { exact: true }),
  ).toBeVisible();
  await expectAccessible(page, 'skill suggestions');
  await can.getByRole('button', { name: 'gedetailleerd werken toevoegen als sterkte' }).click();
  await expect(page.getByRole('group', { name: 'gedetailleerd werken' })).toBeVisible();
  await expect(can.getByText('gedetailleerd werken')).toBeHidden();
  await page.getByRole('button', { name: 'Kandidaat aanmaken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Kandidaat WB-/ })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Sterke vaardigheden' })).toBeVisible();
  await expect(page.getByText(`${HR_SKILL.label} (Vaardig)`)).toBeVisible();
  await page.getByRole('button', { name: 'Activeren' }).click();
  await expect(page.getByText('Actief', { exact: true })).toBeVisible();
  await expectAccessible(page, 'candidate');

  await page.getByRole('tab', { name: 'Toestemmingen' }).click();
  const register = page.getByRole('table', { name: /Alle toestemmingen van deze kandidaat/ });
  await expect(register.getByRole('rowheader', { name: 'Profiel delen met de regio' })).toBeVisible();
  await expectAccessible(page, 'consent register');

  await page.getByRole('tab', { name: 'Persoonsgegevens' }).click();
  await page.getByRole('button', { name: 'Gegevens tonen' }).click();
  await expect(page.getByText('Geef een reden op.')).toBeVisible();
  await page.getByLabel('Waarom heb je de gegevens nodig?').fill('Kennismakingsgesprek plannen');
  await page.getByRole('button', { name: 'Gegevens tonen' }).click();
  await expect(page.getByRole('cell', { name: 'Fatima El Amrani' })).toBeVisible();
  const log = page.getByRole('table', { name: /Inzage en wijzigingen/ });
  await expect(log.getByRole('cell', { name: 'Kennismakingsgesprek plannen' })).toBeVisible();
  await page.getByRole('button', { name: 'Uitnodiging mailen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De uitnodiging is gemaild naar' })).toBeVisible();
  await expectAccessible(page, 'identity and access log');
  await finalScreenshot(page, 'hr-candidate');
});
