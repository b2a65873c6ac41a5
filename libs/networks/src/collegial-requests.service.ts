import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CandidatesService, candidatePublicCodes } from '@werkbrug/candidates';
import { Role, VacancyStatus, type Viewer } from '@werkbrug/core';
import { employerNames } from '@werkbrug/employers/employer-directory.store';
import { NotificationsService } from '@werkbrug/notifications';
import {
  MAX_DURATION_WEEKS,
  WEEKS_PER_MONTH,
  type PlacementKind,
  PlacementsService,
  PlacementStatus,
  type PlacementTerms,
} from '@werkbrug/placements';
import { placementStates } from '@werkbrug/placements/placement.store';
import { assertNoPersonalData, type PersonalDataCheckOptions } from '@werkbrug/privacy-guard';
import { VacanciesService } from '@werkbrug/vacancies';
import { DataSource, In } from 'typeorm';
import { claimUnansweredRecipients, linkOfferPlacement } from './collegial-request.store';
import { hoursToFirstAnswer, onlyNotFound } from './network-rules';
import {
  type AnswerKind,
  CollegialAnswerEntity,
  CollegialRecipientEntity,
  CollegialRequestEntity,
  type SoughtKind,
} from './network.entities';
import {
  AnswerHasPlacementError,
  CollegialRequestNotFoundError,
  MemberOnlyError,
  NoOfferToPlaceError,
  NoRecipientsError,
  NotARecipientError,
  NotTheAskerError,
  NotYourCandidateError,
  OfferAlreadyPlacedError,
  OfferVacancyError,
  ReasonRequiredError,
  RequestClosedError,
} from './networks.errors';
import { NetworksService } from './networks.service';

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
  /** The placement the offer became, while it is still known. */
  readonly placement: {
    readonly id: string;
    readonly status: PlacementStatus;
    readonly startDate: string | null;
  } | null;
}

export interface RequestView {
  readonly request: CollegialRequestEntity;
  readonly employerName: string;
  readonly candidatePublicCode: string;
  readonly recipients: readonly { employerId: string; employerName: string; answered: boolean }[];
  readonly answers: readonly AnswerView[];
  readonly hoursToFirstAnswer: number | null;
}

/** Reminders per worker round, so one round stays short; the rest come in the next. */
const REMINDERS_PER_ROUND = 200;

/** Terms of a placement made from an offer: what the request already says (start, hours, length) may be left out. */
export type OfferPlacementTerms = Omit<
  PlacementTerms,
  'kind' | 'requestedHoursPerWeek' | 'durationWeeks' | 'notBefore'
> &
  Partial<Pick<PlacementTerms, 'requestedHoursPerWeek' | 'durationWeeks' | 'notBefore'>>;

/** Placements that no longer stand: their offer may become a new one. */
const PLACEMENT_GONE: readonly PlacementStatus[] = [PlacementStatus.DECLINED, PlacementStatus.CANCELLED];

/**
 * Collegial requests: an HR lead asks the network's members for help with one of their own employees ("can you
 * give her a different experience for a while?"), the members answer with an offer or "not now" and why, and an
 * offer can become a placement with the usual lifecycle and ledger. Members and the region's mobility team see the
 * network's requests; nobody else. Candidates appear by public code only; their identity follows the consent rules.
 */
