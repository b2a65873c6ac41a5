import { expect, test } from '@playwright/test';
import { openedDialog } from './support/dialog';
import { jobSeekerWorld } from './support/job-seeker-world';
import { expectAccessible, finalScreenshot, logIn } from './support/journey';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const dutchDate = (day: string) =>
  new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

test('a job seeker on a phone rates a suggestion, answers an invitation, reads their agenda and agrees to a placement', async ({
  page,
  request,
}) => {
  // Four screens and nine axe scans on a 2-core machine shared with the gateway and worker.
  const { agenda, password } = jobSeekerWorld();
  const employer = agenda.employerName;
  const openMenuItem = async (name: string) => {
    await page.getByRole('button', { name: 'Menu openen' }).click();
    await page.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  };

  await logIn(page, agenda.email, password);
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn suggesties' })).toBeVisible();
  const suggestion = page.getByRole('article', { name: agenda.vacancyTitle });
  const rating = suggestion.getByRole('radiogroup', { name: 'Had je iets aan deze suggestie?' });
  await rating.getByRole('radio', { name: 'Ja, nuttig' }).check();
  await expect(suggestion.getByText('Bedankt, je beoordeling is opgeslagen.')).toBeVisible();
  await expectAccessible(page, 'suggestion rated');

  await openMenuItem('Mijn bijeenkomsten');
  await expectAccessible(page, 'agenda');
  await page.getByRole('button', { name: new RegExp(agenda.invitedTitle) }).click();
  const invited = page.getByRole('region', { name: new RegExp(agenda.invitedTitle) });
  await expect(invited.getByText('Uitgenodigd: geef aan of je komt')).toBeVisible();
  await expectAccessible(page, 'agenda with an invitation');
  await invited.getByRole('radio', { name: 'Ja, ik kom' }).check();
  await invited.getByRole('checkbox', { name: '13:15 tot 13:30' }).check();
  await invited.getByRole('button', { name: 'Antwoord versturen' }).click();
  await expect(invited.getByText('Je antwoord is opgeslagen.')).toBeVisible();
  await expect(invited.getByText('Je komt', { exact: true })).toBeVisible();
  await invited.getByRole('combobox', { name: `Gesprek met ${employer}` }).click();
  await page.getByRole('option', { name: 'Graag', exact: true }).click();
  await expect(invited.getByText('Je wens is opgeslagen.')).toBeVisible();
  await expectAccessible(page, 'invitation accepted with a wish');

  await page.reload();
  await page.getByRole('button', { name: new RegExp(agenda.invitedTitle) }).click();
  await expect(invited.getByRole('checkbox', { name: '13:15 tot 13:30' })).toBeChecked();
  await expect(invited.getByRole('checkbox', { name: '13:00 tot 13:15' })).not.toBeChecked();
  await expect(invited.getByRole('combobox', { name: `Gesprek met ${employer}` })).toHaveValue('Graag');

  await page.getByRole('button', { name: new RegExp(agenda.publishedTitle) }).click();
  const published = page.getByRole('region', { name: new RegExp(agenda.publishedTitle) });
  const plan = published.getByRole('table', { name: 'Jouw planning' });
  await expect(plan.getByRole('cell', { name: employer })).toBeVisible();
  await expect(published.getByText('Je planning is veranderd sinds je hem het laatst bekeek.')).toBeVisible();
  await expectAccessible(page, 'published agenda');
  await published.getByRole('button', { name: 'Ik heb de wijziging gezien' }).click();
  await expect(published.getByText('Je planning is veranderd sinds je hem het laatst bekeek.')).toBeHidden();

  const calendarLink = published.getByRole('link', { name: 'Zet in mijn agenda' });
  const calendarUrl = await calendarLink.getAttribute('href');
  expect(calendarUrl).toMatch(/^http:\/\/[^/]+\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  // A calendar app has no session: the feed works without the cookie (this request context has none).
  const feed = await request.get(calendarUrl!);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toMatch(/^text\/calendar/);
  const ics = (await feed.text()).replace(/\r\n[ \t]/g, '');
  expect(ics).toContain('BEGIN:VEVENT');
  expect(ics).toContain(`SUMMARY:Kennismaking / Meeting: ${employer}`);

  const print = await page.request.get(
    (await published.getByRole('link', { name: 'Planning afdrukken' }).getAttribute('href'))!,
  );
  expect(print.status()).toBe(200);
  expect(await print.text()).toContain(employer);

  await openMenuItem('Mijn plaatsingen');
  const placement = page.getByRole('article', { name: `Detachering bij ${employer}` });
  await expect(placement.getByText(`Van ${dutchDate(agenda.placementStart)} tot en met`)).toBeVisible();
  await expect(placement.getByText(`16 uur per week bij ${employer}`)).toBeVisible();
  await expect(placement.getByText('Je salaris betaalt: je eigen werkgever')).toBeVisible();
  await expect(placement.getByText(`Je reiskosten worden vergoed door: ${employer}`)).toBeVisible();
  await expect(placement.getByText('Jij: nog niet')).toBeVisible();
  await expectAccessible(page, 'placement terms');

  await placement.getByRole('button', { name: 'Lees en stem in' }).click();
  const dialog = await openedDialog(page, `Instemmen met de plaatsing bij ${employer}`);
  await expect(dialog.getByText(/^Ik ga akkoord met de detachering bij/i)).toBeVisible();
  await expectAccessible(page, 'placement consent text');
  await dialog.getByRole('button', { name: 'Ja, ik stem in' }).click();
  await expect(dialog).toBeHidden();
  await expect(placement.getByText('Je hebt ingestemd met deze plaatsing.')).toBeVisible();
  await expect(placement.getByText('Jij: akkoord')).toBeVisible();
  await expectAccessible(page, 'placement agreed');
  await finalScreenshot(page, 'job-seeker-placement-agreed');
});
