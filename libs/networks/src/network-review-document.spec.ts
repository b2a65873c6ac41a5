import { networkReviewCsv, networkReviewDocument, type ReviewReport } from './network-review-document';

const report: ReviewReport = {
  networkName: 'Zorgnetwerk',
  from: '2027-01-01',
  to: '2027-03-31',
  names: new Map([
    ['a', 'Zorggroep'],
    ['b', 'Thuiszorg'],
  ]),
  review: {
    requests: 3,
    answered: 2,
    closed: 1,
    offers: 2,
    placementsStarted: 1,
    medianHoursToFirstAnswer: 3.5,
    members: [
      {
        employerId: 'a',
        asked: 2,
        received: null,
        answered: 0,
        offers: 0,
        hoursLent: 205.71,
        hoursBorrowed: 0,
        placementsLent: null,
        placementsBorrowed: 0,
      },
      {
        employerId: 'b',
        asked: 1,
        received: 2,
        answered: 2,
        offers: 2,
        hoursLent: 0,
        hoursBorrowed: 205.71,
        placementsLent: 0,
        placementsBorrowed: null,
      },
    ],
  },
  notes: [
    {
      employerId: 'b',
      quarterStart: '2027-01-01',
      successes: 'Twee plekken gevonden.',
      bottlenecks: '',
      challenges: '=HYPERLINK("x")',
    },
  ],
};

describe('network review document', () => {
  it('prints the figures, the members with "fewer than 5" and their notes, in the language asked', () => {
    const nl = networkReviewDocument(report, 'nl');
    expect(nl.title).toBe('Terugblik Zorgnetwerk');
    expect(nl.subtitle).toBe('Periode 1 januari 2027 tot en met 31 maart 2027');
    const table = nl.blocks.find((b) => b.kind === 'table');
    expect(table).toMatchObject({
      rows: [
        [
          { text: 'Zorggroep' },
          { text: '2' },
          { text: 'minder dan 5' },
          { text: '0' },
          { text: '0' },
          { text: '205.71' },
          { text: '0' },
        ],
        expect.anything(),
      ],
    });
    expect(nl.blocks).toContainEqual({
      kind: 'paragraph',
      label: 'Thuiszorg',
      text: 'kwartaal vanaf 1 januari 2027',
    });
    expect(nl.blocks).toContainEqual({
      kind: 'list',
      items: [
        { label: 'Successen', text: 'Twee plekken gevonden.' },
        { label: 'Knelpunten', text: '—' },
        { label: 'Uitdagingen', text: '=HYPERLINK("x")' },
      ],
    });
    const en = networkReviewDocument(report, 'en');
    expect(en).toMatchObject({ lang: 'en', title: 'Review of Zorgnetwerk' });
    expect(en.blocks).toContainEqual({
      kind: 'facts',
      rows: expect.arrayContaining([['Median time to a first answer', '3.5 hours']]),
    });
  });

  it('writes one CSV row per member and the network total, hidden counts empty, notes after their quarter', () => {
    const lines = networkReviewCsv(report).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('2027-01-01,2027-03-31,a,Zorggroep,2,,0,0,205.71,0,,0,,,,,');
    expect(lines[2]).toContain(`2027-01-01: Twee plekken gevonden.`);
    // A note's cell starts with its quarter, so a spreadsheet never reads a note as a formula.
    expect(lines[2]).toContain('"2027-01-01: =HYPERLINK(""x"")"');
    expect(lines[3]).toBe('2027-01-01,2027-03-31,,network total,3,,2,2,205.71,205.71,,,,,,1,3.5');
  });
});
