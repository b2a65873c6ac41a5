import { Args, Field, ID, Int, ObjectType, Query, registerEnumType, Resolver } from '@nestjs/graphql';
import { UsersService } from '@werkbrug/accounts';
import { AuditAction, AuditEntryEntity, AuditTrailService } from '@werkbrug/audit';
import { Viewer } from '@werkbrug/core';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { ParseOptionalIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { DateTimeScalar } from '@werkbrug/gateway/graphql/date-time.scalar';

registerEnumType(AuditAction, { name: 'AuditAction' });

@ObjectType({ description: 'One line of the append-only audit trail' })
export class AuditEntry {
  @Field(() => ID) id!: string;
  @Field(() => DateTimeScalar) at!: Date;
  @Field(() => AuditAction) action!: AuditAction;
  @Field(() => ID, { nullable: true, description: 'Empty for the system, or once the person was erased' })
  actorUserId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'The display name of the account that did it; empty for the system, or once it was erased',
  })
  actorName!: string | null;
  @Field({ description: 'A role, or SYSTEM for the worker' }) actorRole!: string;
  @Field(() => ID, { nullable: true }) actorEmployerId!: string | null;
  @Field(() => String, { nullable: true }) regionCode!: string | null;
  @Field(() => ID, { nullable: true, description: 'The person it concerns (cleared by their erasure)' })
  candidateId!: string | null;
  @Field() subjectType!: string;
  @Field(() => ID, { nullable: true }) subjectId!: string | null;
  @Field({ description: 'Kinds and counts, as JSON' }) detailsJson!: string;
  @Field(() => String, { nullable: true, description: 'The x-request-id of the request that did it' })
  requestId!: string | null;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(
    private readonly trail: AuditTrailService,
    private readonly users: UsersService,
  ) {}

  @Query(() => [AuditEntry], {
    description:
      "The audit trail, newest first: administrators the platform's, mobility teams their region's, job seekers " +
      "what concerns them, HR leads what their own employer's accounts did. Page with `before` (the last id).",
  })
  async auditTrail(
    @CurrentViewer() viewer: Viewer,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
    @Args('before', { type: () => ID, nullable: true }) before?: string,
    @Args('action', { type: () => AuditAction, nullable: true }) action?: AuditAction,
    @Args('candidateId', { type: () => ID, nullable: true }, ParseOptionalIdPipe) candidateId?: string,
  ): Promise<AuditEntry[]> {
    const entries = await this.trail.list(viewer, {
      first,
      before: before && /^\d{1,18}$/.test(before) ? before : undefined,
      action: action ?? undefined,
      candidateId,
    });
    // Names only for the lines the trail's scope let through, so no name is read beyond what the viewer sees.
    const names = await this.users.displayNamesOf(entries.map((entry) => entry.actorUserId));
    return entries.map((entry) =>
      toModel(entry, entry.actorUserId ? (names.get(entry.actorUserId) ?? null) : null),
    );
  }
}

function toModel(entry: AuditEntryEntity, actorName: string | null): AuditEntry {
  return { ...entry, actorName, detailsJson: JSON.stringify(entry.details) };
}
