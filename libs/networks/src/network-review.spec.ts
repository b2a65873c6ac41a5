import { networkReview, type ReviewRequest } from './network-review';

const at = (hours: number) => new Date(Date.UTC(2027, 0, 4, 9) + hours * 3_600_000);

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

  it('counts requests, answers and offers, and the median hours to a first answer (worked by hand)', () => {
    // First answers: 5 h (request 1, not the later 30 h) and 1 h (request 3); the median of 1 and 5 is 3.
    const review = networkReview(requests, ['a', 'b', 'c'], false);
    expect(review).toMatchObject({
      requests: 3,
      answered: 2,
      closed: 1,
      offers: 2,
      medianHoursToFirstAnswer: 3,
    });
    expect(review.members).toEqual([
      { employerId: 'a', asked: 2, received: 1, answered: 1, offers: 1 },
      { employerId: 'b', asked: 1, received: 2, answered: 1, offers: 1 },
      { employerId: 'c', asked: 0, received: 1, answered: 1, offers: 0 },
    ]);
  });

  it('shows a member’s small counts as "fewer than five" to employers, zero as zero', () => {
    const review = networkReview(requests, ['c'], true);
    expect(review.members).toEqual([
      { employerId: 'c', asked: 0, received: null, answered: null, offers: 0 },
    ]);
    expect(networkReview([], ['c'], true).medianHoursToFirstAnswer).toBeNull();
  });
});
