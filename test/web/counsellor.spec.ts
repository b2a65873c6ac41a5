import { expect, test } from '@playwright/test';
import { expectAccessible, finalScreenshot, logIn } from './support/journey';
import { teamAdminWorld } from './support/team-admin-world';

const NOT_FOUND = 'Deze pagina bestaat niet of je hebt er geen toegang toe.';

test('the mobility team asks for an account for an external re-integration adviser', async ({ page }) => {
  const { team, password } = teamAdminWorld();
  await logIn(page, team.email, password);
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Medewerkersaccounts' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Medewerkersaccounts' })).toBeVisible();
  // The team asks for counsellors and HR leads of its own region; administrators' history is not theirs.
  await expect(page.getByLabel('Rol')).toHaveValue('COUNSELLOR');
  await expect(page.getByRole('table', { name: /nieuwste eerst/ })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Regio' })).toHaveValue(/\(AM27\)$/);
  await page.getByLabel('Naam').fill('Ahmed El Amrani (Re-integratie West)');
  await page.getByLabel('E-mailadres').fill(`adviseur-${Date.now()}@reintegratie.test`);
  await expectAccessible(page, 'counsellor account request');
  await page.getByRole('button', { name: 'Aanvraag indienen' }).click();
  await expect(
    page.getByText(
      'De aanvraag voor Ahmed El Amrani (Re-integratie West) is ingediend en wacht op goedkeuring.',
    ),
  ).toBeVisible();
});

test('an external counsellor sees only the trajectory assigned to them, and logs a contact in it', async ({
  page,
}) => {
  const { counsellor, password } = teamAdminWorld();
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await logIn(page, counsellor.email, password);

  // Their start page is their trajectories; the menu offers nothing else.
  await expect(page.getByRole('heading', { level: 1, name: 'Trajecten' })).toBeVisible();
  await expect(
    page.getByText('De trajecten die het mobiliteitsteam aan jou heeft toegewezen.'),
  ).toBeVisible();
  await expect(menu.getByRole('link')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: '1 traject' })).toBeVisible();
  await expectAccessible(page, 'counsellor trajectories');

  await page.getByRole('link', { name: new RegExp(counsellor.candidateCode) }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Traject van ${counsellor.candidateCode}` }),
  ).toBeVisible();
  await expect(page.getByText(counsellor.name).first()).toBeVisible();
  await page.getByLabel('Samenvatting').fill('Kennismaking: wensen en mogelijkheden besproken.');
  await page.getByRole('button', { name: 'Contact vastleggen' }).click();
  await expect(
    page.getByRole('cell', { name: 'Kennismaking: wensen en mogelijkheden besproken.' }),
  ).toBeVisible();
  await expectAccessible(page, 'trajectory of an external counsellor');
  await finalScreenshot(page, 'counsellor-trajectory');

  // The region's pages are not theirs.
  await page.goto('/team/region');
  await expect(page.getByRole('heading', { level: 1, name: NOT_FOUND })).toBeVisible();
});
