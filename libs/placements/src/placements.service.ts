import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertMayAnswerOnBehalf,
  ConsentWithdrawals,
  ConsentEndReason,
  ConsentKind,
  endConsents,
  registerConsent,
  ConsentNeedsStatementError,
  ConsentRevocationReason,
  ConsentStatementKind,
  ConsentStatementsService,
  lockCandidate,
  candidatePlace,
  visibleCandidatePlace,
  type ConsentStatementEntity,
  type ConsentStatementInput,
} from '@werkbrug/candidates';
import { definedFields, NotFoundError, Role, type Viewer } from '@werkbrug/core';
import { employerRegion } from '@werkbrug/employers/employer-directory.store';
import { MatchCaseState } from '@werkbrug/matching';
import { matchCaseSummary } from '@werkbrug/matching/match-records';
import { NotificationsService } from '@werkbrug/notifications';
import { OutboxService, planPlacement } from '@werkbrug/queue';
import { vacancyTerms } from '@werkbrug/vacancies/vacancy-records.store';
import {
  cleanFreeText,
  type PersonalDataCheckOptions,
} from '@werkbrug/privacy-guard/assert-no-personal-data';
import { DataSource, In, type EntityManager } from 'typeorm';
import { isBlocking } from '@werkbrug/scheduling-core';
import { partyOf, refuse } from './placement-access';
import { lockCandidateAndHost } from './placement-locks.store';
import { PlacementConflictsService } from './placement-conflicts.service';
import { applyPlacementAction, type PlacementAction } from './placement-lifecycle';
import { PlacementEntity, PlacementEventEntity } from './placement.entities';
import { placementsVisibleTo, placementVisibleTo } from './placement.store';
import {
  EvaluationRequiredError,
  PlacementAlreadyConsentedError,
  PlacementConflictsUnresolvedError,
  PlacementHostIsLenderError,
  PlacementNeedsIntroductionError,
  PlacementNotFoundError,
  PlacementRuleConflictError,
  PlacementRuleError,
  VacancyNotAPlacementError,
} from './placements.errors';
import { personOf } from './placement-person';
import { PlacementKind, PlacementParty, PlacementStatus } from './placement.enums';
import { placementTextFor, type PlacementConsentText } from './placement-consent';
import { placementMessage, partiesOf } from './placement-notifications';
import {
  assertCoherentTerms,
  assertStartsWithVacancy,
  DEFAULT_DURATION_WEEKS,
  MAX_DURATION_WEEKS,
  type PlacementTerms,
  WEEKS_PER_MONTH,
} from './placement-terms';

/** A consent statement an HR lead records with the candidate's agreement, and the row once stored. */
interface StatementToRecord {
  readonly input: ConsentStatementInput;
  readonly check: PersonalDataCheckOptions;
  recorded?: ConsentStatementEntity;
}

const PLACEMENT_KINDS = new Set<string>(Object.values(PlacementKind));
const MAX_WEEKLY_HOURS = 48;

/**
 * Placement agreements and their lifecycle. Every transition is checked (placement-lifecycle.ts), recorded with
 * who and when, and told to the parties; dates and hours come from the parties or from the worker's proposal,
 * and every change of them re-checks the conflicts of the candidate's and the host's placements. The candidate's
 * consent is their own: an HR lead of the lending employer answers for a candidate only while they have no
 * account, and consents for them only as a consent statement with the text shown, which the candidate may revoke.
 */
