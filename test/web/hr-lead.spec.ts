import { expect, test } from '@playwright/test';
import { expectAccessible, finalScreenshot, logIn, world } from './support/journey';

test("an HR lead sees own candidates and a vacancy's ranked candidates with explanations", async ({
  page,
}) => {
  const { candidateOwner, host, jobSeeker, password } = world();

  await logIn(page, candidateOwner.email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: jobSeeker.publicCode })).toBeVisible();
  await expectAccessible(page, 'own candidates');

  await page.goto('/job-seeker/suggestions');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet of je hebt er geen toegang toe.' }),
  ).toBeVisible();
  await expectAccessible(page, 'refusal');
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page.getByText('Je bent uitgelogd.')).toBeVisible();

  await logIn(page, host.email, password);
  await page.getByRole('link', { name: 'Vacatures' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vacatures' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: host.vacancyTitles[1] })).toBeVisible();
  await expectAccessible(page, 'vacancies');
  await page.getByRole('link', { name: `Kandidaten voor ${host.vacancyTitles[0]}` }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Kandidaten voor ${host.vacancyTitles[0]}` }),
  ).toBeVisible();
  const candidate = page.getByRole('article', { name: `Kandidaat ${jobSeeker.publicCode}` });
  await candidate.getByRole('button', { name: 'Waarom deze match?' }).click();
  await expect(candidate.getByRole('heading', { name: 'Wat al past' })).toBeVisible();
  await expect(candidate.getByRole('table', { name: 'Zo is de score opgebouwd' })).toBeVisible();
  await expectAccessible(page, 'vacancy matches');
  await finalScreenshot(page, 'hr-lead-vacancy-matches');
});
