import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { staffDisplayNames } from '@werkbrug/accounts/user-account.store';
import type { Viewer } from '@werkbrug/core';
import { DataSource } from 'typeorm';
import {
  TrajectoryForbiddenError,
  TrajectoryNotFoundError,
  TrajectoryReportNotFoundError,
  TrajectoryReportRuleError,
} from './trajectories.errors';
import { TrajectoriesService } from './trajectories.service';
import { mayTakeTrajectoryAction, TrajectoryAction, trajectoryVisibility } from './trajectory-access';
import { trajectoryReportDocument } from './trajectory-report-document';
import { renderPrintHtml, renderPrintPdf } from '@werkbrug/documents';
import {
  findReport,
  insertReport,
  recordReceipt,
  reportsOf,
  type StoredReport,
} from './trajectory-reports.store';
import { TrajectoryReportKind, TrajectoryStatus, TrajectoryVisibility } from './trajectory.enums';
import { findTrajectory } from './trajectory.store';

export interface TrajectoryReportView {
  readonly id: string;
  readonly trajectoryId: string;
  readonly kind: TrajectoryReportKind;
  readonly version: number;
  readonly generatedAt: Date;
  readonly generatedBy: { id: string; displayName: string | null };
  readonly receipts: { userId: string; displayName: string | null; role: string; firstOpenedAt: Date }[];
}

/**
 * Intake, interim and final reports of a trajectory: the counsellor makes a version, which keeps the trajectory as
 * it was; everyone who may see the trajectory opens it as print-ready HTML, rendered for them (the health details
 * only for the counsellor and the candidate), and the first opening by each person other than its maker is
 * recorded as their receipt.
 */
@Injectable()
export class TrajectoryReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly trajectories: TrajectoriesService,
  ) {}

  async generate(
    viewer: Viewer,
    trajectoryId: string,
    kind: TrajectoryReportKind,
  ): Promise<TrajectoryReportView> {
    return this.dataSource.transaction(async (tx) => {
      const t = await findTrajectory(tx, trajectoryId, { lock: true });
      if (!t || trajectoryVisibility(viewer, t) === null) throw new TrajectoryNotFoundError();
      if (!mayTakeTrajectoryAction(viewer, t, TrajectoryAction.GUIDE))
        throw new TrajectoryForbiddenError('ONLY_THE_COUNSELLOR');
      if (kind === TrajectoryReportKind.INTAKE && !t.advice)
        throw new TrajectoryReportRuleError('REPORT_NEEDS_SCREENING');
      if (kind === TrajectoryReportKind.FINAL && t.status !== TrajectoryStatus.CLOSED)
        throw new TrajectoryReportRuleError('REPORT_NEEDS_CLOSING');
      // The version keeps the trajectory as it is now, read under the lock: no change slips in between.
      const view = await this.trajectories.viewIn(tx, viewer, trajectoryId);
      const id = await insertReport(tx, trajectoryId, kind, view, viewer.userId);
      const [report] = await this.present([(await findReport(tx, id))!]);
      return report;
    });
  }

  async list(viewer: Viewer, trajectoryId: string): Promise<TrajectoryReportView[]> {
    await this.trajectories.get(viewer, trajectoryId);
    return this.present(await reportsOf(this.dataSource.manager, trajectoryId));
  }

  /** The report as this reader may read it, as HTML or PDF; their first opening is their receipt. */
  async open(
    viewer: Viewer,
    reportId: string,
    format: 'html' | 'pdf' = 'html',
  ): Promise<{ body: string | Buffer; trajectoryId: string; candidateId: string; version: number }> {
    const report = await findReport(this.dataSource.manager, reportId);
    const trajectory = report
      ? await findTrajectory(this.dataSource.manager, report.trajectoryId, { lock: false })
      : null;
    const visibility = trajectory ? trajectoryVisibility(viewer, trajectory) : null;
    if (!report || !trajectory || visibility === null) throw new TrajectoryReportNotFoundError();
    if (viewer.userId !== report.generatedByUserId)
      await recordReceipt(this.dataSource.manager, report.id, viewer.userId, viewer.role);
    const names = await staffDisplayNames(this.dataSource.manager, [report.generatedByUserId]);
    const document = trajectoryReportDocument(
      {
        kind: report.kind,
        version: report.version,
        generatedAt: report.generatedAt,
        generatedBy: names.get(report.generatedByUserId) ?? '—',
      },
      report.snapshot,
      visibility === TrajectoryVisibility.FULL,
    );
    const body = format === 'pdf' ? await renderPrintPdf(document) : renderPrintHtml(document);
    return {
      body,
      trajectoryId: trajectory.id,
      candidateId: trajectory.candidateId,
      version: report.version,
    };
  }

  private async present(reports: StoredReport[]): Promise<TrajectoryReportView[]> {
    const ids = [
      ...new Set(reports.flatMap((r) => [r.generatedByUserId, ...r.receipts.map((x) => x.userId)])),
    ];
    const names = await staffDisplayNames(this.dataSource.manager, ids);
    return reports.map((r) => ({
      id: r.id,
      trajectoryId: r.trajectoryId,
      kind: r.kind,
      version: r.version,
      generatedAt: r.generatedAt,
      generatedBy: { id: r.generatedByUserId, displayName: names.get(r.generatedByUserId) ?? null },
      receipts: r.receipts.map((x) => ({ ...x, displayName: names.get(x.userId) ?? null })),
    }));
  }
}
