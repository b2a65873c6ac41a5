import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { matchableCandidate } from '@werkbrug/candidates/matchable-candidates.store';
import type { SystemScope } from '@werkbrug/core';
import { DataSource, EntityManager } from 'typeorm';
import { RegionMatchingPolicyEntity, RegionMatchingSnapshotEntity } from './matching.entities';
import type { ScoringSnapshot } from './scoring-snapshot';
import { requireSystemScope } from './system-scope';

const toSnapshot = (row: RegionMatchingSnapshotEntity): ScoringSnapshot => ({
  runId: row.runId,
  modelVersion: row.modelVersion,
  skillSpaceVersion: row.skillSpaceVersion,
  scoredOn: row.scoredOn,
  documents: row.documents,
  skillFrequencies: row.skillFrequencies,
  allowOwnEmployer: row.allowOwnEmployer,
  k: row.k,
});

/**
 * The scoring snapshot a region's current lists were computed with, and the region's matching policy. A snapshot
 * never changes once written (a rematch writes a new one under a new run id), so this process keeps the last one
 * per region and reads only the run id to know it is still current: the skill frequencies are hundreds of
 * kilobytes, and every incremental update asks.
 */
@Injectable()
export class SnapshotStore {
  private readonly known = new Map<string, ScoringSnapshot>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(
    regionCode: string,
    tx: EntityManager = this.dataSource.manager,
  ): Promise<ScoringSnapshot | null> {
    const current: { run_id: string }[] = await tx.query(
      `SELECT run_id FROM region_matching_snapshot WHERE region_code = $1`,
      [regionCode],
    );
    if (current.length === 0) return null;
    const known = this.known.get(regionCode);
    if (known?.runId === current[0].run_id) return known;
    const row = await tx.findOneBy(RegionMatchingSnapshotEntity, { regionCode });
    if (!row) return null;
    const snapshot = toSnapshot(row);
    this.known.set(regionCode, snapshot);
    return snapshot;
  }

  async save(tx: EntityManager, regionCode: string, snapshot: ScoringSnapshot): Promise<void> {
    await tx.upsert(RegionMatchingSnapshotEntity, { regionCode, ...snapshot, updatedAt: new Date() }, [
      'regionCode',
    ]);
  }

  async allowOwnEmployer(regionCode: string): Promise<boolean> {
    const policy = await this.dataSource.manager.findOneBy(RegionMatchingPolicyEntity, { regionCode });
    return policy?.allowOwnEmployer ?? false;
  }

  /**
   * Regions with matchable data whose lists are missing, come from another model or skill space, or were scored
   * for an earlier day (timing and availability depend on the date).
   */
  async staleRegions(scope: SystemScope, modelVersion: string, skillSpaceVersion: string): Promise<string[]> {
    requireSystemScope(scope);
    const regions: { region_code: string }[] = await this.dataSource.query(
      `SELECT r.region_code FROM (
         SELECT DISTINCT region_code FROM candidate_match_profile WHERE ${matchableCandidate('')}
         UNION SELECT DISTINCT region_code FROM vacancy_match_profile WHERE status = 'OPEN') r
       LEFT JOIN region_matching_snapshot s ON s.region_code = r.region_code
       WHERE s.region_code IS NULL OR s.model_version <> $1 OR s.skill_space_version <> $2 OR s.scored_on < current_date
       ORDER BY r.region_code`,
      [modelVersion, skillSpaceVersion],
    );
    return regions.map((r) => r.region_code);
  }
}
