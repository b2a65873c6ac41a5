import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { RegionMatchingPolicyEntity, RegionMatchingSnapshotEntity } from './matching.entities';
import type { ScoringSnapshot } from './scoring-snapshot';

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

/** The scoring snapshot a region's current lists were computed with, and the region's matching policy. */
@Injectable()
export class SnapshotStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(
    regionCode: string,
    tx: EntityManager = this.dataSource.manager,
  ): Promise<ScoringSnapshot | null> {
    const row = await tx.findOneBy(RegionMatchingSnapshotEntity, { regionCode });
    return row ? toSnapshot(row) : null;
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
}
