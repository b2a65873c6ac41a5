import { Role, Viewer } from '@werkbrug/core';
import { candidateVisibility, canManageCandidate, canRecordConsent } from './candidate-access';
import type { CandidateProfileEntity } from './candidate-profile.entity';
import { canTransition, CANDIDATE_STATUS_TRANSITIONS } from './candidate-status';
import {
  CandidateStatus,
  CandidateTrack,
  ConsentStatus,
  ProfileVisibility,
  SharingScope,
  SupportNeed,
  TargetGroup,
} from './candidate.enums';
import { hasNeedToKnow, presentCandidate } from './candidate-presentation';
import { generatePublicCode } from './public-code';

const OWNER_EMPLOYER = '00000000-0000-4000-8000-00000000000a';
const OTHER_EMPLOYER = '00000000-0000-4000-8000-00000000000b';
const THIRD_EMPLOYER = '00000000-0000-4000-8000-00000000000c';

function profile(overrides: Partial<CandidateProfileEntity> = {}): CandidateProfileEntity {
  return {
    id: 'c1',
    employerId: OWNER_EMPLOYER,
    regionCode: 'AM27',
    status: CandidateStatus.ACTIVE,
    consentStatus: ConsentStatus.GIVEN,
    sharingScope: SharingScope.REGION,
    sharedWith: [],
    strengths: [],
    developmentSkills: [],
    version: 3,
    consentRecordedAt: new Date('2026-01-01'),
    createdByUserId: 'u0',
    track: CandidateTrack.SICKNESS_REINTEGRATION,
    targetGroups: [TargetGroup.NO_RISK_POLICY],
    supportNeeds: [SupportNeed.JOB_COACH, SupportNeed.NO_NIGHT_SHIFTS],
    contractEndDate: '2027-06-30',
    targetGroupShared: false,
    emailNotifications: false,
    ...overrides,
  } as CandidateProfileEntity;
}

const hr = (employerId: string, regionCode = 'AM27'): Viewer => ({
  role: Role.HR_LEAD,
  userId: 'u1',
  employerId,
  regionCode,
});
const rmt = (regionCode = 'AM27'): Viewer => ({ role: Role.MOBILITY_TEAM, userId: 'u2', regionCode });
const seeker = (candidateId: string): Viewer => ({
  role: Role.JOB_SEEKER,
  userId: 'u3',
  candidateId,
  employerId: OWNER_EMPLOYER,
  regionCode: 'AM27',
});
const admin: Viewer = { role: Role.ADMINISTRATOR, userId: 'u4' };

describe('candidateVisibility', () => {
  it('gives the owning employer and the candidate the owner view, whatever the status', () => {
    for (const status of Object.values(CandidateStatus)) {
      expect(
        candidateVisibility(hr(OWNER_EMPLOYER), profile({ status, consentStatus: ConsentStatus.NOT_ASKED })),
      ).toBe(ProfileVisibility.OWNER);
      expect(candidateVisibility(seeker('c1'), profile({ status }))).toBe(ProfileVisibility.OWNER);
    }
  });

  it('shows other employers an anonymised profile only when active, consented and shared with them', () => {
    expect(candidateVisibility(hr(OTHER_EMPLOYER), profile())).toBe(ProfileVisibility.ANONYMISED);
    expect(candidateVisibility(hr(OTHER_EMPLOYER), profile({ status: CandidateStatus.PAUSED }))).toBeNull();
    expect(
      candidateVisibility(hr(OTHER_EMPLOYER), profile({ consentStatus: ConsentStatus.WITHDRAWN })),
    ).toBeNull();
    expect(candidateVisibility(hr(OTHER_EMPLOYER, 'AM01'), profile())).toBeNull();
    const selected = profile({
      sharingScope: SharingScope.SELECTED_EMPLOYERS,
      sharedWith: [{ employerId: OTHER_EMPLOYER }] as never,
    });
    expect(candidateVisibility(hr(OTHER_EMPLOYER), selected)).toBe(ProfileVisibility.ANONYMISED);
    expect(candidateVisibility(hr(THIRD_EMPLOYER), selected)).toBeNull();
  });

  it('shows the mobility team consented, non-draft profiles of its own region, anonymised', () => {
    expect(candidateVisibility(rmt(), profile({ status: CandidateStatus.PAUSED }))).toBe(
      ProfileVisibility.ANONYMISED,
    );
    expect(candidateVisibility(rmt(), profile({ status: CandidateStatus.DRAFT }))).toBeNull();
    expect(candidateVisibility(rmt(), profile({ consentStatus: ConsentStatus.NOT_ASKED }))).toBeNull();
    expect(candidateVisibility(rmt('AM01'), profile())).toBeNull();
  });

  it('never shows profiles to administrators or to other job seekers', () => {
    expect(candidateVisibility(admin, profile())).toBeNull();
    expect(candidateVisibility(seeker('someone-else'), profile())).toBeNull();
  });

  it('lets only the owning HR lead manage, and the candidate too record consent', () => {
    expect(canManageCandidate(hr(OWNER_EMPLOYER), profile())).toBe(true);
    expect(canManageCandidate(hr(OTHER_EMPLOYER), profile())).toBe(false);
    expect(canManageCandidate(seeker('c1'), profile())).toBe(false);
    expect(canRecordConsent(seeker('c1'), profile())).toBe(true);
    expect(canRecordConsent(rmt(), profile())).toBe(false);
  });
});

