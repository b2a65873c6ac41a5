import { expect, test } from '@playwright/test';
import { openedDialog } from './support/dialog';
import { jobSeekerWorld } from './support/job-seeker-world';
import { expectAccessible, finalScreenshot, logIn } from './support/journey';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test('a job seeker consents to an introduction, reads and withdraws consents, turns e-mail on and reads notifications', async ({
  page,
}) => {
  const { consenting, password } = jobSeekerWorld();
  const employer = consenting.employerName;

  await logIn(page, consenting.email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn suggesties' })).toBeVisible();
  const card = page.getByRole('article', { name: consenting.vacancyTitle });
  await card.getByRole('button', { name: 'Ja, interessant' }).click();
  await expect(card.getByText(`${employer} wil graag met je kennismaken`, { exact: false })).toBeVisible();
  await expectAccessible(page, 'introduction asked');

  await card.getByRole('button', { name: 'Lees en beslis' }).click();
  const dialog = await openedDialog(page, `Kennismaken met ${employer}`);
  await expect(dialog.getByText(/^Ik geef toestemming dat mijn naam en contactgegevens/)).toBeVisible();
  await expectAccessible(page, 'introduction consent text');
  await dialog.getByRole('button', { name: 'Ja, ik geef toestemming' }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByText(/^Je hebt toestemming gegeven\./)).toBeVisible();
  await expectAccessible(page, 'introduction consented');

  await card.getByRole('link', { name: 'Bekijk of trek in bij Mijn toestemmingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn toestemmingen' })).toBeVisible();
  const sharing = page.getByRole('article', { name: 'Profiel delen met de regio' });
  await expect(sharing.getByText(/door je HR-adviseur namens jou/)).toBeVisible();
  await sharing.getByRole('button', { name: 'De tekst die je zag' }).click();
  await expect(sharing.getByText(/^Ik geef toestemming dat mijn profiel zonder naam/)).toBeVisible();
  const reveal = page.getByRole('article', { name: 'Naam en contactgegevens delen voor een kennismaking' });
  await expect(reveal.getByText(`Voor wie: ${employer}`)).toBeVisible();
  await expect(reveal.getByText(/, door jou$/)).toBeVisible();
  await expectAccessible(page, 'consents');

  await reveal.getByRole('button', { name: 'Intrekken' }).click();
  const confirm = await openedDialog(page, 'Toestemming intrekken?');
  await expect(confirm.getByText(/kan je naam en contactgegevens meteen niet meer inzien/)).toBeVisible();
  await expectAccessible(page, 'withdraw dialog');
  await confirm.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(confirm).toBeHidden();
  await expect(reveal.getByText('Geldt niet meer')).toBeVisible();
  await expect(reveal.getByText(/ingetrokken door jou/)).toBeVisible();

  const email = page.getByRole('switch', { name: 'Berichten ook per e-mail ontvangen' });
  await expect(email).not.toBeChecked();
  await email.click();
  const emailText = await openedDialog(page, 'Berichten per e-mail ontvangen');
  await expect(emailText.getByRole('blockquote')).not.toBeEmpty();
  await expectAccessible(page, 'e-mail consent text');
  await emailText.getByRole('button', { name: 'Ik geef toestemming' }).click();
  await expect(emailText).toBeHidden();
  await expect(email).toBeChecked();
  await expect(page.getByRole('article', { name: 'Berichten per e-mail ontvangen' })).toBeVisible();

  await page.getByRole('button', { name: 'Menu openen' }).click();
  await page.getByRole('link', { name: /^Meldingen ?\(\d+ nieuw\)$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
  await expect(page.getByText(/voorgesteld/).first()).toBeVisible();
  await expectAccessible(page, 'notifications');
  await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
  await expect(page.getByText('Je hebt alles gelezen.')).toBeVisible();
  await page.getByRole('button', { name: 'Menu openen' }).click();
  await expect(page.getByRole('link', { name: 'Meldingen', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Menu openen' }).click();
  await finalScreenshot(page, 'job-seeker-notifications');
});
