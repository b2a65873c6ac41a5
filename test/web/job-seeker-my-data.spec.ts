import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openedDialog } from './support/dialog';
import { jobSeekerWorld } from './support/job-seeker-world';
import { expectAccessible, finalScreenshot, logIn } from './support/journey';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('a job seeker downloads their own data once, sees who read it, and asks for erasure and stops it', async ({
  page,
}) => {
  const { dataOwner, password } = jobSeekerWorld();

  await logIn(page, dataOwner.email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn suggesties' })).toBeVisible();
  await page.getByRole('button', { name: 'Menu openen' }).click();
  await page.getByRole('link', { name: 'Mijn gegevens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
  const access = page.getByRole('region', { name: 'Wie heeft je gegevens bekeken' });
  await expect(access.getByText(`Reden: ${dataOwner.readPurpose}`)).toBeVisible();
  await expectAccessible(page, 'my data');

  await page.getByRole('button', { name: 'Mijn gegevens klaarzetten' }).click();
  await expect(page.getByText(/^Je ziet deze links alleen nu\. Elke link werkt één keer/)).toBeVisible();
  const json = page.getByRole('link', { name: 'Download als bestand (JSON)' });
  await expect(json).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page, 'my data with download links');
  const href = await json.getAttribute('href');
  expect(href).toMatch(/^\/my-data\/[\w-]{43}\.json$/);
  const [download] = await Promise.all([page.waitForEvent('download'), json.click()]);
  expect(download.suggestedFilename()).toMatch(/^werkbrug-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  expect(await readFile(await download.path(), 'utf8')).toContain(dataOwner.publicCode);
  await expect(json).toBeHidden();
  expect((await page.request.get(href!)).status()).toBe(404);

  const erasure = page.getByRole('region', { name: 'Alles laten verwijderen' });
  // The gateway's grace period (ERASURE_GRACE_DAYS, 7 in the test server), not a fixed text.
  await expect(erasure.getByText(/Na een bedenktijd van 7 dagen verwijdert Werkbrug/)).toBeVisible();
  await erasure.getByRole('button', { name: 'Verwijdering aanvragen' }).click();
  const dialog = await openedDialog(page, 'Weet je het zeker?');
  const confirm = dialog.getByRole('button', { name: 'Ja, verwijder mijn gegevens' });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/^Ik begrijp dat na de bedenktijd/).check();
  await expectAccessible(page, 'erasure dialog');
  await confirm.click();
  await expect(dialog).toBeHidden();
  await expect(erasure.getByText(/^Je gegevens worden verwijderd op /)).toBeVisible();
  const trail = page.getByRole('region', { name: 'Wat er met je gegevens is gebeurd' });
  await expect(trail.getByText('Verwijdering aangevraagd')).toBeVisible();
  await expectAccessible(page, 'erasure scheduled');

  await erasure.getByRole('button', { name: 'Verwijdering stoppen' }).click();
  await expect(erasure.getByText(/^De verwijdering is gestopt op /)).toBeVisible();
  await expect(trail.getByText('Verwijdering gestopt')).toBeVisible();
  await finalScreenshot(page, 'job-seeker-my-data');
});
