import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { regionToday } from './trajectory-dates';
import { claimNightlyRebuild, rebuildAllFacts, refreshCandidateFacts } from './trajectory-facts.store';

/**
 * Keeps the outcome-figure facts (trajectory_fact) current: the worker refreshes a candidate's facts after every
 * change to their trajectories, hires or follow-ups (an outbox event in the change's own transaction), and one
 * worker rebuilds them all each night, so a lost event is repaired by the next morning.
 */
@Injectable()
export class TrajectoryFactsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  refreshCandidate(candidateId: string): Promise<void> {
    return refreshCandidateFacts(this.dataSource.manager, candidateId);
  }

  rebuildAll(): Promise<number> {
    return this.dataSource.transaction((tx) => rebuildAllFacts(tx));
  }

  /** Rebuilds once per night across all workers; null when another worker already did tonight's. */
  async rebuildNightly(now = new Date()): Promise<number | null> {
    return this.dataSource.transaction(async (tx) =>
      (await claimNightlyRebuild(tx, regionToday(now))) ? rebuildAllFacts(tx) : null,
    );
  }
}
