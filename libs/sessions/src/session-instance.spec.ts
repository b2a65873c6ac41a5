import { planSchedule } from '@werkbrug/scheduling-core';
import { buildSessionInstance, unmetWishes } from './session-instance';
import type { PlanInputs } from './session-plan-inputs';
import type { MeetAndGreetSessionEntity, SessionMeetingEntity, SessionWishEntity } from './session.entities';
import { WishKind, WishSide } from './session.enums';

const session = {
  id: 's',
  slotCount: 3,
  tableCount: 2,
  maxMeetingsPerCandidate: 2,
  maxMeetingsPerRepresentative: 3,
  minMeetingsPerCandidate: 1,
} as MeetAndGreetSessionEntity;

const wish = (candidateId: string, employerId: string, side: WishSide, kind: WishKind) =>
  ({ sessionId: 's', candidateId, employerId, side, kind }) as SessionWishEntity;

function inputs(overrides: Partial<PlanInputs> = {}): PlanInputs {
  return {
    session,
    candidates: [
      { id: 'c1', ownEmployerId: 'own', blockedSlots: [], sharedWith: null },
      { id: 'c2', ownEmployerId: 'e2', blockedSlots: [0], sharedWith: null },
      { id: 'c3', ownEmployerId: 'own', blockedSlots: [], sharedWith: ['e1'] },
    ],
    employers: [
      { id: 'e1', representatives: 1, blockedSlots: [] },
      { id: 'e2', representatives: 2, blockedSlots: [2] },
    ],
    wishes: [],
    scores: [{ candidateId: 'c1', employerId: 'e1', score: 72.4, vacancyId: 'v1' }],
    mutualInterest: new Set(),
    meetings: [],
    ...overrides,
  };
}

describe('buildSessionInstance', () => {
  it('leaves out own employers, unshared profiles and no-thanks pairs, and says why', () => {
    const built = buildSessionInstance(
      inputs({ wishes: [wish('c1', 'e2', WishSide.EMPLOYER, WishKind.NO_THANKS)] }),
    );
    const pairs = built.instance.pairs.map(
      (p) => `${built.candidateIds[p.candidate]}:${built.employerIds[p.employer]}`,
    );
    expect(pairs).toEqual(['c1:e1', 'c2:e1', 'c3:e1']);
    expect(Object.fromEntries(built.excluded)).toEqual({
      'c1:e2': 'DECLINED_BY_OTHER_SIDE',
      'c2:e2': 'OWN_EMPLOYER',
      'c3:e2': 'PROFILE_NOT_SHARED',
    });
    expect(built.instance.employers[1]).toEqual({
      representatives: 2,
      maxMeetingsPerRepresentative: 3,
      blockedSlots: [2],
    });
  });

  it('values a meeting by its best match score, wishes and mutual interest; must-meet on either side', () => {
    const built = buildSessionInstance(
      inputs({
        wishes: [
          wish('c1', 'e1', WishSide.CANDIDATE, WishKind.WOULD_LIKE),
          wish('c3', 'e1', WishSide.EMPLOYER, WishKind.MUST_MEET),
        ],
        mutualInterest: new Set(['c1:e1']),
      }),
    );
    expect(built.instance.pairs).toEqual([
      { candidate: 0, employer: 0, value: 72 + 40 + 80, mustMeet: false },
      { candidate: 0, employer: 1, value: 0, mustMeet: false },
      { candidate: 1, employer: 0, value: 0, mustMeet: false },
      { candidate: 2, employer: 0, value: 0, mustMeet: true },
    ]);
  });

  it('explains every unmet wish', () => {
    const data = inputs({
      wishes: [
        wish('c1', 'e2', WishSide.CANDIDATE, WishKind.WOULD_LIKE),
        wish('c1', 'e2', WishSide.EMPLOYER, WishKind.NO_THANKS),
        wish('c2', 'e2', WishSide.CANDIDATE, WishKind.MUST_MEET),
        wish('gone', 'e1', WishSide.CANDIDATE, WishKind.WOULD_LIKE),
        wish('c3', 'e1', WishSide.CANDIDATE, WishKind.WOULD_LIKE),
      ],
    });
    const built = buildSessionInstance(data);
    const plan = planSchedule(built.instance);
    expect(
      unmetWishes(data, built, plan.meetings).map((u) => `${u.candidateId}:${u.employerId}:${u.reason}`),
    ).toEqual(['c1:e2:DECLINED_BY_OTHER_SIDE', 'c2:e2:OWN_EMPLOYER', 'gone:e1:CANDIDATE_NOT_ATTENDING']);
  });

  it('treats slots that have started as history: no new meetings there, and pairs that met do not meet again', () => {
    const data = inputs();
    const past = { candidateId: 'c1', employerId: 'e1', slot: 0 } as SessionMeetingEntity;
    const built = buildSessionInstance(data, { startedSlots: [0], history: [past] });
    expect(
      built.instance.pairs.map((p) => `${built.candidateIds[p.candidate]}:${built.employerIds[p.employer]}`),
    ).not.toContain('c1:e1');
    expect(built.instance.candidates[0]).toEqual({ maxMeetings: 1, blockedSlots: [0] });
    expect(built.instance.employers[0]).toEqual({
      representatives: 1,
      maxMeetingsPerRepresentative: 2,
      blockedSlots: [0],
    });
    expect(built.instance.employers[1].blockedSlots).toEqual([0, 2]);
    const plan = planSchedule(built.instance);
    expect(plan.meetings.every((m) => m.slot !== 0)).toBe(true);
    expect(
      unmetWishes(
        { ...data, wishes: [wish('c1', 'e1', WishSide.CANDIDATE, WishKind.MUST_MEET)] },
        built,
        plan.meetings,
      ),
    ).toEqual([]);
  });
});
