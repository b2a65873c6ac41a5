import { Role, type Viewer } from '@werkbrug/core';
import type { MeetAndGreetSessionEntity } from './session.entities';

/**
 * Who may do what with a session, in one place. The mobility team of the session's region runs it; HR leads
 * act for their employer and for their own employer's candidates (people without an account); job seekers act
 * for themselves. Administrators run the platform and see no sessions.
 */
export function runsSession(viewer: Viewer, session: Pick<MeetAndGreetSessionEntity, 'regionCode'>): boolean {
  return viewer.role === Role.MOBILITY_TEAM && viewer.regionCode === session.regionCode;
}

export function actsForEmployer(viewer: Viewer, employerId: string): boolean {
  return viewer.role === Role.HR_LEAD && viewer.employerId === employerId;
}

/** The job seeker themself, or an HR lead of the employer that posted the profile. */
export function actsForCandidate(viewer: Viewer, candidate: { id: string; employerId: string }): boolean {
  return (
    (viewer.role === Role.JOB_SEEKER && viewer.candidateId === candidate.id) ||
    (viewer.role === Role.HR_LEAD && viewer.employerId === candidate.employerId)
  );
}
