import { Role, type Viewer } from '@werkbrug/core';
import type { PlacementEntity } from '@werkbrug/placements';
import { toPlacementModel } from './placement.mapper';

const LENDER = '00000000-0000-4000-8000-00000000000a';
const HOST = '00000000-0000-4000-8000-00000000000b';
const placement = {
  id: 'p1',
  lendingEmployerId: LENDER,
  hostEmployerId: HOST,
  workDays: [],
  planWarnings: [],
  conflicts: [
    { kind: 'ENDS_AFTER_CONTRACT_END', placementId: 'p1', contractEndDate: '2027-03-31' },
    { kind: 'STARTS_TOO_LATE', placementId: 'p1', latestGoodStart: '2027-01-06' },
    {
      kind: 'HOST_CAPACITY_EXCEEDED',
      employerId: HOST,
      from: '2027-01-04',
      to: '2027-01-31',
      hoursPerWeek: 40,
      capacityHoursPerWeek: 24,
      placementIds: ['p1', 'p2'],
    },
  ],
  hostEvaluation: 'Werkte zorgvuldig.',
} as unknown as PlacementEntity;
const hr = (employerId: string): Viewer => ({
  role: Role.HR_LEAD,
  userId: 'u',
  employerId,
  regionCode: 'AM27',
});

describe('placement conflicts as each party reads them', () => {
  it('tells the host neither the contract end nor the track', () => {
    const texts = toPlacementModel(hr(HOST), placement).conflicts.map(
      (c) => `${c.explanation} ${c.explanationNl}`,
    );
    expect(texts.join(' ')).not.toMatch(/31 maart 2027|31 March 2027|2027-03-31|track|traject/i);
    expect(texts[1]).toContain('6 januari 2027');
    expect(texts[1]).toContain('6 January 2027');
  });

  it('tells the lender and the mobility team the date', () => {
    const lender = toPlacementModel(hr(LENDER), placement).conflicts[0];
    expect(lender.explanationNl).toContain('31 maart 2027');
    const team: Viewer = { role: Role.MOBILITY_TEAM, userId: 'u', regionCode: 'AM27' };
    expect(toPlacementModel(team, placement).conflicts[0].explanation).toContain('31 March 2027');
  });

  it("does not tell the person the host's capacity, but does tell them what the host wrote about them", () => {
    const person: Viewer = {
      role: Role.JOB_SEEKER,
      userId: 'u',
      candidateId: 'c',
      employerId: LENDER,
      regionCode: 'AM27',
    };
    const model = toPlacementModel(person, placement);
    expect(model.conflicts.map((c) => c.kind)).toEqual(['ENDS_AFTER_CONTRACT_END', 'STARTS_TOO_LATE']);
    // An evaluation of the person is their personal data (it is in their own-data download too).
    expect(model.hostEvaluation).toBe('Werkte zorgvuldig.');
  });
});

describe('the actions a placement offers its viewer', () => {
  const ended = {
    ...placement,
    status: 'ENDED',
    candidateId: 'c',
    regionCode: 'AM27',
    startDate: '2027-01-04',
  } as unknown as PlacementEntity;

  it("are those of the viewer's own side", () => {
    const person: Viewer = {
      role: Role.JOB_SEEKER,
      userId: 'u',
      candidateId: 'c',
      employerId: LENDER,
      regionCode: 'AM27',
    };
    const team: Viewer = { role: Role.MOBILITY_TEAM, userId: 'u', regionCode: 'AM27' };
    expect(toPlacementModel(hr(HOST), ended).availableActions).toEqual(['EVALUATE', 'FOLLOW_UP']);
    expect(toPlacementModel(hr(LENDER), ended).availableActions).toEqual(['FOLLOW_UP']);
    expect(toPlacementModel(person, ended).availableActions).toEqual(['EVALUATE']);
    expect(toPlacementModel(team, ended).availableActions).toEqual(['FOLLOW_UP']);
    expect(toPlacementModel(hr('someone-else'), ended).availableActions).toEqual([]);
  });
});
