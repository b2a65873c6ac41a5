import { expect, test } from '@playwright/test';
import { expectAccessible, finalScreenshot, logIn } from './support/journey';
import { teamAdminWorld } from './support/team-admin-world';

test("an administrator approves another administrator's request for a mobility team account and reads the audit trail", async ({
  page,
}) => {
  const { admin, password } = teamAdminWorld();

  await logIn(page, admin.email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Medewerkersaccounts' })).toBeVisible();
  const pending = page.getByRole('table', { name: 'Aanvragen die jij mag goedkeuren' });
  await expect(pending.getByRole('rowheader', { name: new RegExp(admin.pendingName) })).toBeVisible();
  await expectAccessible(page, 'staff accounts');

  await page.getByRole('button', { name: `${admin.pendingName} goedkeuren` }).click();
  const approved = page
    .getByRole('status')
    .filter({ hasText: `Het account van ${admin.pendingName} is goedgekeurd.` });
  await expect(approved).toContainText(/Activeringscode: [A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/);
  await expect(page.getByText('Er zijn geen aanvragen die op jouw goedkeuring wachten.')).toBeVisible();
  const history = page.getByRole('table', {
    name: 'Aanvragen, goedkeuringen en activeringen, nieuwste eerst',
  });
  await expect(history.getByRole('rowheader', { name: /Goedgekeurd/ })).toBeVisible();
  await expectAccessible(page, 'account approved');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Logboek' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Logboek van het platform' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Handeling van een beheerder' }).first()).toBeVisible();
  await expectAccessible(page, 'platform audit trail');
  await finalScreenshot(page, 'admin-audit-trail');
});
