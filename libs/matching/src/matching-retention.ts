import type { EntityManager } from 'typeorm';
import { dueEndedCaseIds, deleteCases } from './match-case.store';
import type { MatchCaseState } from './match-workflow';
import { deleteRuns, dueFinishedRunIds } from './rematch-run.store';
import { RETENTION_SCOPE } from './system-scope';

/**
 * What the retention job (libs/data-rights, which decides how long) removes of matching's own tables. Each `due…`
 * function returns one batch of keys past the cutoff, locked; rows another transaction holds are left for the
 * next night. Every call here is retention's: it runs in the retention scope.
 */

/** Match cases that ended in one of `states` and were untouched since `before`, except those in `kept`. */
export function dueMatchCaseIds(
  tx: EntityManager,
  due: {
    states: readonly MatchCaseState[];
    before: Date;
    /** Match cases that stay whatever their age (the ones still behind an open placement). */
    kept: readonly string[];
    limit: number;
  },
): Promise<string[]> {
  return dueEndedCaseIds(tx, RETENTION_SCOPE, due);
}

/**
 * Removes match cases with their history; the consent statements recorded for them go first (the candidates
 * lib's `eraseStatementsOfMatchCases`). Returns how many match cases went.
 */
export function removeMatchCases(tx: EntityManager, matchCaseIds: readonly string[]): Promise<number> {
  return deleteCases(tx, RETENTION_SCOPE, matchCaseIds);
}

/**
 * Finished rematch runs older than `before`. Each region's latest run (what `latestRematchRun` shows) and the run
 * its current scores came from stay.
 */
export function dueRematchRunIds(tx: EntityManager, before: Date, limit: number): Promise<string[]> {
  return dueFinishedRunIds(tx, RETENTION_SCOPE, before, limit);
}

/** Removes rematch runs with their chunks; returns how many runs went. */
export function removeRematchRuns(tx: EntityManager, runIds: readonly string[]): Promise<number> {
  return deleteRuns(tx, RETENTION_SCOPE, runIds);
}
