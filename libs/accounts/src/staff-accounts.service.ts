import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, NotFoundError, Role, Viewer } from '@werkbrug/core';
import { NotificationsService } from '@werkbrug/notifications';
import { DataSource, type EntityManager, In } from 'typeorm';
import { accountRefusal } from './account-access';
import type { NamedPerson } from './account-description';
import {
  AccountNotActiveError,
  AccountNotPendingApprovalError,
  ApproverVouchedForByRequesterError,
  CannotChangeOwnRightsError,
} from './accounts.errors';
import { AccessToken, AuthService } from './auth.service';
import { InvitationClaimRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import {
  type ActivateStaffAccountInput,
  type IssuedActivation,
  issueActivation,
  StaffAccountActivations,
  UnusablePassword,
} from './staff-account-activation';
import {
  type CreateStaffAccountInput,
  staffAccountScope,
  translateStaffWriteError,
} from './staff-account-input';
import { AccountEventKind, AccountOrigin, AccountStatus, ApprovalBasis } from './staff-account.enums';
import { announceStaffAccount, staffAccountMessage } from './staff-account-messages';
import { approvalBasis, checkApproval, creationOutcome, mayKnowOf, mayReject } from './staff-account-rules';
import {
  employerInOnboarding,
  employersInOnboarding,
  loadViewerAccount,
  lockStaffScope,
  pendingInScope,
  readStaffAccount,
  recentAccountEvents,
  recordAccountEvent,
  reloadAccount,
  type StaffAccountRow,
} from './staff-account.store';
import { UserAccountEntity } from './user-account.entity';

export type { ActivateStaffAccountInput, IssuedActivation } from './staff-account-activation';
export type { CreateStaffAccountInput } from './staff-account-input';

/** An account just created or approved, with its activation code when it became usable (shown this once). */
export interface StaffAccountOutcome {
  account: UserAccountEntity;
  activation: IssuedActivation | null;
}

export interface PendingStaffAccount {
  account: UserAccountEntity;
  requestedBy: (NamedPerson & { id: string }) | null;
  requestedAt: Date;
  basis: ApprovalBasis;
}

export interface StaffAccountEvent {
  id: string;
  kind: AccountEventKind;
  at: Date;
  account: { id: string; email: string; displayName: string; role: Role };
  actor: NamedPerson & { id: string };
  reason: string | null;
  text: { nl: string; en: string };
}

type Decision = { kind: AccountEventKind; reason: string | null; activation: IssuedActivation | null };

/**
 * Staff accounts come into being by two people: an employer's administrator HR lead adds HR leads at once;
 * anyone else's request waits for a second person (see staff-account-rules.ts). Every account, request and
 * decision is kept in account_event and announced to the circle the account joins; its holder activates it.
 */
@Injectable()
export class StaffAccountsService {
  private readonly unusablePassword: UnusablePassword;
  private readonly activations: StaffAccountActivations;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    hasher: PasswordHasher,
    private readonly notifications: NotificationsService,
    auth: AuthService,
    activationLimiter: InvitationClaimRateLimiter,
  ) {
    this.unusablePassword = new UnusablePassword(hasher);
    this.activations = new StaffAccountActivations(
      dataSource,
      hasher,
      notifications,
      auth,
      activationLimiter,
    );
  }

  async create(viewer: Viewer, input: CreateStaffAccountInput): Promise<StaffAccountOutcome> {
    const scope = await staffAccountScope(this.dataSource.manager, input);
    try {
      return await this.dataSource.transaction(async (tx) => {
        const who = await loadViewerAccount(tx, viewer);
        const outcome = creationOutcome(who, {
          role: input.role,
          employerId: scope.employerId,
          regionCode: scope.regionCode,
          employerAdmin: input.employerAdmin ?? false,
        });
        if (!outcome.allowed) {
          // Another region's employer answers like a random id (employers are visible within their region).
          const seesEmployer =
            scope.employerId === null ||
            viewer.role === Role.ADMINISTRATOR ||
            viewer.regionCode === scope.regionCode;
          throw accountRefusal(seesEmployer, () => new NotFoundError('Employer', 'Werkgever'));
        }
        const active = outcome.status === AccountStatus.ACTIVE;
        const saved = await tx.save(
          tx.create(UserAccountEntity, {
            email: input.email.trim(),
            passwordHash: await this.unusablePassword.hash(),
            displayName: input.displayName.trim(),
            role: input.role,
            employerId: scope.employerId,
            // An HR lead's region is their employer's; the account itself holds only a team's or counsellor's.
            regionCode: input.role === Role.HR_LEAD ? null : scope.regionCode,
            candidateId: null,
            status: outcome.status,
            origin: outcome.origin,
            employerAdmin: active && (input.employerAdmin ?? false),
            createdByUserId: viewer.userId,
            disabledAt: active ? null : new Date(),
          }),
        );
        const kind = active ? AccountEventKind.CREATED : AccountEventKind.REQUESTED;
        await recordAccountEvent(tx, saved.id, kind, viewer);
        const activation = active ? await issueActivation(tx, saved.id, viewer) : null;
        await this.announce(tx, kind, saved, scope.regionCode, who.person, null, null);
        return { account: await reloadAccount(tx, saved.id), activation };
      });
    } catch (error) {
      throw translateStaffWriteError(error);
    }
  }

  /** Pending accounts this viewer may approve, oldest first, with the capacity they would approve in. */
  async pending(viewer: Viewer): Promise<PendingStaffAccount[]> {
    if (viewer.role === Role.JOB_SEEKER || viewer.role === Role.COUNSELLOR) throw new ForbiddenError();
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const who = await loadViewerAccount(tx, viewer);
      const accounts = await pendingInScope(tx, viewer);
      const onboarding = await employersInOnboarding(
        tx,
        accounts.flatMap((a) => (a.employerId ? [a.employerId] : [])),
      );
      const approvable = accounts.flatMap((row) => {
        const basis = approvalBasis(who, row, row.employerId !== null && onboarding.has(row.employerId));
        return basis ? [{ row, basis }] : [];
      });
      const entities = await tx.findBy(UserAccountEntity, { id: In(approvable.map((a) => a.row.id)) });
      const byId = new Map(entities.map((e) => [e.id, e]));
      return approvable.map(({ row, basis }) => ({
        account: byId.get(row.id)!,
        requestedBy:
          row.requester && row.createdByUserId ? { id: row.createdByUserId, ...row.requester } : null,
        requestedAt: row.createdAt,
        basis,
      }));
    });
  }

  async approve(viewer: Viewer, id: string): Promise<StaffAccountOutcome> {
    return this.decide(viewer, id, async (tx, who, account, onboarding) => {
      const check = checkApproval(who, account, onboarding);
      if (!check.allowed)
        throw check.refusal === 'VOUCHED_FOR_BY_REQUESTER'
          ? new ApproverVouchedForByRequesterError()
          : new ForbiddenError();
      // The first HR lead of a new employer becomes its administrator: someone must be able to add the next.
      const firstOfEmployer = account.role === Role.HR_LEAD && check.basis === ApprovalBasis.SECOND_PERSON;
      await tx.update(UserAccountEntity, account.id, {
        status: AccountStatus.ACTIVE,
        disabledAt: null,
        // Whatever password a request may once have carried is gone: only the activation code sets one.
        passwordHash: await this.unusablePassword.hash(),
        origin:
          check.basis === ApprovalBasis.EMPLOYER_ADMIN
            ? AccountOrigin.APPROVED_BY_EMPLOYER_ADMIN
            : AccountOrigin.APPROVED_BY_SECOND_PERSON,
        approvedByUserId: viewer.userId,
        approvedAt: new Date(),
        employerAdmin: firstOfEmployer,
      });
      await recordAccountEvent(tx, account.id, AccountEventKind.APPROVED, viewer);
      if (firstOfEmployer)
        await recordAccountEvent(tx, account.id, AccountEventKind.EMPLOYER_ADMIN_GRANTED, viewer);
      const activation = await issueActivation(tx, account.id, viewer);
      return { kind: AccountEventKind.APPROVED, reason: null, activation };
    });
  }

  async reject(viewer: Viewer, id: string, reason: string | null): Promise<UserAccountEntity> {
    const why = reason?.trim().slice(0, 500) || null;
    const { account } = await this.decide(viewer, id, async (tx, who, account, onboarding) => {
      if (!mayReject(who, account, onboarding)) throw new ForbiddenError();
      await tx.update(UserAccountEntity, account.id, { status: AccountStatus.REJECTED });
      await recordAccountEvent(tx, account.id, AccountEventKind.REJECTED, viewer, why);
      return { kind: AccountEventKind.REJECTED, reason: why, activation: null };
    });
    return account;
  }

  /** A fresh code for an account whose holder has not activated it yet (the first one expired or got lost). */
  renewActivation(viewer: Viewer, id: string): Promise<IssuedActivation> {
    return this.activations.renew(viewer, id);
  }

  /** The account's holder chooses their password with the activation code, and is logged in. */
  activateFromClient(input: ActivateStaffAccountInput, clientAddress: string): Promise<AccessToken> {
    return this.activations.activateFromClient(input, clientAddress);
  }

  /** Every staff account's requests, creations, approvals and activations, newest first: for administrators. */
  async events(viewer: Viewer, limit: number): Promise<StaffAccountEvent[]> {
    if (viewer.role !== Role.ADMINISTRATOR) throw new ForbiddenError();
    const rows = await recentAccountEvents(this.dataSource.manager, Math.min(Math.max(limit, 1), 200));
    return rows.map(({ requester, ...row }) => ({
      ...row,
      text: staffAccountMessage(row.kind, row.account, row.actor, requester, row.reason),
    }));
  }

  /** An employer's administrator HR lead shares or withdraws that role with another of the employer's HR leads. */
  async setEmployerAdmin(viewer: Viewer, userId: string, employerAdmin: boolean): Promise<UserAccountEntity> {
    if (viewer.role !== Role.HR_LEAD) throw new ForbiddenError();
    if (viewer.userId === userId) throw new CannotChangeOwnRightsError();
    return this.dataSource.transaction(async (tx) => {
      await lockStaffScope(tx, `employer:${viewer.employerId}`);
      const who = await loadViewerAccount(tx, viewer);
      if (who.employerAdminOf !== viewer.employerId) throw new ForbiddenError();
      const target = await readStaffAccount(tx, userId, true);
      if (!target || target.role !== Role.HR_LEAD || target.employerId !== viewer.employerId)
        throw new NotFoundError('User', 'Gebruiker');
      if (target.status !== AccountStatus.ACTIVE) throw new AccountNotActiveError();
      const current = await reloadAccount(tx, userId);
      if (current.employerAdmin === employerAdmin) return current;
      await tx.update(UserAccountEntity, userId, { employerAdmin });
      const kind = employerAdmin
        ? AccountEventKind.EMPLOYER_ADMIN_GRANTED
        : AccountEventKind.EMPLOYER_ADMIN_REVOKED;
      await recordAccountEvent(tx, userId, kind, viewer);
      await this.announce(tx, kind, current, target.regionCode, who.person);
      return reloadAccount(tx, userId);
    });
  }

  /** Approve and reject share the locking, the scope check and the announcement. */
  private async decide(
    viewer: Viewer,
    id: string,
    apply: (
      tx: EntityManager,
      who: Awaited<ReturnType<typeof loadViewerAccount>>,
      account: StaffAccountRow,
      employerOnboarding: boolean,
    ) => Promise<Decision>,
  ): Promise<StaffAccountOutcome> {
    return this.dataSource.transaction(async (tx) => {
      // The scope lock comes first (as in setEmployerAdmin), then the row: never the other way round.
      const found = await readStaffAccount(tx, id, false);
      if (!found) throw new NotFoundError('User', 'Gebruiker');
      await lockStaffScope(tx, found.employerId ? `employer:${found.employerId}` : `account:${id}`);
      const account = (await readStaffAccount(tx, id, true))!;
      const who = await loadViewerAccount(tx, viewer);
      if (!mayKnowOf(who, account)) throw new NotFoundError('User', 'Gebruiker');
      if (account.status !== AccountStatus.PENDING_APPROVAL) throw new AccountNotPendingApprovalError();
      const onboarding = await employerInOnboarding(tx, account.employerId);
      const { kind, reason, activation } = await apply(tx, who, account, onboarding);
      const saved = await reloadAccount(tx, id);
      await this.announce(tx, kind, saved, account.regionCode, who.person, account.requester, reason);
      return { account: saved, activation };
    });
  }

  private announce(
    tx: EntityManager,
    kind: AccountEventKind,
    account: UserAccountEntity,
    regionCode: string | null,
    actor: NamedPerson,
    requester: NamedPerson | null = null,
    reason: string | null = null,
  ): Promise<void> {
    return announceStaffAccount(this.notifications, tx, {
      kind,
      account,
      regionCode,
      actor,
      requester,
      reason,
    });
  }
}
