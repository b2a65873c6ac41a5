import { Role, Viewer } from '@werkbrug/core';
import {
  mayCompletePlanAction,
  mayTakeTrajectoryAction,
  TrajectoryAction,
  trajectoryVisibility,
} from './trajectory-access';
import { PlanActionOwner, TrajectoryVisibility } from './trajectory.enums';

const t = { regionCode: 'AM27', clientEmployerId: 'emp-a', candidateId: 'cand-1', counsellorUserId: 'rmt-1' };
const viewers: Record<string, Viewer> = {
  counsellor: { role: Role.MOBILITY_TEAM, userId: 'rmt-1', regionCode: 'AM27' },
  colleague: { role: Role.MOBILITY_TEAM, userId: 'rmt-2', regionCode: 'AM27' },
  otherRegion: { role: Role.MOBILITY_TEAM, userId: 'rmt-1', regionCode: 'AM01' },
  client: { role: Role.HR_LEAD, userId: 'hr-a', employerId: 'emp-a', regionCode: 'AM27' },
  otherEmployer: { role: Role.HR_LEAD, userId: 'hr-b', employerId: 'emp-b', regionCode: 'AM27' },
  candidate: {
    role: Role.JOB_SEEKER,
    userId: 'js-1',
    candidateId: 'cand-1',
    employerId: 'emp-a',
    regionCode: 'AM27',
  },
  otherCandidate: {
    role: Role.JOB_SEEKER,
    userId: 'js-2',
    candidateId: 'cand-2',
    employerId: 'emp-a',
    regionCode: 'AM27',
  },
  admin: { role: Role.ADMINISTRATOR, userId: 'admin' },
};

describe('trajectory access', () => {
  it.each([
    ['counsellor', TrajectoryVisibility.FULL],
    ['candidate', TrajectoryVisibility.FULL],
    ['colleague', TrajectoryVisibility.WITHOUT_HEALTH],
    ['client', TrajectoryVisibility.WITHOUT_HEALTH],
    ['otherRegion', null],
    ['otherEmployer', null],
    ['otherCandidate', null],
    ['admin', null],
  ])('shows the %s %s', (who, expected) => {
    expect(trajectoryVisibility(viewers[who], t)).toBe(expected);
  });

  it.each([
    [
      'counsellor',
      [TrajectoryAction.ASSIGN_COUNSELLOR, TrajectoryAction.CONFIRM_PRECONDITION, TrajectoryAction.GUIDE],
    ],
    ['colleague', [TrajectoryAction.ASSIGN_COUNSELLOR]],
    ['client', [TrajectoryAction.CONFIRM_PRECONDITION]],
    ['candidate', [TrajectoryAction.WRITE_PROGRESS_NOTE]],
    ['otherRegion', []],
    ['otherEmployer', []],
    ['admin', []],
  ])('lets the %s take only %j', (who, allowed) => {
    const taken = Object.values(TrajectoryAction).filter((a) => mayTakeTrajectoryAction(viewers[who], t, a));
    expect(taken).toEqual(allowed);
  });

  it.each([
    ['counsellor', [PlanActionOwner.CANDIDATE, PlanActionOwner.COUNSELLOR, PlanActionOwner.CLIENT]],
    ['candidate', [PlanActionOwner.CANDIDATE]],
    ['client', [PlanActionOwner.CLIENT]],
    ['colleague', []],
    ['otherEmployer', []],
    ['otherCandidate', []],
    ['admin', []],
  ])('lets the %s tick off the actions for %j', (who, owners) => {
    const ticked = Object.values(PlanActionOwner).filter((o) => mayCompletePlanAction(viewers[who], t, o));
    expect(ticked).toEqual(owners);
  });
});
