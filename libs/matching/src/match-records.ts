/**
 * What other libs (placements, sessions) read of match cases and match lists, so those tables stay behind this
 * lib. Imported by path (`@werkbrug/matching/match-records`) by libs that need no matching services; the
 * statements are in the stores.
 */
export { matchCaseSummary, mutuallyInterestedPairs, type MatchCaseSummary } from './match-case.store';
export {
  candidateListReach,
  employerListReach,
  listedIds,
  listedScoresBetween,
  type ListedScore,
  type OfEmployer,
} from './match-list-reads.store';
