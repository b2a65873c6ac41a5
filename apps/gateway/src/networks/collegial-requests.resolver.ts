import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@werkbrug/core';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { ConfirmPossibleNames, nameCheck } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { PlacementTermsInput } from '@werkbrug/gateway/placements/dto/placement.input';
import { givenTerms } from '@werkbrug/gateway/placements/placement-terms.mapper';
import { CollegialRequestsService, type RequestView } from '@werkbrug/networks';
import { PlacementKind } from '@werkbrug/placements';
import { CollegialAnswerInput, CollegialRequestInput } from './dto/network.input';
import { CollegialRequest } from './models/network.model';

function toRequest(view: RequestView): CollegialRequest {
  return {
    ...view.request,
    employerName: view.employerName,
    candidatePublicCode: view.candidatePublicCode,
    recipients: view.recipients.map((r) => ({ ...r })),
    answers: view.answers.map((a) => ({ ...a })),
    hoursToFirstAnswer: view.hoursToFirstAnswer,
  };
}

/** Collegial requests: asked of a network, answered by its members, an offer turned into a placement. */
@Resolver()
export class CollegialRequestsResolver {
  constructor(private readonly requests: CollegialRequestsService) {}

  @Query(() => [CollegialRequest], {
    description:
      "The network's requests, newest first: for its active members and the region's mobility team",
  })
  async collegialRequests(
    @CurrentViewer() viewer: Viewer,
    @Args('networkId', { type: () => ID }, ParseIdPipe) networkId: string,
  ): Promise<CollegialRequest[]> {
    return (await this.requests.requests(viewer, networkId)).map(toRequest);
  }

  @Mutation(() => CollegialRequest, {
    description:
      'An active member asks the network (or chosen members) for help with one of their own candidates',
  })
  async createCollegialRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CollegialRequestInput,
    @ConfirmPossibleNames() confirmed: boolean | null,
  ): Promise<CollegialRequest> {
    return toRequest(await this.requests.createRequest(viewer, input, nameCheck(confirmed)));
  }

  @Mutation(() => CollegialRequest, {
    description: 'A member the request was put to answers with an offer or "not now" and why',
  })
  async answerCollegialRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('requestId', { type: () => ID }, ParseIdPipe) requestId: string,
    @Args('answer') answer: CollegialAnswerInput,
    @ConfirmPossibleNames() confirmed: boolean | null,
  ): Promise<CollegialRequest> {
    return toRequest(
      await this.requests.answer(
        viewer,
        requestId,
        { kind: answer.kind, vacancyId: answer.vacancyId ?? null, note: answer.note },
        nameCheck(confirmed),
      ),
    );
  }

  @Mutation(() => CollegialRequest, { description: 'The asking HR lead closes the request' })
  async closeCollegialRequest(
    @CurrentViewer() viewer: Viewer,
    @Args('requestId', { type: () => ID }, ParseIdPipe) requestId: string,
    @Args('note', { defaultValue: '' }) note: string,
    @ConfirmPossibleNames() confirmed: boolean | null,
  ): Promise<CollegialRequest> {
    return toRequest(await this.requests.close(viewer, requestId, note, nameCheck(confirmed)));
  }

  @Mutation(() => CollegialRequest, {
    description:
      "The asking HR lead (or the region's team) turns a member's offer into a proposed placement at that member; start, hours and length come from the request unless given",
  })
  async proposePlacementFromCollegialOffer(
    @CurrentViewer() viewer: Viewer,
    @Args('requestId', { type: () => ID }, ParseIdPipe) requestId: string,
    @Args('offeringEmployerId', { type: () => ID }, ParseIdPipe) offeringEmployerId: string,
    @Args('kind', { type: () => PlacementKind }) kind: PlacementKind,
    @Args('input') input: PlacementTermsInput,
  ): Promise<CollegialRequest> {
    return toRequest(
      await this.requests.proposePlacement(
        viewer,
        requestId,
        offeringEmployerId,
        kind,
        givenTerms(input),
        nameCheck(input.confirmPossibleNames),
      ),
    );
  }
}
