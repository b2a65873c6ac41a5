import {
  Args,
  Field,
  GraphQLISODateTime,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from '@nestjs/graphql';
import { Viewer } from '@werkbrug/core';
import { ErasureRequestEntity, ErasureService } from '@werkbrug/data-rights';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { ParseIdPipe, ParseOptionalIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';

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
  @Field(() => ErasureStatus) status!: ErasureStatus;
  @Field({ description: 'JOB_SEEKER when the person asked themself' }) requestedByRole!: string;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field(() => GraphQLISODateTime) requestedAt!: Date;
  @Field(() => GraphQLISODateTime, { description: 'When the worker erases, unless cancelled before' })
  scheduledFor!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) cancelledAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) completedAt!: Date | null;
  @Field(() => [ErasureCount], { description: 'Rows removed or anonymised, per kind (after completion)' })
  removed!: ErasureCount[];
}

@Resolver(() => ErasureRequest)
export class ErasureResolver {
  constructor(private readonly erasure: ErasureService) {}

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
    return requests.map(toModel);
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
    return toModel(await this.erasure.request(viewer, candidateId, reason ?? null));
  }

  @Mutation(() => ErasureRequest, {
    description:
      'Cancels an erasure during the grace period; a request the person made, only they can cancel',
  })
  async cancelErasure(
    @CurrentViewer() viewer: Viewer,
    @Args('requestId', { type: () => ID }, ParseIdPipe) requestId: string,
  ): Promise<ErasureRequest> {
    return toModel(await this.erasure.cancel(viewer, requestId));
  }
}

function toModel(entity: ErasureRequestEntity): ErasureRequest {
  return {
    ...entity,
    status: entity.completedAt
      ? ErasureStatus.COMPLETED
      : entity.cancelledAt
        ? ErasureStatus.CANCELLED
        : ErasureStatus.SCHEDULED,
    removed: Object.entries(entity.removed ?? {}).map(([kind, rows]) => ({ kind, rows })),
  };
}
