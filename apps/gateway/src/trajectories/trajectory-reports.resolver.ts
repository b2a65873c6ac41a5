import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Viewer } from '@werkbrug/core';
import { TrajectoryReportKind } from '@werkbrug/trajectories/trajectory.enums';
import { type TrajectoryReportView, TrajectoryReportsService } from '@werkbrug/trajectories';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { TrajectoryReport } from './models/trajectory-report.model';

const withUrl = (report: TrajectoryReportView) => ({
  ...report,
  url: `/trajectory-reports/${report.id}.html`,
  pdfUrl: `/trajectory-reports/${report.id}.pdf`,
});

@Resolver(() => TrajectoryReport)
export class TrajectoryReportsResolver {
  constructor(private readonly reports: TrajectoryReportsService) {}

  @Query(() => [TrajectoryReport], {
    description: 'A trajectory’s reports, newest first, with who opened them',
  })
  async trajectoryReports(
    @CurrentViewer() viewer: Viewer,
    @Args('trajectoryId', { type: () => ID }, ParseIdPipe) trajectoryId: string,
  ) {
    return (await this.reports.list(viewer, trajectoryId)).map(withUrl);
  }

  @Mutation(() => TrajectoryReport, {
    description:
      'The counsellor makes a new version of the intake (after the advice), interim or final (once closed) report',
  })
  async generateTrajectoryReport(
    @CurrentViewer() viewer: Viewer,
    @Args('trajectoryId', { type: () => ID }, ParseIdPipe) trajectoryId: string,
    @Args('kind', { type: () => TrajectoryReportKind }) kind: TrajectoryReportKind,
  ) {
    return withUrl(await this.reports.generate(viewer, trajectoryId, kind));
  }
}
