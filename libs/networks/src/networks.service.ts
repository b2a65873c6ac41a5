import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CandidatesService, candidatePublicCodes } from '@werkbrug/candidates';
import {
  addDays,
  NotFoundError,
  parseRegionDateTime,
  Role,
  VacancyStatus,
  type Viewer,
} from '@werkbrug/core';
import { employerNames, employerRegion } from '@werkbrug/employers/employer-directory.store';
import { NotificationsService } from '@werkbrug/notifications';
import { assertNoPersonalData, type PersonalDataCheckOptions } from '@werkbrug/privacy-guard';
import { VacanciesService } from '@werkbrug/vacancies';
import { And, DataSource, type EntityManager, In, LessThan, MoreThanOrEqual } from 'typeorm';
import { claimUnansweredRecipients } from './collegial-request.store';
import { networkReview, type NetworkReview } from './network-review';
import { commitmentLongEnough, hoursToFirstAnswer, networkAccess, type NetworkAccess } from './network-rules';
import {
  type AnswerKind,
  CollegialAnswerEntity,
  CollegialRecipientEntity,
  CollegialRequestEntity,
  EmployerNetworkEntity,
  NetworkMemberEntity,
  type SoughtKind,
} from './network.entities';
import {
  CollegialRequestNotFoundError,
  CommitmentTooShortError,
  EmployerOutsideRegionError,
  MemberOnlyError,
  NetworkManageForbiddenError,
  NetworkNotFoundError,
  NoRecipientsError,
  NotARecipientError,
  NotInvitedError,
  NotYourCandidateError,
  OfferVacancyError,
  ReasonRequiredError,
  RequestClosedError,
  ReviewPeriodError,
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

export interface RequestDraft {
  readonly networkId: string;
  readonly candidateId: string;
  readonly sought: SoughtKind;
  readonly startFrom: string;
  readonly durationMonths: number;
  readonly hoursPerWeek: number;
  readonly lenderOffer: string;
  readonly note: string;
  /** Chosen members; every other active member when empty. */
  readonly recipientEmployerIds: readonly string[];
}

export interface AnswerDraft {
  readonly kind: AnswerKind;
  readonly vacancyId: string | null;
  readonly note: string;
}

export interface AnswerView extends CollegialAnswerEntity {
  readonly employerName: string;
}

export interface RequestView {
  readonly request: CollegialRequestEntity;
  readonly employerName: string;
  readonly candidatePublicCode: string;
  readonly recipients: readonly { employerId: string; employerName: string; answered: boolean }[];
  readonly answers: readonly AnswerView[];
  readonly hoursToFirstAnswer: number | null;
}

const ACTIVE_OR_INVITED = In(['ACTIVE', 'INVITED']);
/** Reminders per worker round, so one round stays short; the rest come in the next. */
const REMINDERS_PER_ROUND = 200;

/**
 * Employer networks inside a region and collegial requests: an HR lead asks the network's members for help with
 * one of their own employees ("can you give her a different experience for a while?"), the members answer with an
 * offer or "not now" and why. Members and the region's mobility team see the network's requests; nobody else sees
 * anything of a network. Candidates appear by public code only; their identity follows the consent rules.
 */
@Injectable()
export class NetworksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly candidates: CandidatesService,
    private readonly vacancies: VacanciesService,
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

  /** The network's requests, newest first: for its active members and the region's team. */
  async requests(viewer: Viewer, networkId: string): Promise<RequestView[]> {
    const view = await this.get(viewer, networkId);
    if (view.access !== 'TEAM' && view.access !== 'MEMBER') throw new MemberOnlyError();
    const requests = await this.dataSource.manager.find(CollegialRequestEntity, {
      where: { networkId },
      order: { createdAt: 'DESC' },
    });
    return this.requestViews(requests);
  }

  async request(viewer: Viewer, requestId: string): Promise<RequestView> {
    const request = await this.dataSource.manager.findOneBy(CollegialRequestEntity, { id: requestId });
    if (!request) throw new CollegialRequestNotFoundError();
    const view = await this.get(viewer, request.networkId).catch(onlyNotFound);
    if (!view || (view.access !== 'TEAM' && view.access !== 'MEMBER'))
      throw new CollegialRequestNotFoundError();
    const [result] = await this.requestViews([request]);
    return result;
  }

  /** An active member's HR lead asks the network (or chosen members) for help with one of their own candidates. */
  async createRequest(
    viewer: Viewer,
    draft: RequestDraft,
    check: PersonalDataCheckOptions = {},
  ): Promise<RequestView> {
    const view = await this.get(viewer, draft.networkId);
    if (viewer.role !== Role.HR_LEAD || view.access !== 'MEMBER') throw new MemberOnlyError();
    const candidate = await this.candidates.get(viewer, draft.candidateId).catch(onlyNotFound);
    if (!candidate) throw new NotYourCandidateError();
    const { profile } = candidate;
    if (profile.employerId !== viewer.employerId) throw new NotYourCandidateError();
    assertNoPersonalData({ lenderOffer: draft.lenderOffer, note: draft.note }, check);
    const others = view.members
      .filter((m) => m.status === 'ACTIVE' && m.employerId !== viewer.employerId)
      .map((m) => m.employerId);
    const recipients = draft.recipientEmployerIds.length ? [...new Set(draft.recipientEmployerIds)] : others;
    if (recipients.length === 0 || recipients.some((id) => !others.includes(id)))
      throw new NoRecipientsError();
    const id = await this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(
        tx.create(CollegialRequestEntity, {
          networkId: draft.networkId,
          employerId: viewer.employerId,
          candidateId: draft.candidateId,
          createdByUserId: viewer.userId,
          sought: draft.sought,
          startFrom: draft.startFrom,
          durationMonths: draft.durationMonths,
          hoursPerWeek: draft.hoursPerWeek,
          lenderOffer: draft.lenderOffer.trim(),
          note: draft.note.trim(),
          status: 'OPEN',
          createdAt: new Date(),
          closedAt: null,
          closingNote: null,
        }),
      );
      await tx.insert(
        CollegialRecipientEntity,
        recipients.map((employerId) => ({ requestId: saved.id, employerId })),
      );
      await this.notifications.notify(
        tx,
        recipients.map((employerId) => ({ employerId })),
        {
          kind: 'COLLEGIAL_REQUEST',
          subjectType: 'CollegialRequest',
          subjectId: saved.id,
          text: {
            nl: `Een collega in het netwerk "${view.network.name}" vraagt je mee te zoeken naar een plek voor een medewerker.`,
            en: `A colleague in the network "${view.network.name}" asks you to help find a place for an employee.`,
          },
        },
      );
      return saved.id;
    });
    return this.request(viewer, id);
  }

  /** A member the request was put to answers: an offer, or "not now" with why. A new answer replaces theirs. */
  async answer(
    viewer: Viewer,
    requestId: string,
    draft: AnswerDraft,
    check: PersonalDataCheckOptions = {},
  ): Promise<RequestView> {
    const current = await this.request(viewer, requestId);
    if (viewer.role !== Role.HR_LEAD) throw new NotARecipientError();
    if (!current.recipients.some((r) => r.employerId === viewer.employerId)) throw new NotARecipientError();
    if (current.request.status !== 'OPEN') throw new RequestClosedError();
    if (draft.kind === 'NOT_NOW' && !draft.note.trim()) throw new ReasonRequiredError();
    assertNoPersonalData({ note: draft.note }, check);
    let vacancyId: string | null = null;
    if (draft.kind === 'VACANCY') {
      const vacancy = draft.vacancyId
        ? await this.vacancies.get(viewer, draft.vacancyId).catch(onlyNotFound)
        : null;
      if (!vacancy || vacancy.employerId !== viewer.employerId || vacancy.status !== VacancyStatus.OPEN)
        throw new OfferVacancyError();
      vacancyId = vacancy.id;
    }
    await this.dataSource.transaction(async (tx) => {
      await tx.upsert(
        CollegialAnswerEntity,
        {
          requestId,
          employerId: viewer.employerId,
          answeredByUserId: viewer.userId,
          kind: draft.kind,
          vacancyId,
          note: draft.note.trim(),
          answeredAt: new Date(),
        },
        ['requestId', 'employerId'],
      );
      await this.notifications.notify(tx, [{ employerId: current.request.employerId }], {
        kind: 'COLLEGIAL_ANSWER',
        subjectType: 'CollegialRequest',
        subjectId: requestId,
        text:
          draft.kind === 'NOT_NOW'
            ? {
                nl: 'Een collega in je netwerk kan nu niet helpen met je hulpvraag en zegt waarom.',
                en: 'A colleague in your network cannot help with your request now, and says why.',
              }
            : {
                nl: 'Een collega in je netwerk doet een aanbod op je hulpvraag.',
                en: 'A colleague in your network makes an offer on your request.',
              },
      });
    });
    return this.request(viewer, requestId);
  }

  /** The asking HR lead closes the request (a place was found, or it is no longer needed). */
  async close(
    viewer: Viewer,
    requestId: string,
    note: string,
    check: PersonalDataCheckOptions = {},
  ): Promise<RequestView> {
    const current = await this.request(viewer, requestId);
    if (viewer.role !== Role.HR_LEAD || current.request.employerId !== viewer.employerId)
      throw new MemberOnlyError();
    if (current.request.status !== 'OPEN') throw new RequestClosedError();
    assertNoPersonalData({ note }, check);
    await this.dataSource.manager.update(CollegialRequestEntity, requestId, {
      status: 'CLOSED',
      closedAt: new Date(),
      closingNote: note.trim(),
    });
    return this.request(viewer, requestId);
  }

  /**
   * The periodic review for the network's members and the region's team: requests made in the period (a day in the
   * region), answered, closed, offers, the median hours to a first answer, and per member what it asked, received,
   * answered and offered. HR leads see a member's small counts as "fewer than 5", as in the regional figures.
   */
  async review(
    viewer: Viewer,
    networkId: string,
    from: string,
    to: string,
  ): Promise<NetworkReview & { names: Map<string, string> }> {
    if (to < from || Date.parse(to) - Date.parse(from) > 366 * 86_400_000) throw new ReviewPeriodError();
    const view = await this.get(viewer, networkId);
    if (view.access !== 'TEAM' && view.access !== 'MEMBER') throw new MemberOnlyError();
    // The period's days in the region: from its first moment up to the first moment of the day after it.
    const inPeriod = await this.requestViews(
      await this.dataSource.manager.find(CollegialRequestEntity, {
        where: {
          networkId,
          createdAt: And(
            MoreThanOrEqual(parseRegionDateTime(`${from}T00:00`)!),
            LessThan(parseRegionDateTime(`${addDays(to, 1)}T00:00`)!),
          ),
        },
      }),
    );
    const members = view.members.filter((m) => m.status !== 'INVITED');
    const review = networkReview(
      inPeriod.map((r) => ({
        employerId: r.request.employerId,
        createdAt: r.request.createdAt,
        closed: r.request.status === 'CLOSED',
        recipients: r.recipients.map((x) => x.employerId),
        answers: r.answers,
      })),
      members.map((m) => m.employerId),
      viewer.role === Role.HR_LEAD,
    );
    return { ...review, names: new Map(members.map((m) => [m.employerId, m.employerName])) };
  }

  /**
   * For the worker: reminds each member that has not answered an open request after the network's number of days
   * (and again after as many days), one notification per member and request. Returns how many were reminded.
   */
  async remindUnanswered(now = new Date()): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const due = await claimUnansweredRecipients(tx, now, REMINDERS_PER_ROUND);
      for (const recipient of due)
        await this.notifications.notify(tx, [{ employerId: recipient.employerId }], {
          kind: 'COLLEGIAL_REQUEST_REMINDER',
          subjectType: 'CollegialRequest',
          subjectId: recipient.requestId,
          text: {
            nl: `Een collega in het netwerk "${recipient.networkName}" wacht nog op je antwoord op een hulpvraag. Ook "nu niet" helpt: dan weet je collega waar die aan toe is.`,
            en: `A colleague in the network "${recipient.networkName}" is still waiting for your answer to a request. "Not now" helps too: then your colleague knows where they stand.`,
          },
        });
      return due.length;
    });
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

  private async requestViews(requests: readonly CollegialRequestEntity[]): Promise<RequestView[]> {
    if (requests.length === 0) return [];
    const manager = this.dataSource.manager;
    const ids = requests.map((r) => r.id);
    const [recipients, answers] = await Promise.all([
      manager.find(CollegialRecipientEntity, { where: { requestId: In(ids) } }),
      manager.find(CollegialAnswerEntity, { where: { requestId: In(ids) }, order: { answeredAt: 'ASC' } }),
    ]);
    const employerIds = [
      ...new Set([...requests.map((r) => r.employerId), ...recipients.map((r) => r.employerId)]),
    ];
    const [names, codes] = await Promise.all([
      employerNames(manager, employerIds),
      candidatePublicCodes(manager, [...new Set(requests.map((r) => r.candidateId))]),
    ]);
    return requests.map((request) => {
      const own = answers.filter((a) => a.requestId === request.id);
      return {
        request,
        employerName: names.get(request.employerId) ?? '',
        candidatePublicCode: codes.get(request.candidateId) ?? '',
        recipients: recipients
          .filter((r) => r.requestId === request.id)
          .map((r) => ({
            employerId: r.employerId,
            employerName: names.get(r.employerId) ?? '',
            answered: own.some((a) => a.employerId === r.employerId),
          })),
        answers: own.map((a) => ({ ...a, employerName: names.get(a.employerId) ?? '' })),
        hoursToFirstAnswer: hoursToFirstAnswer(
          request.createdAt,
          own.map((a) => a.answeredAt),
        ),
      };
    });
  }
}

/** A read the viewer may not make (or of nothing) is null; any other failure stays the failure it is. */
function onlyNotFound(error: unknown): null {
  if (error instanceof NotFoundError) return null;
  throw error;
}

/** The viewer's own employer, for the roles that have one. */
function employerOf(viewer: Viewer): string | null {
  return 'employerId' in viewer ? viewer.employerId : null;
}

function checkCommitment(commitment: Commitment, minimumMonths: number): void {
  if (!commitmentLongEnough(commitment.commitmentStart, commitment.commitmentEnd, minimumMonths))
    throw new CommitmentTooShortError(minimumMonths);
}
