import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role, type Viewer } from '@werkbrug/core';
import { employerNames, employerRegion } from '@werkbrug/employers/employer-directory.store';
import { NotificationsService } from '@werkbrug/notifications';
import { assertNoPersonalData, type PersonalDataCheckOptions } from '@werkbrug/privacy-guard';
import { DataSource, type EntityManager, In } from 'typeorm';
import { commitmentLongEnough, employerOf, networkAccess, type NetworkAccess } from './network-rules';
import { EmployerNetworkEntity, NetworkMemberEntity } from './network.entities';
import {
  CommitmentTooShortError,
  EmployerOutsideRegionError,
  MemberOnlyError,
  NetworkManageForbiddenError,
  NetworkNotFoundError,
  NotInvitedError,
} from './networks.errors';

/** An HR lead's commitment to a network and the contact colleagues may call. */
export interface Commitment {
  readonly commitmentStart: string;
  readonly commitmentEnd: string;
  readonly contactName: string;
  readonly contactPhone: string | null;
  readonly contactEmail: string | null;
}

export interface NetworkDraft {
  readonly name: string;
  readonly description: string;
  readonly minimumCommitmentMonths?: number;
  /** Days after which a member that has not answered a request is reminded; five unless the network says. */
  readonly reminderAfterDays?: number;
  /** Employers invited; an HR lead's own employer joins at once with `commitment`. */
  readonly employerIds: readonly string[];
  readonly commitment?: Commitment;
}

export interface MemberView extends NetworkMemberEntity {
  readonly employerName: string;
}

export interface NetworkView {
  readonly network: EmployerNetworkEntity;
  readonly access: NetworkAccess;
  readonly members: readonly MemberView[];
}

const ACTIVE_OR_INVITED = In(['ACTIVE', 'INVITED']);
/**
 * Employer networks inside a region: made by the region's mobility team or by HR leads who invite each other;
 * members join with a commitment period and the HR contact colleagues may call. Members and the region's team see
 * a network's work (its requests, review, and what is scoped to it); invited employers see the network and its
 * members, to decide whether to join; nobody else sees anything of it.
 */
