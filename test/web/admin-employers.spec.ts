import { expect, test } from '@playwright/test';
import { expectAccessible, finalScreenshot, logIn } from './support/journey';
import { teamAdminWorld } from './support/team-admin-world';

const NAME = 'Bakkerij De Korenschoof';
const RENAMED = 'Bakkerij De Korenschoof B.V.';

test("an administrator adds an organisation with a location, corrects what the server refuses, edits it and reads a region's figures; a team page does not exist for them", async ({
  page,
}) => {
  // Seven screens, each scanned by axe, on a busy 2-core machine.
  const { admin, password } = teamAdminWorld();
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });

  await logIn(page, admin.email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Medewerkersaccounts' })).toBeVisible();
  await menu.getByRole('link', { name: 'Organisaties' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisaties' })).toBeVisible();
  const list = page.getByRole('table', { name: 'Organisaties met regio, sector en vestigingen' });
  await expect(list.getByRole('rowheader').first()).toBeVisible();
  await expectAccessible(page, 'organisations');

  const form = page.getByRole('region', { name: 'Organisatie toevoegen' });
  await form.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await expect(form.getByRole('textbox', { name: 'Naam', exact: true })).toHaveAccessibleDescription(
    'Vul dit veld in.',
  );
  await form.getByRole('textbox', { name: 'Naam', exact: true }).fill(NAME);
  await form.getByRole('combobox', { name: 'Sector' }).click();
  await page.getByRole('option', { name: 'Detailhandel' }).click();
  await form.getByRole('combobox', { name: 'Regio' }).fill('AM27');
  await page.getByRole('option', { name: 'Noordoost-Brabant (AM27)' }).click();
  await form.getByRole('button', { name: 'Vestiging toevoegen' }).click();
  const pc4 = form.getByRole('textbox', { name: 'Postcode (4 cijfers) van vestiging 1' });
  // Four digits, but no such postcode area: only the server knows, and says so at the field.
  await pc4.fill('5000');
  await form.getByRole('textbox', { name: 'Naam van vestiging 1' }).fill('Hoofdkantoor');
  await form.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await expect(pc4).toHaveAccessibleDescription(/Onbekend postcodegebied "5000"/);
  await expect(pc4).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'organisation refused');

  await pc4.fill('5211');
  await form.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${NAME} is toegevoegd.` })).toBeVisible();
  const row = list.getByRole('row', { name: new RegExp(NAME) });
  await expect(row.getByRole('cell', { name: '5211 · Hoofdkantoor' })).toBeVisible();
  await expect(row.getByRole('cell', { name: /Noordoost-Brabant/ })).toBeVisible();

  await row.getByRole('button', { name: `${NAME} bewerken` }).click();
  const dialog = page.getByRole('dialog', { name: `${NAME} bewerken` });
  await expect(dialog.getByText('Regio: AM27.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Naam', exact: true }).fill(RENAMED);
  await dialog.getByRole('button', { name: 'Vestiging toevoegen' }).click();
  const second = dialog.getByRole('textbox', { name: 'Postcode (4 cijfers) van vestiging 2' });
  // Not a postcode at all: the gateway's validation names the field, the form says what is wrong.
  await second.fill('0123');
  await dialog.getByRole('textbox', { name: 'Naam van vestiging 2' }).fill('Winkel Uden');
  await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(second).toHaveAccessibleDescription(/vier cijfers in dat niet met 0 begint/);
  await expectAccessible(page, 'organisation edit refused');
  await second.fill('5401');
  await dialog.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `De gegevens van ${RENAMED} zijn opgeslagen.` }),
  ).toBeVisible();
  const renamed = list.getByRole('row', { name: new RegExp(RENAMED) });
  await expect(renamed.getByText('5401 · Winkel Uden')).toBeVisible();
  await expect(renamed.getByText('5211 · Hoofdkantoor')).toBeVisible();
  await expectAccessible(page, 'organisation edited');

  await menu.getByRole('link', { name: 'Regio’s' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Regio’s' })).toBeVisible();
  // Every region side by side: the demo's region with its counts, a region where nothing happened without.
  const everyRegion = page.getByRole('table', { name: /^Kerncijfers per arbeidsmarktregio/ });
  const am27 = everyRegion.getByRole('row', { name: /Noordoost-Brabant \(AM27\)/ });
  await expect(am27.getByRole('cell').first()).toHaveText(/^\d+$/);
  await expect(
    everyRegion
      .getByRole('row', { name: /Groningen \(AM01\)/ })
      .getByText('Nog geen cijfers', { exact: false }),
  ).toBeVisible();
  await expect(everyRegion.getByRole('rowheader', { name: 'Totaal' })).toBeVisible();
  await expect(page.getByText('Kies een regio in de tabel voor de kandidaten per traject.')).toBeVisible();
  await expectAccessible(page, 'every region');
  await am27.getByRole('link', { name: 'Noordoost-Brabant (AM27)' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Kerncijfers van Noordoost-Brabant (AM27)' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/\?regio=AM27$/);
  await expect(page.getByRole('table', { name: 'Actieve kandidaten per traject' })).toBeVisible();
  await expectAccessible(page, 'region figures');

  // The mobility team's allocation plan is not an administrator's page: it does not exist for them.
  await page.goto('/team/allocation');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet of je hebt er geen toegang toe.' }),
  ).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Toewijzing' })).toHaveCount(0);
  await expectAccessible(page, 'team page not found');
  await finalScreenshot(page, 'admin-employers');
});
