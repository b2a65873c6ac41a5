import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { TrajectoryReportKind } from '@werkbrug/trajectories/trajectory.enums';
import { TrajectoryStaff } from './trajectory.model';
import { DateTimeScalar } from '@werkbrug/gateway/graphql/date-time.scalar';

@ObjectType({ description: 'Someone other than its maker who opened a report: its receipt' })
export class TrajectoryReportReceipt {
  @Field(() => ID) userId!: string;
  @Field(() => String, { nullable: true }) displayName!: string | null;
  @Field() role!: string;
  @Field(() => DateTimeScalar) firstOpenedAt!: Date;
}

@ObjectType({
  description:
    'One version of a trajectory report, kept as the trajectory was when it was made; open it at `url` (print-ready HTML) or `pdfUrl` (PDF); health details only for the counsellor and the candidate',
})
export class TrajectoryReport {
  @Field(() => ID) id!: string;
  @Field(() => ID) trajectoryId!: string;
  @Field(() => TrajectoryReportKind) kind!: TrajectoryReportKind;
  @Field(() => Int) version!: number;
  @Field(() => DateTimeScalar) generatedAt!: Date;
  @Field(() => TrajectoryStaff) generatedBy!: TrajectoryStaff;
  @Field(() => [TrajectoryReportReceipt]) receipts!: TrajectoryReportReceipt[];
  @Field() url!: string;
  @Field({ description: 'The same report as a PDF (A4), rendered for its reader' }) pdfUrl!: string;
}
