import { networkReview, type ReviewRequest } from './network-review';

const at = (hours: number) => new Date(Date.UTC(2027, 0, 4, 9) + hours * 3_600_000);

const noHours = { hoursLent: 0, hoursBorrowed: 0, placementsLent: 0, placementsBorrowed: 0 };

describe('network review', () => {
  const requests: ReviewRequest[] = [
    {
      employerId: 'a',
      createdAt: at(0),
      closed: true,
      recipients: ['b', 'c'],
      answers: [
        { employerId: 'c', kind: 'NOT_NOW', answeredAt: at(30) },
        { employerId: 'b', kind: 'CONVERSATION', answeredAt: at(5) },
      ],
    },
    { employerId: 'a', createdAt: at(10), closed: false, recipients: ['b'], answers: [] },
    {
      employerId: 'b',
      createdAt: at(20),
      closed: false,
      recipients: ['a'],
      answers: [{ employerId: 'a', kind: 'VACANCY', answeredAt: at(21) }],
    },
  ];

  const noPlacements = {
    startsFromOffers: [],
    ledger: new Map(),
    from: '2027-01-01',
    to: '2027-03-31',
    today: '2027-06-01',
  };
  const forTeam = null;
  const forHrLeadOf = (ownEmployerId: string) => ({ ownEmployerId });

  it('counts requests, answers and offers, and the median hours to a first answer (worked by hand)', () => {
    // First answers: 5 h (request 1, not the later 30 h) and 1 h (request 3); the median of 1 and 5 is 3.
    const review = networkReview(requests, ['a', 'b', 'c'], forTeam, noPlacements);
    expect(review).toMatchObject({
      requests: 3,
      answered: 2,
      closed: 1,
      offers: 2,
      medianHoursToFirstAnswer: 3,
    });
    expect(review.members).toEqual([
      { employerId: 'a', asked: 2, received: 1, answered: 1, offers: 1, ...noHours },
      { employerId: 'b', asked: 1, received: 2, answered: 1, offers: 1, ...noHours },
      { employerId: 'c', asked: 0, received: 1, answered: 1, offers: 0, ...noHours },
    ]);
  });

  it('shows another member’s small counts as "fewer than five" to employers, zero as zero, their own whole', () => {
    const review = networkReview(requests, ['c', 'a'], forHrLeadOf('a'), noPlacements);
    expect(review.members).toEqual([
      { employerId: 'c', asked: 0, received: null, answered: null, offers: 0, ...noHours },
      { employerId: 'a', asked: 2, received: 1, answered: 1, offers: 1, ...noHours },
    ]);
    expect(networkReview([], ['c'], forHrLeadOf('a'), noPlacements).medianHoursToFirstAnswer).toBeNull();
  });

  it('counts placements from offers that started in the period, and each member’s hours from the ledger', () => {
    const ledger = new Map([
      ['a', { hoursLent: 260, hoursBorrowed: 0, placementsLent: 1, placementsBorrowed: 0 }],
      ['b', { hoursLent: 0, hoursBorrowed: 260, placementsLent: 0, placementsBorrowed: 1 }],
    ]);
    const placements = {
      // Before the period, on its first and last day, after it.
      startsFromOffers: ['2026-12-31', '2027-01-01', '2027-03-31', '2027-04-01'],
      ledger,
      from: '2027-01-01',
      to: '2027-03-31',
      today: '2027-06-01',
    };
    const review = networkReview(requests, ['a', 'b'], forTeam, placements);
    expect(review.placementsStarted).toBe(2);
    // A placement counts as started once its first day has come, not when it is agreed for later.
    expect(
      networkReview(requests, ['a'], forTeam, { ...placements, today: '2027-03-30' }).placementsStarted,
    ).toBe(1);
    expect(
      review.members.map((m) => [m.hoursLent, m.hoursBorrowed, m.placementsLent, m.placementsBorrowed]),
    ).toEqual([
      [260, 0, 1, 0],
      [0, 260, 0, 1],
    ]);
    // To another employer, the hours behind one placement would tell who placed whom with whom (the ledger shows
    // that to the two employers only): hidden, like the count. Their own row the employer reads whole.
    const forB = networkReview(requests, ['a', 'b'], forHrLeadOf('b'), placements);
    expect(forB.members[0]).toMatchObject({
      hoursLent: null,
      hoursBorrowed: 0,
      placementsLent: null,
      placementsBorrowed: 0,
    });
    expect(forB.members[1]).toMatchObject({ hoursBorrowed: 260, placementsBorrowed: 1 });
  });
});