@Injectable()
export class NetworksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** The networks the viewer takes part in or was invited to; the team's: every network of its region. */
  async list(viewer: Viewer): Promise<NetworkView[]> {
    const manager = this.dataSource.manager;
    let networks: EmployerNetworkEntity[] = [];
    if (viewer.role === Role.MOBILITY_TEAM)
      networks = await manager.find(EmployerNetworkEntity, {
        where: { regionCode: viewer.regionCode },
        order: { name: 'ASC' },
      });
    else if (viewer.role === Role.HR_LEAD) {
      const mine = await manager.find(NetworkMemberEntity, {
        where: { employerId: viewer.employerId, status: ACTIVE_OR_INVITED },
      });
      networks = mine.length
        ? await manager.find(EmployerNetworkEntity, {
            where: { id: In(mine.map((m) => m.networkId)) },
            order: { name: 'ASC' },
          })
        : [];
    }
    return this.views(viewer, networks);
  }

  async get(viewer: Viewer, networkId: string): Promise<NetworkView> {
    const network = await this.dataSource.manager.findOneBy(EmployerNetworkEntity, { id: networkId });
    const [view] = network ? await this.views(viewer, [network]) : [];
    if (!view || view.access === 'NONE') throw new NetworkNotFoundError();
    return view;
  }

  /**
   * A new network of the region. The team invites employers of its region; an HR lead starts one for their own
   * employer (joining at once with their commitment) and invites colleagues.
   */
  async create(
    viewer: Viewer,
    draft: NetworkDraft,
    check: PersonalDataCheckOptions = {},
  ): Promise<NetworkView> {
    if (viewer.role !== Role.MOBILITY_TEAM && viewer.role !== Role.HR_LEAD)
      throw new NetworkManageForbiddenError();
    const regionCode = viewer.regionCode;
    if (!regionCode) throw new NetworkManageForbiddenError();
    assertNoPersonalData({ name: draft.name, description: draft.description }, check);
    const minimum = draft.minimumCommitmentMonths ?? 6;
    const invited = [...new Set(draft.employerIds)].filter((id) => id !== employerOf(viewer));
    const networkId = await this.dataSource.transaction(async (tx) => {
      await this.requireInRegion(tx, invited, regionCode, 'employerIds');
      const network = await tx.save(
        tx.create(EmployerNetworkEntity, {
          regionCode,
          name: draft.name.trim(),
          description: draft.description.trim(),
          minimumCommitmentMonths: minimum,
          reminderAfterDays: draft.reminderAfterDays ?? 5,
          createdByUserId: viewer.userId,
          createdAt: new Date(),
        }),
      );
      if (viewer.role === Role.HR_LEAD) {
        if (!draft.commitment) throw new CommitmentTooShortError(minimum);
        checkCommitment(draft.commitment, minimum);
        await tx.insert(NetworkMemberEntity, {
          networkId: network.id,
          employerId: viewer.employerId,
          status: 'ACTIVE',
          ...draft.commitment,
          invitedAt: new Date(),
          joinedAt: new Date(),
        });
      }
      await this.inviteIn(tx, network, invited);
      return network.id;
    });
    return this.get(viewer, networkId);
  }

  /** More employers of the region invited, by the team or an active member's HR lead. */
  async invite(viewer: Viewer, networkId: string, employerIds: readonly string[]): Promise<NetworkView> {
    const view = await this.get(viewer, networkId);
    if (view.access !== 'TEAM' && view.access !== 'MEMBER') throw new NetworkManageForbiddenError();
    const current = new Map(view.members.map((m) => [m.employerId, m.status]));
    const invited = [...new Set(employerIds)].filter((id) => {
      const status = current.get(id);
      return status === undefined || status === 'LEFT';
    });
    await this.dataSource.transaction(async (tx) => {
      await this.requireInRegion(tx, invited, view.network.regionCode, 'employerIds');
      await this.inviteIn(tx, view.network, invited);
    });
    return this.get(viewer, networkId);
  }

  /** The viewer's employer joins (or renews its commitment) with the period and the contact colleagues may call. */
  async join(viewer: Viewer, networkId: string, commitment: Commitment): Promise<NetworkView> {
    const view = await this.get(viewer, networkId);
    if (viewer.role !== Role.HR_LEAD) throw new MemberOnlyError();
    if (view.access !== 'INVITED' && view.access !== 'MEMBER') throw new NotInvitedError();
    checkCommitment(commitment, view.network.minimumCommitmentMonths);
    const mine = view.members.find((m) => m.employerId === viewer.employerId)!;
    await this.dataSource.manager.update(
      NetworkMemberEntity,
      { networkId, employerId: viewer.employerId },
      { status: 'ACTIVE', ...commitment, joinedAt: mine.joinedAt ?? new Date() },
    );
    return this.get(viewer, networkId);
  }

  /** The viewer's employer leaves: its requests stay for the record, it is put no new ones. */
  async leave(viewer: Viewer, networkId: string): Promise<boolean> {
    const view = await this.get(viewer, networkId);
    if (viewer.role !== Role.HR_LEAD || view.access === 'TEAM') throw new MemberOnlyError();
    await this.dataSource.manager.update(
      NetworkMemberEntity,
      { networkId, employerId: viewer.employerId },
      { status: 'LEFT' },
    );
    return true;
  }

  /**
   * The employers a network's matching, sessions and ledger are scoped to: its active members. Only for those who
   * see the network's work (its members' HR leads and the region's team); anyone else gets NOT_FOUND.
   */
  async activeMemberIds(viewer: Viewer, networkId: string): Promise<string[]> {
    const view = await this.get(viewer, networkId);
    if (view.access !== 'TEAM' && view.access !== 'MEMBER') throw new MemberOnlyError();
    return view.members.filter((m) => m.status === 'ACTIVE').map((m) => m.employerId);
  }

  private async requireInRegion(
    tx: EntityManager,
    employerIds: readonly string[],
    regionCode: string,
    field: string,
  ): Promise<void> {
    for (const id of employerIds) {
      const employer = await employerRegion(tx, id);
      if (!employer || employer.regionCode !== regionCode) throw new EmployerOutsideRegionError(field);
    }
  }

  private async inviteIn(
    tx: EntityManager,
    network: EmployerNetworkEntity,
    employerIds: readonly string[],
  ): Promise<void> {
    if (employerIds.length === 0) return;
    await tx.upsert(
      NetworkMemberEntity,
      employerIds.map((employerId) => ({
        networkId: network.id,
        employerId,
        status: 'INVITED' as const,
        invitedAt: new Date(),
      })),
      ['networkId', 'employerId'],
    );
    await this.notifications.notify(
      tx,
      employerIds.map((employerId) => ({ employerId })),
      {
        kind: 'NETWORK_INVITATION',
        subjectType: 'EmployerNetwork',
        subjectId: network.id,
        text: {
          nl: `Je werkgever is uitgenodigd voor het werkgeversnetwerk "${network.name}".`,
          en: `Your employer has been invited to the employer network "${network.name}".`,
        },
      },
    );
  }

  private async views(viewer: Viewer, networks: readonly EmployerNetworkEntity[]): Promise<NetworkView[]> {
    if (networks.length === 0) return [];
    const manager = this.dataSource.manager;
    const members = await manager.find(NetworkMemberEntity, {
      where: { networkId: In(networks.map((n) => n.id)) },
    });
    const names = await employerNames(manager, [...new Set(members.map((m) => m.employerId))]);
    return networks.map((network) => {
      const own = members.filter((m) => m.networkId === network.id);
      const mine = own.find((m) => m.employerId === employerOf(viewer))?.status ?? null;
      return {
        network,
        access: networkAccess(viewer, network, mine),
        members: own
          .map((m) => ({ ...m, employerName: names.get(m.employerId) ?? '' }))
          .sort((a, b) => a.employerName.localeCompare(b.employerName, 'nl')),
      };
    });
  }
}

function checkCommitment(commitment: Commitment, minimumMonths: number): void {
  if (!commitmentLongEnough(commitment.commitmentStart, commitment.commitmentEnd, minimumMonths))
    throw new CommitmentTooShortError(minimumMonths);
}