@Injectable()
export class CollegialRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly networks: NetworksService,
    private readonly candidates: CandidatesService,
    private readonly vacancies: VacanciesService,
    private readonly notifications: NotificationsService,
    private readonly placements: PlacementsService,
  ) {}

  /** The network's requests, newest first: for its active members and the region's team. */
  async requests(viewer: Viewer, networkId: string): Promise<RequestView[]> {
    const view = await this.networks.get(viewer, networkId);
    if (view.access !== 'TEAM' && view.access !== 'MEMBER') throw new MemberOnlyError();
    const requests = await this.dataSource.manager.find(CollegialRequestEntity, {
      where: { networkId },
      order: { createdAt: 'DESC' },
    });
    return this.views(requests, viewer);
  }

  async request(viewer: Viewer, requestId: string): Promise<RequestView> {
    const request = await this.dataSource.manager.findOneBy(CollegialRequestEntity, { id: requestId });
    if (!request) throw new CollegialRequestNotFoundError();
    const view = await this.networks.get(viewer, request.networkId).catch(onlyNotFound);
    if (!view || (view.access !== 'TEAM' && view.access !== 'MEMBER'))
      throw new CollegialRequestNotFoundError();
    const [result] = await this.views([request], viewer);
    return result;
  }

  /** An active member's HR lead asks the network (or chosen members) for help with one of their own candidates. */
  async createRequest(
    viewer: Viewer,
    draft: RequestDraft,
    check: PersonalDataCheckOptions = {},
  ): Promise<RequestView> {
    const view = await this.networks.get(viewer, draft.networkId);
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
    // An offer that became a placement is settled: the placement's own lifecycle changes or ends it.
    const mine = current.answers.find((a) => a.employerId === viewer.employerId);
    if (await this.standingPlacement(mine?.placementId ?? null)) throw new AnswerHasPlacementError();
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
   * The asking HR lead (or the region's team) turns a member's offer into a proposed placement at that member: the
   * request's start, hours and length unless the terms say otherwise. From then on it is an ordinary placement
   * (both HR leads agree, the candidate consents, the worker plans it) and, once agreed, in the ledger.
   */
  async proposePlacement(
    viewer: Viewer,
    requestId: string,
    offeringEmployerId: string,
    kind: PlacementKind,
    terms: OfferPlacementTerms,
    check: PersonalDataCheckOptions = {},
  ): Promise<RequestView> {
    const current = await this.request(viewer, requestId);
    const asker = viewer.role === Role.HR_LEAD && viewer.employerId === current.request.employerId;
    if (!asker && viewer.role !== Role.MOBILITY_TEAM) throw new NotTheAskerError();
    const offer = current.answers.find((a) => a.employerId === offeringEmployerId);
    if (!offer || offer.kind === 'NOT_NOW') throw new NoOfferToPlaceError();
    const previous = offer.placementId;
    if (await this.standingPlacement(previous)) throw new OfferAlreadyPlacedError();
    const { request } = current;
    await this.placements.propose(
      viewer,
      request.candidateId,
      offeringEmployerId,
      {
        ...terms,
        kind,
        notBefore: terms.notBefore ?? request.startFrom,
        requestedHoursPerWeek: terms.requestedHoursPerWeek ?? request.hoursPerWeek,
        durationWeeks:
          terms.durationWeeks ??
          Math.min(Math.round(request.durationMonths * WEEKS_PER_MONTH), MAX_DURATION_WEEKS),
      },
      null,
      check,
      // Linked only if nobody else linked a placement to the offer meanwhile; else this one is rolled back.
      async (tx, placement) => {
        if (!(await linkOfferPlacement(tx, requestId, offeringEmployerId, placement.id, previous)))
          throw new OfferAlreadyPlacedError();
      },
    );
    return this.request(viewer, requestId);
  }

  /** Whether the placement an offer became still stands (a declined or cancelled one makes room for another). */
  private async standingPlacement(placementId: string | null): Promise<boolean> {
    if (!placementId) return false;
    const placement = (await placementStates(this.dataSource.manager, [placementId])).get(placementId);
    return placement !== undefined && !PLACEMENT_GONE.includes(placement.status);
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

  /**
   * Requests with their recipients, answers, names and public codes. An offer's placement is shown to the parties
   * to it (the asker and the member that offered) and the region's team only, as the placement itself is: to the
   * other members its status could tell that the candidate said no.
   */
  async views(requests: readonly CollegialRequestEntity[], viewer: Viewer | null): Promise<RequestView[]> {
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
    const [names, codes, placements] = await Promise.all([
      employerNames(manager, employerIds),
      candidatePublicCodes(manager, [...new Set(requests.map((r) => r.candidateId))]),
      placementStates(
        manager,
        answers.flatMap((a) => (a.placementId ? [a.placementId] : [])),
      ),
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
        answers: own.map((a) => {
          const party =
            viewer?.role === Role.MOBILITY_TEAM ||
            (viewer?.role === Role.HR_LEAD &&
              (viewer.employerId === request.employerId || viewer.employerId === a.employerId));
          const placement = a.placementId && party ? placements.get(a.placementId) : undefined;
          return {
            ...a,
            employerName: names.get(a.employerId) ?? '',
            placement: placement ? { id: a.placementId!, ...placement } : null,
          };
        }),
        hoursToFirstAnswer: hoursToFirstAnswer(
          request.createdAt,
          own.map((a) => a.answeredAt),
        ),
      };
    });
  }
}
