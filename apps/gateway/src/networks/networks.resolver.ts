import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Viewer } from '@werkbrug/core';
import { NetworksService, type NetworkView } from '@werkbrug/networks';
import { CurrentViewer } from '@werkbrug/gateway/auth/current-viewer.decorator';
import { ConfirmPossibleNames, nameCheck } from '@werkbrug/gateway/graphql/confirm-possible-names';
import { ParseIdPipe } from '@werkbrug/gateway/graphql/parse-id.pipe';
import { EmployerNetworkInput, NetworkCommitmentInput } from './dto/network.input';
import { EmployerNetwork } from './models/network.model';

function toNetwork(viewer: Viewer, view: NetworkView): EmployerNetwork {
  const employerId = 'employerId' in viewer ? viewer.employerId : null;
  return {
    ...view.network,
    members: view.members.map((m) => ({ ...m })),
    myStatus: view.members.find((m) => m.employerId === employerId)?.status ?? null,
    seesRequests: view.access === 'TEAM' || view.access === 'MEMBER',
  };
}

/** Employer networks: made, joined, left; members with their commitments and contacts. */
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
