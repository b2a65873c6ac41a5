import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@werkbrug/core';
import { LocalDate } from '@werkbrug/gateway/graphql/local-date.scalar';
import { NetworksService, type NetworkView, type RequestView } from '@werkbrug/networks';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { ConfirmPossibleNames, nameCheck } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import {
  CollegialAnswerInput,
  CollegialRequestInput,
  EmployerNetworkInput,
  NetworkCommitmentInput,
} from './dto/network.input';
import { CollegialRequest, EmployerNetwork, NetworkReview } from './models/network.model';

function toNetwork(viewer: Viewer, view: NetworkView): EmployerNetwork {
  const employerId = 'employerId' in viewer ? viewer.employerId : null;
  return {
    ...view.network,
    members: view.members.map((m) => ({ ...m })),
    myStatus: view.members.find((m) => m.employerId === employerId)?.status ?? null,
    seesRequests: view.access === 'TEAM' || view.access === 'MEMBER',
  };
}

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

/** Employer networks and the collegial requests their members put to each other. */
@Resolver()
export class NetworksResolver {
  constructor(private readonly networks: NetworksService) {}

  @Query(() => [EmployerNetwork], {
    description:
      "HR leads: their employer's networks and invitations; the mobility team: the region's networks",
  })
  async employerNetworks(@CurrentViewer() viewer: Viewer): Promise<EmployerNetwork[]> {
    return (await this.networks.list(viewer)).map((v) => toNetwork(viewer, v));
  }

  @Query(() => EmployerNetwork)
  async employerNetwork(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }, ParseIdPipe) id: string,
  ): Promise<EmployerNetwork> {
    return toNetwork(viewer, await this.networks.get(viewer, id));
  }

  @Mutation(() => EmployerNetwork, {
    description:
      "A new network of the viewer's region: the team invites employers; an HR lead joins at once with a commitment and invites colleagues",
  })
  async createEmployerNetwork(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: EmployerNetworkInput,
    @ConfirmPossibleNames() confirmed: boolean | null,
  ): Promise<EmployerNetwork> {
    const view = await this.networks.create(
      viewer,
      {
        name: input.name,
        description: input.description,
        minimumCommitmentMonths: input.minimumCommitmentMonths ?? undefined,
        reminderAfterDays: input.reminderAfterDays ?? undefined,
        employerIds: input.employerIds,
        commitment: input.commitment ? commitmentOf(input.commitment) : undefined,
      },
      nameCheck(confirmed),
    );
    return toNetwork(viewer, view);
  }

  @Mutation(() => EmployerNetwork, {
    description: 'The team or an active member invites employers of the region',
  })
  async inviteToEmployerNetwork(
    @CurrentViewer() viewer: Viewer,
    @Args('networkId', { type: () => ID }, ParseIdPipe) networkId: string,
    @Args('employerIds', { type: () => [ID] }) employerIds: string[],
  ): Promise<EmployerNetwork> {
    return toNetwork(viewer, await this.networks.invite(viewer, networkId, employerIds));
  }

  @Mutation(() => EmployerNetwork, {
    description: "An invited employer's HR lead joins (or a member renews) with a commitment and a contact",
  })
  async joinEmployerNetwork(
    @CurrentViewer() viewer: Viewer,
    @Args('networkId', { type: () => ID }, ParseIdPipe) networkId: string,
    @Args('commitment') commitment: NetworkCommitmentInput,
  ): Promise<EmployerNetwork> {
    return toNetwork(viewer, await this.networks.join(viewer, networkId, commitmentOf(commitment)));
  }

  @Mutation(() => Boolean, { description: "The viewer's employer leaves the network" })
  async leaveEmployerNetwork(
    @CurrentViewer() viewer: Viewer,
    @Args('networkId', { type: () => ID }, ParseIdPipe) networkId: string,
  ): Promise<boolean> {
    return this.networks.leave(viewer, networkId);
  }

  @Query(() => [CollegialRequest], {
    description:
      "The network's requests, newest first: for its active members and the region's mobility team",
  })
  async collegialRequests(
    @CurrentViewer() viewer: Viewer,
    @Args('networkId', { type: () => ID }, ParseIdPipe) networkId: string,
  ): Promise<CollegialRequest[]> {
    return (await this.networks.requests(viewer, networkId)).map(toRequest);
  }

  @Query(() => NetworkReview, {
    description:
      "The network's review of a period (at most a year) for its active members and the region's mobility team",
  })
  async networkReview(
    @CurrentViewer() viewer: Viewer,
    @Args('networkId', { type: () => ID }, ParseIdPipe) networkId: string,
    @Args('from', { type: () => LocalDate }) from: string,
    @Args('to', { type: () => LocalDate }) to: string,
  ): Promise<NetworkReview> {
    const review = await this.networks.review(viewer, networkId, from, to);
    return {
      ...review,
      from,
      to,
      members: review.members.map((m) => ({ ...m, employerName: review.names.get(m.employerId) ?? '' })),
    };
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
    return toRequest(await this.networks.createRequest(viewer, input, nameCheck(confirmed)));
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
      await this.networks.answer(
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
    return toRequest(await this.networks.close(viewer, requestId, note, nameCheck(confirmed)));
  }
}

function commitmentOf(input: NetworkCommitmentInput) {
  return {
    commitmentStart: input.commitmentStart,
    commitmentEnd: input.commitmentEnd,
    contactName: input.contactName.trim(),
    contactPhone: input.contactPhone?.trim() || null,
    contactEmail: input.contactEmail?.trim() || null,
  };
}
