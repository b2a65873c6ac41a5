import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, recordAudit } from '@werkbrug/audit';
import { AppConfig } from '@werkbrug/config';
import { OutboxService, recomputeRegionStatistics } from '@werkbrug/queue';
import { lockWithdrawnCandidatePastPeriod, withdrawnCandidatesPastPeriod } from '@werkbrug/candidates';
import { candidatesInOpenPlacements } from '@werkbrug/placements';
import type { SystemScope } from '@werkbrug/core';
import { DataSource, type EntityManager } from 'typeorm';
import { candidateHeldByRematch, eraseCandidate } from './erase-candidate';
import {
  RETENTION_KINDS,
  retentionCutoffs,
  retentionNight,
  retentionPeriods,
  type RetentionKind,
  type RetentionPeriods,
} from './retention-policy';
import { SWEEP_RULES, type SweepRule } from './retention-rules';
import { candidatesWithOpenErasureRequest } from './retention-sweep.store';
import {
  nightDone,
  type RetentionReport,
  retentionReport,
  saveRetentionReport,
  tryLockNight,
  unlockNight,
} from './retention-run.store';

/** Rows per transaction: short transactions, short locks, however much is due after a long pause. */
const BATCH = 500;
const LOCK_NAME = 'werkbrug.retention';
const RETENTION: SystemScope = { system: 'retention' };

export type NightlyRetention =
  | { readonly status: 'ran'; readonly report: RetentionReport }
  /** This night's retention has run already, or another worker is running it now. */
  | { readonly status: 'done' | 'busy' };

/**
 * Enforces the retention periods (`retention-policy.ts`) once per night, and keeps what it removed as counts: a
 * log line, a `retention_run` row and an entry in the audit trail.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);
  private readonly periods: RetentionPeriods;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: AppConfig,
    private readonly outbox: OutboxService,
  ) {
    this.periods = retentionPeriods(config);
  }

  /**
   * Runs this night's retention unless it has run. Every worker calls this on its data-rights round; the first
   * after 03:00 does the work (or, after a night with no worker up, the first to start).
   *
   * Once per night is guarded in PostgreSQL, where the rows are: a session-level advisory lock per night on a
   * connection of its own, and the night's report row, checked again under the lock and written at the end.
   * The work itself runs in many short transactions, so a transaction-level lock would not cover it; a crashed
   * worker releases the lock with its connection and, with no report written, the night is run again by the
   * next worker. A BullMQ scheduler would add Redis as a second source of truth for something decided here.
   */
  async runNightly(now = new Date()): Promise<NightlyRetention> {
    const night = retentionNight(now);
    if (await nightDone(this.dataSource.manager, night)) return { status: 'done' };
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      if (!(await tryLockNight(runner.manager, LOCK_NAME, night))) return { status: 'busy' };
      try {
        if (await nightDone(runner.manager, night)) return { status: 'done' };
        return { status: 'ran', report: await this.enforce(now, night) };
      } finally {
        await unlockNight(runner.manager, LOCK_NAME, night);
      }
    } finally {
      await runner.release();
    }
  }

  /** The latest night's report (or the given night's). */
  lastReport(night?: string): Promise<RetentionReport | null> {
    return retentionReport(this.dataSource.manager, night);
  }

  private async enforce(now: Date, night: string): Promise<RetentionReport> {
    const startedAt = new Date();
    const cutoffs = retentionCutoffs(this.periods, now);
    const counts = Object.fromEntries(RETENTION_KINDS.map((kind) => [kind, 0])) as Record<
      RetentionKind,
      number
    >;
    const failed: RetentionKind[] = [];
    let postponed = 0;
    for (const kind of RETENTION_KINDS) {
      try {
        if (kind === 'withdrawnCandidates') {
          const withdrawn = await this.eraseWithdrawn(cutoffs[kind]);
          counts[kind] = withdrawn.erased;
          postponed = withdrawn.postponed;
        } else counts[kind] = await this.sweep(SWEEP_RULES[kind], cutoffs[kind]);
      } catch (error) {
        failed.push(kind);
        this.logger.warn(
          `retention ${night}: ${kind} failed, tried again next night: ${(error as Error).message}`,
        );
      }
    }
    const report: RetentionReport = {
      night,
      clock: now,
      startedAt,
      finishedAt: new Date(),
      counts,
      postponed,
      failed,
    };
    await this.dataSource.transaction(async (tx) => {
      await saveRetentionReport(tx, report);
      await recordAudit(tx, null, {
        action: AuditAction.RETENTION_RUN,
        subjectType: 'RetentionRun',
        details: { night, counts, postponed, failed },
      });
    });
    const removed = RETENTION_KINDS.map((kind) => `${kind} ${counts[kind]}`).join(', ');
    this.logger.log(
      `retention ${night}: ${removed}; postponed ${postponed}${failed.length ? `; failed ${failed.join(', ')}` : ''}`,
    );
    return report;
  }

  /** Removes (or anonymises) the rows of one rule that are due, a batch per transaction. */
  private async sweep(rule: SweepRule, before: Date): Promise<number> {
    let total = 0;
    for (;;) {
      const [selected, affected] = await this.dataSource.transaction(async (tx) => {
        const keys = await rule.due(tx, before, BATCH, RETENTION);
        if (keys.length === 0) return [0, 0];
        let last = 0;
        for (const step of rule.steps) last = await step(tx, keys, RETENTION);
        return [keys.length, last];
      });
      total += affected;
      if (selected < BATCH || affected === 0) return total;
    }
  }

  /**
   * Erases withdrawn candidates past their period, each as an erasure on request does (`eraseCandidate`), in a
   * transaction of its own with the profile locked and checked again. Not one in the middle of something: an
   * open placement (an erasure would take the person out of it) or an open erasure request (that erasure runs on
   * its own schedule, with its own notifications). One held by a running rematch waits.
   */
  private async eraseWithdrawn(before: Date): Promise<{ erased: number; postponed: number }> {
    const passed: string[] = [];
    let erased = 0;
    let postponed = 0;
    for (;;) {
      const batch = await withdrawnCandidatesPastPeriod(this.dataSource.manager, {
        before,
        skipped: passed,
        limit: BATCH,
      });
      if (batch.length === 0) return { erased, postponed };
      const busy = await busyCandidates(this.dataSource.manager, batch);
      for (const id of batch) {
        const outcome = busy.has(id)
          ? ('passed' as const)
          : await this.dataSource.transaction(async (tx) => {
              const due = await lockWithdrawnCandidatePastPeriod(tx, id, before);
              if (!due || (await busyCandidates(tx, [id])).size > 0) return 'passed' as const;
              if (await candidateHeldByRematch(tx, id)) return 'postponed' as const;
              await eraseCandidate(tx, id);
              await this.outbox.publish(tx, recomputeRegionStatistics(due.regionCode));
              return 'erased' as const;
            });
        if (outcome === 'erased') erased++;
        else passed.push(id);
        if (outcome === 'postponed') postponed++;
      }
    }
  }
}

/** Those among `candidateIds` in an open placement or with an open erasure request. */
async function busyCandidates(manager: EntityManager, candidateIds: readonly string[]): Promise<Set<string>> {
  const placed = await candidatesInOpenPlacements(manager, RETENTION, candidateIds);
  const erasing = await candidatesWithOpenErasureRequest(manager, RETENTION, candidateIds);
  return new Set([...placed, ...erasing]);
}