@Injectable()
export class PlacementsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly conflicts: PlacementConflictsService,
    private readonly statements: ConsentStatementsService,
    private readonly withdrawals: ConsentWithdrawals,
  ) {}

  onModuleInit(): void {
    this.withdrawals.register({
      consentKind: ConsentKind.PLACEMENT,
      withdraw: async (viewer, record) => {
        if (record.placementId)
          await this.withdrawConsent(viewer, record.placementId, viewer.role === Role.HR_LEAD);
      },
      statement: {
        kind: ConsentStatementKind.PLACEMENT,
        revoked: (tx, viewer, statement) => this.withdrawForStatement(tx, viewer, statement),
      },
      profileConsentWithdrawn: (tx, viewer, candidateId) =>
        this.suspendForProfileWithdrawal(tx, viewer, candidateId),
    });
  }

  /** An HR lead of the candidate's employer or of the host, or the region's mobility team, proposes a placement. */
  async propose(
    viewer: Viewer,
    candidateId: string,
    hostEmployerId: string,
    terms: PlacementTerms,
    matchCaseId: string | null = null,
    check: PersonalDataCheckOptions = {},
    /** Done in the same transaction once the placement exists, e.g. linking the offer it came from. */
    alongside?: (tx: EntityManager, placement: PlacementEntity) => Promise<void>,
  ) {
    assertCoherentTerms(terms, check);
    return this.dataSource.transaction(async (tx) => {
      const candidate = await visibleCandidatePlace(tx, viewer, candidateId);
      if (!candidate) throw new NotFoundError('Candidate', 'Kandidaat');
      const host = await employerRegion(tx, hostEmployerId);
      if (!host || host.regionCode !== candidate.regionCode) throw new NotFoundError('Employer', 'Werkgever');
      if (hostEmployerId === candidate.employerId) throw new PlacementHostIsLenderError();
      const draft = {
        lendingEmployerId: candidate.employerId,
        hostEmployerId,
        candidateId,
        regionCode: candidate.regionCode,
      };
      const party = partyOf(viewer, draft);
      // The viewer sees the candidate, so a refusal is FORBIDDEN: job seekers and non-parties do not propose.
      if (party === null || party === PlacementParty.CANDIDATE) refuse(true);
      const placement = await tx.save(
        tx.create(PlacementEntity, {
          ...draft,
          ...terms,
          workDays: [...terms.workDays],
          matchCaseId,
          status: PlacementStatus.PROPOSED,
          // Proposing with dates is agreeing to them.
          lenderAgreed: party === PlacementParty.LENDER && terms.startDate !== null,
          hostAgreed: party === PlacementParty.HOST && terms.startDate !== null,
          candidateConsented: false,
          planWarnings: [],
          conflicts: [],
          version: 1,
          createdByUserId: viewer.userId,
          updatedAt: new Date(),
        }),
      );
      await this.record(
        tx,
        viewer,
        placement.id,
        'PROPOSED',
        PlacementStatus.PROPOSED,
        PlacementStatus.PROPOSED,
        null,
      );
      if (terms.startDate === null) await this.outbox.publish(tx, planPlacement(placement.id));
      else await this.conflicts.refresh(tx, placement);
      await this.notifications.notify(tx, partiesOf(placement), placementMessage('PROPOSED', placement));
      if (alongside) await alongside(tx, placement);
      return tx.findOneByOrFail(PlacementEntity, { id: placement.id });
    });
  }

  /**
   * A placement from a match whose candidate agreed to the introduction, for a vacancy that is a secondment,
   * project hire, trial placement or work experience: kind, host and hours come from the match.
   */
  async proposeFromMatch(
    viewer: Viewer,
    matchCaseId: string,
    terms: Omit<PlacementTerms, 'kind' | 'requestedHoursPerWeek' | 'durationWeeks'> &
      Partial<Pick<PlacementTerms, 'requestedHoursPerWeek' | 'durationWeeks'>>,
    check: PersonalDataCheckOptions = {},
  ) {
    const manager = this.dataSource.manager;
    const matchCase = await matchCaseSummary(manager, matchCaseId);
    const vacancy = matchCase && (await vacancyTerms(manager, matchCase.vacancyId));
    const lender = matchCase && (await candidatePlace(manager, matchCase.candidateId, { lock: false }));
    // Only those who would be a party to the placement learn anything about the match: for anyone else (and
    // before any rule about its state) it answers like a random id.
    const party =
      matchCase &&
      vacancy &&
      lender &&
      partyOf(viewer, {
        lendingEmployerId: lender.employerId,
        hostEmployerId: vacancy.employerId,
        candidateId: matchCase.candidateId,
        regionCode: matchCase.regionCode,
      });
    if (!matchCase || !vacancy || !party) throw new NotFoundError('Match', 'Match');
    if (!PLACEMENT_KINDS.has(vacancy.kind)) throw new VacancyNotAPlacementError();
    if (matchCase.state !== MatchCaseState.INTRODUCED) throw new PlacementNeedsIntroductionError();
    const kind = vacancy.kind as unknown as PlacementKind;
    assertStartsWithVacancy(terms.startDate, vacancy.startDate);
    return this.propose(
      viewer,
      matchCase.candidateId,
      vacancy.employerId,
      {
        ...terms,
        kind,
        // Not before the vacancy starts: the host has the place from then on.
        notBefore: laterDate(terms.notBefore, vacancy.startDate),
        requestedHoursPerWeek: terms.requestedHoursPerWeek ?? Math.min(vacancy.hoursMax, MAX_WEEKLY_HOURS),
        durationWeeks:
          terms.durationWeeks ??
          (vacancy.contractDurationMonths
            ? Math.min(Math.round(vacancy.contractDurationMonths * WEEKS_PER_MONTH), MAX_DURATION_WEEKS)
            : DEFAULT_DURATION_WEEKS[kind]),
      },
      matchCaseId,
      check,
    );
  }

  /**
   * Changes dates, hours or other terms before the start: everyone is asked again and conflicts are re-checked.
   * Terms left out keep their stored value.
   */
  async changeTerms(
    viewer: Viewer,
    id: string,
    changes: Partial<PlacementTerms>,
    check: PersonalDataCheckOptions = {},
  ) {
    return this.act(viewer, id, { kind: 'CHANGE_TERMS' }, null, false, async (tx) => {
      const entity = await tx.findOneByOrFail(PlacementEntity, { id });
      const stored = termsOf(entity);
      const changed: PlacementTerms = { ...stored, ...definedFields(changes) };
      // Made from a match: still not before the vacancy starts, whatever the change says.
      const vacancyStart = await this.vacancyStartOf(tx, entity.matchCaseId);
      const terms = { ...changed, notBefore: laterDate(changed.notBefore, vacancyStart) };
      assertCoherentTerms(terms, check, stored);
      assertStartsWithVacancy(terms.startDate, vacancyStart);
      await tx.update(PlacementEntity, id, {
        ...terms,
        workDays: [...terms.workDays],
        planWarnings: [],
        planProblem: null,
        planProblemDetail: null,
      });
      if (terms.startDate === null) await this.outbox.publish(tx, planPlacement(id));
    });
  }

  /** The start of the vacancy a placement was made from (null without a match or a start). */
  private async vacancyStartOf(tx: EntityManager, matchCaseId: string | null): Promise<string | null> {
    const matchCase = matchCaseId && (await matchCaseSummary(tx, matchCaseId));
    return (matchCase && (await vacancyTerms(tx, matchCase.vacancyId))?.startDate) || null;
  }

  agree(viewer: Viewer, id: string, onBehalfOfCandidate = false) {
    return this.act(viewer, id, { kind: 'AGREE' }, null, onBehalfOfCandidate);
  }

  /**
   * The candidate withdraws their consent before the placement starts (their HR lead passes it on while they
   * have no account): the placement waits for their consent again.
   */
  withdrawConsent(viewer: Viewer, id: string, onBehalfOfCandidate = false) {
    return this.act(viewer, id, { kind: 'WITHDRAW_CONSENT' }, null, onBehalfOfCandidate);
  }

  /** The consent text for the placement's terms, for the candidate or their HR lead to show or read out. */
  async consentText(viewer: Viewer, id: string): Promise<PlacementConsentText> {
    const placement = await this.get(viewer, id);
    const party = partyOf(viewer, placement);
    if (party !== PlacementParty.CANDIDATE && party !== PlacementParty.LENDER) refuse(true);
    return placementTextFor(this.dataSource.manager, placement);
  }

  /** An HR lead of the lending employer records the consent of a candidate without an account: they agree. */
  async recordConsentStatement(
    viewer: Viewer,
    id: string,
    input: ConsentStatementInput,
    check: PersonalDataCheckOptions = {},
  ): Promise<ConsentStatementEntity> {
    const statement: StatementToRecord = { input, check };
    await this.act(viewer, id, { kind: 'AGREE' }, null, true, undefined, statement);
    return statement.recorded!;
  }

  decline(
    viewer: Viewer,
    id: string,
    reason: string,
    onBehalfOfCandidate = false,
    check: PersonalDataCheckOptions = {},
  ) {
    const note = cleanNote(reason, 'reason', check);
    return this.act(viewer, id, { kind: 'DECLINE' }, note, onBehalfOfCandidate);
  }

  start(viewer: Viewer, id: string, today = new Date().toISOString().slice(0, 10)) {
    return this.act(viewer, id, { kind: 'START', today }, null);
  }

  end(viewer: Viewer, id: string, note: string | null, check: PersonalDataCheckOptions = {}) {
    return this.act(viewer, id, { kind: 'END' }, cleanNote(note, 'note', check));
  }

  cancel(viewer: Viewer, id: string, reason: string, check: PersonalDataCheckOptions = {}) {
    return this.act(viewer, id, { kind: 'CANCEL' }, cleanNote(reason, 'reason', check));
  }

  evaluate(
    viewer: Viewer,
    id: string,
    text: string,
    onBehalfOfCandidate = false,
    check: PersonalDataCheckOptions = {},
  ) {
    const clean = cleanNote(text, 'evaluation', check);
    if (!clean) throw new EvaluationRequiredError();
    return this.act(viewer, id, { kind: 'EVALUATE', text: clean }, null, onBehalfOfCandidate);
  }

  /**
   * What followed the placement. `alongside` runs in the same transaction once the workflow has allowed it (the
   * hire a HIRED follow-up stands for): both are recorded, or neither.
   */
  recordFollowUp(
    viewer: Viewer,
    id: string,
    followUp: NonNullable<PlacementEntity['followUp']>,
    alongside?: (tx: EntityManager, placement: PlacementEntity) => Promise<void>,
  ) {
    return this.act(
      viewer,
      id,
      { kind: 'FOLLOW_UP', followUp },
      null,
      false,
      alongside && (async (tx) => alongside(tx, await tx.findOneOrFail(PlacementEntity, { where: { id } }))),
    );
  }

  async get(viewer: Viewer, id: string): Promise<PlacementEntity> {
    const placement = await placementVisibleTo(this.dataSource.manager, viewer, id);
    if (!placement) throw new PlacementNotFoundError();
    return placement;
  }

  async history(viewer: Viewer, id: string): Promise<PlacementEventEntity[]> {
    await this.get(viewer, id);
    return this.dataSource.manager.find(PlacementEventEntity, {
      where: { placementId: id },
      order: { id: 'ASC' },
    });
  }

  /** Placements the viewer is a party to (the whole region for its mobility team), newest first. */
  list(viewer: Viewer, status: PlacementStatus | null): Promise<PlacementEntity[]> {
    return placementsVisibleTo(this.dataSource.manager, viewer, status);
  }

  /**
   * The candidate revoked the statement that consented: the placement waits for their consent again. Only if
   * the consent still rests on that statement: consent to changed terms, or the candidate's own consent given
   * since, is not undone by revoking an older statement. Runs under the candidate's lock (the revocation's).
   */
  private async withdrawForStatement(
    tx: EntityManager,
    viewer: Viewer,
    statement: ConsentStatementEntity,
  ): Promise<void> {
    if (!statement.placementId) return;
    const placement = await tx.findOneBy(PlacementEntity, { id: statement.placementId });
    if (!placement?.candidateConsented || placement.consentStatementId !== statement.id) return;
    const open = placement.status === PlacementStatus.PROPOSED || placement.status === PlacementStatus.AGREED;
    if (open) {
      await this.actIn(tx, viewer, placement.id, { kind: 'WITHDRAW_CONSENT' }, null, false);
      return;
    }
    // Started or over: the withdrawal is on record and the parties are told; ending it is theirs to do.
    const which = {
      candidateId: statement.candidateId,
      kinds: [ConsentKind.PLACEMENT],
      placementId: placement.id,
    };
    await endConsents(tx, viewer, which, ConsentEndReason.STATEMENT_REVOKED);
    const event = 'CANDIDATE_CONSENT_WITHDRAWN';
    await this.record(tx, viewer, placement.id, event, placement.status, placement.status, null);
    await this.notifications.notify(tx, partiesOf(placement), placementMessage(event, placement));
  }

  /**
   * The candidate no longer takes part (consent to share their profile withdrawn). A placement they had consented
   * to that has not started is suspended — proposed again, waiting for their consent, never left agreed — and
   * its parties, the host above all, are told so. One that has started is the parties' to end; they are told
   * too. Runs under the candidate's lock (the profile update's), whoever recorded the withdrawal.
   */
  private async suspendForProfileWithdrawal(
    tx: EntityManager,
    viewer: Viewer,
    candidateId: string,
  ): Promise<void> {
    const consented = await tx.find(PlacementEntity, {
      where: {
        candidateId,
        candidateConsented: true,
        status: In([PlacementStatus.PROPOSED, PlacementStatus.AGREED, PlacementStatus.ACTIVE]),
      },
      select: { id: true, hostEmployerId: true },
      order: { id: 'ASC' },
    });
    // Every host's lock first, in one order, so two withdrawals with crossing hosts never wait on each other.
    for (const hostId of [...new Set(consented.map((p) => p.hostEmployerId))].sort())
      await lockCandidateAndHost(tx, candidateId, hostId);
    for (const { id } of consented) {
      const placement = await tx.findOneOrFail(PlacementEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      const which = { candidateId, kinds: [ConsentKind.PLACEMENT], placementId: id };
      await endConsents(tx, viewer, which, ConsentEndReason.PROFILE_CONSENT_WITHDRAWN);
      const reason = ConsentRevocationReason.PROFILE_CONSENT_WITHDRAWN;
      await this.statements.revokeFor(tx, viewer, { placementId: id }, reason);
      if (placement.status === PlacementStatus.ACTIVE) {
        const event = 'CANDIDATE_CONSENT_WITHDRAWN';
        await this.record(tx, viewer, id, event, placement.status, placement.status, null);
        await this.notifications.notify(tx, partiesOf(placement), placementMessage(event, placement));
        continue;
      }
      const facts = applyPlacementAction(placement, PlacementParty.CANDIDATE, { kind: 'WITHDRAW_CONSENT' });
      await tx.update(PlacementEntity, id, {
        ...facts,
        consentStatementId: null,
        version: placement.version + 1,
        updatedAt: new Date(),
      });
      await this.record(tx, viewer, id, 'SUSPENDED', placement.status, facts.status, null);
      const after = await tx.findOneByOrFail(PlacementEntity, { id });
      await this.notifications.notify(tx, partiesOf(after), placementMessage('SUSPENDED', after));
    }
  }

  /**
   * Locks the candidate (the lock order of acting-for-candidate.ts), then the candidate's and host's placements
   * and the placement; checks the party and the rule, applies it, records it and tells the parties.
   */
  private async act(
    viewer: Viewer,
    id: string,
    action: PlacementAction,
    note: string | null,
    onBehalfOfCandidate = false,
    alsoDo?: (tx: EntityManager) => Promise<void>,
    statement?: StatementToRecord,
  ): Promise<PlacementEntity> {
    return this.dataSource.transaction((tx) =>
      this.actIn(tx, viewer, id, action, note, onBehalfOfCandidate, alsoDo, statement),
    );
  }

  private async actIn(
    tx: EntityManager,
    viewer: Viewer,
    id: string,
    action: PlacementAction,
    note: string | null,
    onBehalfOfCandidate: boolean,
    alsoDo?: (tx: EntityManager) => Promise<void>,
    statement?: StatementToRecord,
  ): Promise<PlacementEntity> {
    const peek = await placementVisibleTo(tx, viewer, id);
    if (!peek) throw new PlacementNotFoundError();
    const person = personOf(peek);
    await lockCandidate(tx, person);
    await lockCandidateAndHost(tx, person, peek.hostEmployerId);
    const placement = await tx.findOneOrFail(PlacementEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    const party = partyOf(viewer, placement, onBehalfOfCandidate)!;
    const onBehalf = party === PlacementParty.CANDIDATE && viewer.role === Role.HR_LEAD;
    if (onBehalf) await assertMayAnswerOnBehalf(tx, person);
    if (action.kind === 'AGREE' && onBehalf && !statement)
      refuse(true, () => new ConsentNeedsStatementError());
    if (statement && !onBehalf) refuse(true);
    if (statement && placement.candidateConsented) throw new PlacementAlreadyConsentedError();
    let facts;
    try {
      facts = applyPlacementAction(placement, party, action);
    } catch (error) {
      if (error instanceof PlacementRuleError) throw new PlacementRuleConflictError(error, placement.status);
      throw error;
    }
    const completing = facts.status === PlacementStatus.AGREED && placement.status !== PlacementStatus.AGREED;
    if ((completing || action.kind === 'START') && placement.conflicts.some(isBlocking))
      throw new PlacementConflictsUnresolvedError(placement.conflicts.filter(isBlocking).map((c) => c.kind));
    // The ledger counts what happened: ending early moves the end date (recording a start late does not mean it
    // started late, so the start date stays).
    const today = new Date().toISOString().slice(0, 10);
    const actual =
      action.kind === 'END' && placement.endDate && placement.endDate > today
        ? { endDate: placement.startDate && today < placement.startDate ? placement.startDate : today }
        : {};
    // The candidate's consent rests on the statement recorded now, on their own answer, or on nothing.
    const ownConsent = party === PlacementParty.CANDIDATE && action.kind === 'AGREE';
    const consentStatementId = facts.candidateConsented && !ownConsent ? placement.consentStatementId : null;
    await tx.update(PlacementEntity, id, {
      ...facts,
      ...actual,
      consentStatementId,
      version: placement.version + 1,
      updatedAt: new Date(),
    });
    await alsoDo?.(tx);
    if (statement) {
      statement.recorded = await this.statements.record(
        tx,
        viewer,
        {
          candidateId: person,
          kind: ConsentStatementKind.PLACEMENT,
          employerId: placement.hostEmployerId,
          matchCaseId: placement.matchCaseId,
          placementId: placement.id,
        },
        (await placementTextFor(tx, placement)).text,
        statement.input,
        statement.check,
      );
      await tx.update(PlacementEntity, id, { consentStatementId: statement.recorded.id });
    }
    await this.registerConsentChange(tx, viewer, placement, facts.candidateConsented, action, statement);
    // Consent recorded for a placement that is declined, cancelled or on other terms now does not carry over.
    const ended = STATEMENT_ENDINGS[action.kind];
    if (ended) await this.statements.revokeFor(tx, viewer, { placementId: id }, ended);
    const event = eventName(action, party);
    await this.record(tx, viewer, id, event, placement.status, facts.status, note);
    const after = await tx.findOneByOrFail(PlacementEntity, { id });
    if (
      action.kind === 'CHANGE_TERMS' ||
      action.kind === 'CANCEL' ||
      action.kind === 'DECLINE' ||
      action.kind === 'END' ||
      action.kind === 'START'
    )
      await this.conflicts.refresh(tx, after);
    await this.notifications.notify(tx, partiesOf(after), placementMessage(event, after));
    return tx.findOneByOrFail(PlacementEntity, { id });
  }

  /** The consent register follows the candidate's consent: given now, or ended by this action. */
  private async registerConsentChange(
    tx: EntityManager,
    viewer: Viewer,
    before: PlacementEntity,
    consentedAfter: boolean,
    action: PlacementAction,
    statement: StatementToRecord | undefined,
  ): Promise<void> {
    const candidateId = personOf(before);
    if (!before.candidateConsented && consentedAfter) {
      await registerConsent(tx, viewer, {
        candidateId,
        kind: ConsentKind.PLACEMENT,
        employerIds: [before.hostEmployerId],
        placementId: before.id,
        statementId: statement?.recorded?.id ?? null,
        text: (await placementTextFor(tx, before)).text,
      });
    } else if (before.candidateConsented && !consentedAfter) {
      const reason =
        action.kind === 'WITHDRAW_CONSENT' ? ConsentEndReason.WITHDRAWN : ConsentEndReason.SUBJECT_ENDED;
      await endConsents(
        tx,
        viewer,
        { candidateId, kinds: [ConsentKind.PLACEMENT], placementId: before.id },
        reason,
      );
    }
  }

  private async record(
    tx: EntityManager,
    viewer: Viewer,
    placementId: string,
    event: string,
    from: PlacementStatus,
    to: PlacementStatus,
    note: string | null,
  ) {
    await tx.insert(PlacementEventEntity, {
      placementId,
      event,
      fromStatus: from,
      toStatus: to,
      actorUserId: viewer.userId,
      actorRole: viewer.role,
      note,
    });
  }
}

function eventName(action: PlacementAction, party: PlacementParty): string {
  switch (action.kind) {
    case 'AGREE':
      return party === PlacementParty.CANDIDATE ? 'CANDIDATE_CONSENTED' : `${party}_AGREED`;
    case 'WITHDRAW_CONSENT':
      return 'CANDIDATE_CONSENT_WITHDRAWN';
    case 'DECLINE':
      return `${party}_DECLINED`;
    case 'EVALUATE':
      return `${party}_EVALUATED`;
    case 'FOLLOW_UP':
      return `FOLLOW_UP_${action.followUp}`;
    case 'CHANGE_TERMS':
      return 'CHANGED';
    case 'START':
      return 'STARTED';
    case 'END':
      return 'ENDED';
    case 'CANCEL':
      return 'CANCELLED';
  }
}

const STATEMENT_ENDINGS: Partial<Record<PlacementAction['kind'], ConsentRevocationReason>> = {
  CHANGE_TERMS: ConsentRevocationReason.TERMS_CHANGED,
  CANCEL: ConsentRevocationReason.PLACEMENT_CANCELLED,
  DECLINE: ConsentRevocationReason.PLACEMENT_DECLINED,
};

const NOTE_MAX = 1000;

/** The later of two ISO dates, either may be absent. */
function laterDate(a: string | null, b: string | null): string | null {
  if (!a || !b) return a ?? b;
  return a > b ? a : b;
}

function cleanNote(
  value: string | null | undefined,
  field: string,
  check: PersonalDataCheckOptions,
): string | null {
  return cleanFreeText(value, field, NOTE_MAX, check);
}

function termsOf(p: PlacementEntity): PlacementTerms {
  return {
    kind: p.kind,
    purpose: p.purpose,
    requestedHoursPerWeek: p.requestedHoursPerWeek,
    durationWeeks: p.durationWeeks,
    notBefore: p.notBefore,
    startDate: p.startDate,
    endDate: p.endDate,
    hoursPerWeek: p.hoursPerWeek,
    workDays: p.workDays,
    contractHoursPerWeek: p.contractHoursPerWeek,
    ownWorkHoursPerWeek: p.ownWorkHoursPerWeek,
    salaryPaidBy: p.salaryPaidBy,
    travelCostsReimbursed: p.travelCostsReimbursed,
    travelCostsPaidBy: p.travelCostsPaidBy,
    insuranceNote: p.insuranceNote,
    subsidyNote: p.subsidyNote,
    returnOption: p.returnOption,
    lendingContact: p.lendingContact,
    hostContact: p.hostContact,
  };
}
