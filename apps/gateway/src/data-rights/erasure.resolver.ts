import {
  Args,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from '@nestjs/graphql';
import { CandidatesService } from '@werkbrug/candidates';
import { Viewer } from '@werkbrug/core';
import { ErasureRequestEntity, ErasureService } from '@werkbrug/data-rights';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { ParseIdPipe, ParseOptionalIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { DateTimeScalar } from '@werkbrug/gateway/graphql/date-time.scalar';

export enum ErasureStatus {
  SCHEDULED = 'SCHEDULED',
  CANCELLED = 'CANCELLED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(ErasureStatus, { name: 'ErasureStatus' });

@ObjectType({ description: 'What an erasure removed, per kind of data: counts only' })
export class ErasureCount {
  @Field() kind!: string;
  @Field(() => Int) rows!: number;
}

@ObjectType({ description: 'A request to erase everything Werkbrug holds about a person' })
export class ErasureRequest {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true, description: 'Cleared once the erasure is carried out' })
  candidateId!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The profile's public code while the viewer may see the profile; empty once erased",
  })
  publicCode!: string | null;
  @Field(() => ErasureStatus) status!: ErasureStatus;
  @Field({ description: 'JOB_SEEKER when the person asked themself' }) requestedByRole!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => DateTimeScalar) requestedAt!: Date;
  @Field(() => DateTimeScalar, { description: 'When the worker erases, unless cancelled before' })
  scheduledFor!: Date;
  @Field(() => DateTimeScalar, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true }) completedAt!: Date | null;
  @Field(() => [ErasureCount], { description: 'Rows removed or anonymised, per kind (after completion)' })
  removed!: ErasureCount[];
}

@Resolver(() => ErasureRequest)
export class ErasureResolver {
  constructor(
    private readonly erasure: ErasureService,
    private readonly candidates: CandidatesService,
  ) {}

  @Query(() => Int, {
    description:
      'Days between a request for erasure and the erasure itself, in which it can be cancelled (ERASURE_GRACE_DAYS)',
  })
  erasureGraceDays(): number {
    return this.erasure.graceDays;
  }

  @Query(() => [ErasureRequest], {
    description:
      'Erasure requests, newest first: about one candidate (for the person, their HR leads and their mobility ' +
      "team), or without candidateId all in the viewer's reach (own employer, own region, oneself), also those " +
      'carried out, which name nobody any more',
  })
  async erasureRequests(
    @CurrentViewer() viewer: Viewer,
    @Args('candidateId', { type: () => ID, nullable: true }, ParseOptionalIdPipe) candidateId?: string,
  ): Promise<ErasureRequest[]> {
    const requests = candidateId
      ? await this.erasure.forCandidate(viewer, candidateId)
      : await this.erasure.inReach(viewer);
    return this.toModels(viewer, requests);
  }

  @Mutation(() => ErasureRequest, {
    description:
      'Asks for erasure of everything about the person, carried out after the grace period (ERASURE_GRACE_DAYS) ' +
      'unless cancelled; pauses the profile at once. The person, their HR lead, or the mobility team on the ' +
      "person's request (reason required). Asking again returns the open request.",
  })
  async requestErasure(
    @CurrentViewer() viewer: Viewer,
    @Args('candidateId', { type: () => ID }, ParseIdPipe) candidateId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<ErasureRequest> {
    const [request] = await this.toModels(viewer, [
      await this.erasure.request(viewer, candidateId, reason ?? null),
    ]);
    return request;
  }

  @Mutation(() => ErasureRequest, {
    description:
      'Cancels an erasure during the grace period; a request the person made, only they can cancel',
  })
  async cancelErasure(
    @CurrentViewer() viewer: Viewer,
    @Args('requestId', { type: () => ID }, ParseIdPipe) requestId: string,
  ): Promise<ErasureRequest> {
    const [request] = await this.toModels(viewer, [await this.erasure.cancel(viewer, requestId)]);
    return request;
  }

  /** Public codes in one read, through the candidates' own visibility rule. */
  private async toModels(viewer: Viewer, entities: ErasureRequestEntity[]): Promise<ErasureRequest[]> {
    const ids = [...new Set(entities.flatMap((e) => (e.candidateId ? [e.candidateId] : [])))];
    const visible = await this.candidates.getMany(viewer, ids);
    const codes = new Map(visible.map((view) => [view.profile.id, view.profile.publicCode]));
    return entities.map((entity) =>
      toModel(entity, entity.candidateId ? (codes.get(entity.candidateId) ?? null) : null),
    );
  }
}

function toModel(entity: ErasureRequestEntity, publicCode: string | null): ErasureRequest {
  return {
    ...entity,
    publicCode,
    status: entity.completedAt
      ? ErasureStatus.COMPLETED
      : entity.cancelledAt
        ? ErasureStatus.CANCELLED
        : ErasureStatus.SCHEDULED,
    removed: Object.entries(entity.removed ?? {}).map(([kind, rows]) => ({ kind, rows })),
  };
}
