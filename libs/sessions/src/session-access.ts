import { ForbiddenError, Role, type Viewer, type ViewerOf } from '@werkbrug/core';
import type { MeetAndGreetSessionEntity } from './session.entities';
import { SessionNotFoundError } from './sessions.errors';

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

/**
 * The one answer to a viewer who may not do something: FORBIDDEN to someone who can see the session, meeting or
 * participant (they know it exists), NOT_FOUND — as for a random id — to anyone else.
 */
export function refuse(seen: boolean, notFound: () => Error = () => new SessionNotFoundError()): never {
  throw seen ? new ForbiddenError() : notFound();
}

/** For a session the viewer is known to see: only the mobility team that runs it goes on. */
export function assertRunsSession(
  viewer: Viewer,
  session: Pick<MeetAndGreetSessionEntity, 'regionCode'>,
): void {
  if (!runsSession(viewer, session)) refuse(true);
}

/** Only a mobility team sets sessions up (in its own region). */
export function assertMobilityTeam(viewer: Viewer): asserts viewer is ViewerOf<Role.MOBILITY_TEAM> {
  if (viewer.role !== Role.MOBILITY_TEAM) refuse(true);
}