describe('presentCandidate', () => {
  it('removes owner-only fields for anonymised viewers and keeps the employer for the mobility team', () => {
    const p = profile({ sharedWith: [] });
    const other = presentCandidate(hr(OTHER_EMPLOYER), {
      profile: p,
      visibility: ProfileVisibility.ANONYMISED,
    });
    expect(other).toMatchObject({
      employerId: null,
      sharingScope: null,
      sharedWithEmployerIds: null,
      version: null,
      consentRecordedAt: null,
    });
    expect(other).not.toHaveProperty('createdByUserId');
    const team = presentCandidate(rmt(), { profile: p, visibility: ProfileVisibility.ANONYMISED });
    expect(team.employerId).toBe(OWNER_EMPLOYER);
    const owner = presentCandidate(hr(OWNER_EMPLOYER), { profile: p, visibility: ProfileVisibility.OWNER });
    expect(owner).toMatchObject({
      employerId: OWNER_EMPLOYER,
      sharingScope: SharingScope.REGION,
      version: 3,
    });
  });
});

describe('need-to-know', () => {
  const present = (viewer: Viewer, p: CandidateProfileEntity, owner = false) =>
    presentCandidate(viewer, {
      profile: p,
      visibility: owner ? ProfileVisibility.OWNER : ProfileVisibility.ANONYMISED,
    });

  it('hides track, target groups, support arrangements and contract end from other employers', () => {
    expect(present(hr(OTHER_EMPLOYER), profile())).toMatchObject({
      needToKnow: false,
      track: null,
      targetGroups: null,
      contractEndDate: null,
      supportNeeds: [SupportNeed.NO_NIGHT_SHIFTS],
      targetGroupShared: null,
      emailNotifications: null,
    });
  });

  it('shows them to the owner side, the mobility team, and other employers once the candidate shares them', () => {
    const full = {
      needToKnow: true,
      track: CandidateTrack.SICKNESS_REINTEGRATION,
      targetGroups: [TargetGroup.NO_RISK_POLICY],
      contractEndDate: '2027-06-30',
      supportNeeds: [SupportNeed.JOB_COACH, SupportNeed.NO_NIGHT_SHIFTS],
    };
    expect(present(hr(OWNER_EMPLOYER), profile(), true)).toMatchObject(full);
    expect(present(seeker('c1'), profile(), true)).toMatchObject(full);
    expect(present(rmt(), profile())).toMatchObject(full);
    expect(present(hr(OTHER_EMPLOYER), profile({ targetGroupShared: true }))).toMatchObject({
      ...full,
      targetGroupShared: null,
    });
    expect(hasNeedToKnow(admin, profile())).toBe(false);
  });
});

describe('candidate status transitions', () => {
  it('never allows going straight from withdrawn to active, and every status can be left', () => {
    expect(canTransition(CandidateStatus.WITHDRAWN, CandidateStatus.ACTIVE)).toBe(false);
    expect(canTransition(CandidateStatus.DRAFT, CandidateStatus.ACTIVE)).toBe(true);
    for (const status of Object.values(CandidateStatus))
      expect(CANDIDATE_STATUS_TRANSITIONS[status].length).toBeGreaterThan(0);
  });
});

describe('generatePublicCode', () => {
  it('makes pseudonymous codes without ambiguous characters', () => {
    const codes = new Set(Array.from({ length: 1000 }, generatePublicCode));
    expect(codes.size).toBeGreaterThan(990);
    for (const code of codes) expect(code).toMatch(/^WB-[A-HJKMNP-Z2-9]{6}$/);
  });
});
