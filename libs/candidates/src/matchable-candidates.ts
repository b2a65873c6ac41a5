import { CandidateStatus, ConsentStatus } from './candidate.enums';

/**
 * The one rule for "a candidate matching may use": active, and sharing their profile with consent. Other libs
 * (matching, sessions, statistics) put this condition in their queries instead of writing it again, so a change
 * to the rule (a paused state, a new consent) happens here once.
 *
 * `alias`: the candidate_profile alias in the caller's query, or '' for an unaliased table.
 */
export function matchableCandidate(alias = 'c'): string {
  const column = (name: string) => (alias ? `${alias}.${name}` : name);
  return `${column('status')} = '${CandidateStatus.ACTIVE}' AND ${column('consent_status')} = '${ConsentStatus.GIVEN}'`;
}
