import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  Role,
  Viewer,
} from '@werkbrug/core';
import { EmployerEntity } from '@werkbrug/employers/employer.entity';
import { NotificationsService, type Recipient } from '@werkbrug/notifications';
import { DataSource, type EntityManager, In, QueryFailedError } from 'typeorm';
import type { NamedPerson } from './account-description';
import { EmailAlreadyRegisteredError } from './accounts.errors';
import { PasswordHasher } from './password-hasher';
import { assertAcceptablePassword } from './password-policy';
import { AccountEventKind, AccountOrigin, AccountStatus, ApprovalBasis } from './staff-account.enums';
import { staffAccountMessage } from './staff-account-messages';
import { approvalBasis, creationOutcome, mayKnowOf, mayReject, type StaffRole } from './staff-account-rules';
import {
  employerHasActiveHrLead,
  employersWithActiveHrLead,
  loadViewerAccount,
  readStaffAccount,
  lockStaffScope,
  pendingInScope,
  recordAccountEvent,
  reloadAccount,
  type StaffAccountRow,
} from './staff-account.store';
import { UserAccountEntity } from './user-account.entity';

export interface CreateStaffAccountInput {
  email: string;
  password: string;
  displayName: string;
  role: StaffRole;
  employerId?: string;
  regionCode?: string;
  /** Only an administrator HR lead of the same employer may create another one. */
  employerAdmin?: boolean;
}

export interface PendingStaffAccount {
  account: UserAccountEntity;
  requestedBy: (NamedPerson & { id: string }) | null;
  requestedAt: Date;
  basis: ApprovalBasis;
}

/**
 * Staff accounts come into being by two people: an employer's administrator HR lead adds HR leads at once;
 * anyone else's request waits for a second person (see staff-account-rules.ts). Every account, request and
 * decision is announced to the circle the account joins and kept in account_event.
 */
@Injectable()
export class StaffAccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly notifications: NotificationsService,
  ) {}

  async create(viewer: Viewer, input: CreateStaffAccountInput): Promise<UserAccountEntity> {
    const scope = await this.validate(input);
    assertAcceptablePassword(input.password, { email: input.email, displayName: input.displayName });
    const passwordHash = await this.hasher.hash(input.password);
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
          throw seesEmployer ? new ForbiddenError() : new NotFoundError('Employer', 'Werkgever');
        }
        const active = outcome.status === AccountStatus.ACTIVE;
        const saved = await tx.save(
          tx.create(UserAccountEntity, {
            email: input.email.trim(),
            passwordHash,
            displayName: input.displayName.trim(),
            role: input.role,
            employerId: scope.employerId,
            regionCode: input.role === Role.MOBILITY_TEAM ? scope.regionCode : null,
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
        await this.announce(tx, kind, saved, scope.regionCode, who.person, null, null);
        return reloadAccount(tx, saved.id);
      });
    } catch (error) {
      throw translateWriteError(error);
    }
  }

  /** Pending accounts this viewer may approve, oldest first, with the capacity they would approve in. */
  async pending(viewer: Viewer): Promise<PendingStaffAccount[]> {
    if (viewer.role === Role.JOB_SEEKER) throw new ForbiddenError();
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const who = await loadViewerAccount(tx, viewer);
      const accounts = await pendingInScope(tx, viewer);
      const staffed = await employersWithActiveHrLead(
        tx,
        accounts.flatMap((a) => (a.employerId ? [a.employerId] : [])),
      );
      const approvable = accounts.flatMap((row) => {
        const basis = approvalBasis(who, row, row.employerId !== null && staffed.has(row.employerId));
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

  async approve(viewer: Viewer, id: string): Promise<UserAccountEntity> {
    return this.decide(viewer, id, async (tx, who, account, staffed) => {
      const basis = approvalBasis(who, account, staffed);
      if (!basis) throw new ForbiddenError();
      // The first HR lead of a new employer becomes its administrator: someone must be able to add the next.
      const firstOfEmployer = account.role === Role.HR_LEAD && basis === ApprovalBasis.SECOND_PERSON;
      await tx.update(UserAccountEntity, account.id, {
        status: AccountStatus.ACTIVE,
        disabledAt: null,
        origin:
          basis === ApprovalBasis.EMPLOYER_ADMIN
            ? AccountOrigin.APPROVED_BY_EMPLOYER_ADMIN
            : AccountOrigin.APPROVED_BY_SECOND_PERSON,
        approvedByUserId: viewer.userId,
        approvedAt: new Date(),
        employerAdmin: firstOfEmployer,
      });
      await recordAccountEvent(tx, account.id, AccountEventKind.APPROVED, viewer);
      if (firstOfEmployer)
        await recordAccountEvent(tx, account.id, AccountEventKind.EMPLOYER_ADMIN_GRANTED, viewer);
      return { kind: AccountEventKind.APPROVED, reason: null };
    });
  }

  async reject(viewer: Viewer, id: string, reason: string | null): Promise<UserAccountEntity> {
    const why = reason?.trim().slice(0, 500) || null;
    return this.decide(viewer, id, async (tx, who, account, staffed) => {
      if (!mayReject(who, account, staffed)) throw new ForbiddenError();
      await tx.update(UserAccountEntity, account.id, { status: AccountStatus.REJECTED });
      await recordAccountEvent(tx, account.id, AccountEventKind.REJECTED, viewer, why);
      return { kind: AccountEventKind.REJECTED, reason: why };
    });
  }

  /** An employer's administrator HR lead shares or withdraws that role with another of the employer's HR leads. */
  async setEmployerAdmin(viewer: Viewer, userId: string, employerAdmin: boolean): Promise<UserAccountEntity> {
    if (viewer.role !== Role.HR_LEAD) throw new ForbiddenError();
    if (viewer.userId === userId) throw new ForbiddenError(CANNOT_CHANGE_SELF);
    return this.dataSource.transaction(async (tx) => {
      await lockStaffScope(tx, `employer:${viewer.employerId}`);
      const who = await loadViewerAccount(tx, viewer);
      if (who.employerAdminOf !== viewer.employerId) throw new ForbiddenError();
      const target = await readStaffAccount(tx, userId, true);
      if (!target || target.role !== Role.HR_LEAD || target.employerId !== viewer.employerId)
        throw new NotFoundError('User', 'Gebruiker');
      if (target.status !== AccountStatus.ACTIVE) throw new ConflictError(NOT_ACTIVE);
      const current = await reloadAccount(tx, userId);
      if (current.employerAdmin === employerAdmin) return current;
      await tx.update(UserAccountEntity, userId, { employerAdmin });
      const kind = employerAdmin
        ? AccountEventKind.EMPLOYER_ADMIN_GRANTED
        : AccountEventKind.EMPLOYER_ADMIN_REVOKED;
      await recordAccountEvent(tx, userId, kind, viewer);
      await this.announce(tx, kind, current, target.regionCode, who.person, null, null);
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
      employerStaffed: boolean,
    ) => Promise<{ kind: AccountEventKind; reason: string | null }>,
  ): Promise<UserAccountEntity> {
    return this.dataSource.transaction(async (tx) => {
      // The scope lock comes first (as in setEmployerAdmin), then the row: never the other way round.
      const found = await readStaffAccount(tx, id, false);
      if (!found) throw new NotFoundError('User', 'Gebruiker');
      await lockStaffScope(tx, found.employerId ? `employer:${found.employerId}` : `account:${id}`);
      const account = (await readStaffAccount(tx, id, true))!;
      const who = await loadViewerAccount(tx, viewer);
      if (!mayKnowOf(who, account)) throw new NotFoundError('User', 'Gebruiker');
      if (account.status !== AccountStatus.PENDING_APPROVAL) throw new ConflictError(NOT_PENDING);
      const staffed = await employerHasActiveHrLead(tx, account.employerId);
      const { kind, reason } = await apply(tx, who, account, staffed);
      const saved = await reloadAccount(tx, id);
      await this.announce(tx, kind, saved, account.regionCode, who.person, account.requester, reason);
      return saved;
    });
  }

  private async validate(
    input: CreateStaffAccountInput,
  ): Promise<{ employerId: string | null; regionCode: string | null }> {
    if (input.role === Role.HR_LEAD) {
      if (!input.employerId)
        throw new InvalidInputError(
          { en: 'An HR lead belongs to an employer.', nl: 'Een HR-adviseur hoort bij een werkgever.' },
          { field: 'employerId' },
        );
      const employer = await this.dataSource.manager.findOneBy(EmployerEntity, { id: input.employerId });
      if (!employer) throw new NotFoundError('Employer', 'Werkgever');
      return { employerId: employer.id, regionCode: employer.regionCode };
    }
    if (input.role === Role.MOBILITY_TEAM && !input.regionCode)
      throw new InvalidInputError(
        {
          en: 'A mobility team member belongs to a region.',
          nl: 'Een mobiliteitsteamlid hoort bij een regio.',
        },
        { field: 'regionCode' },
      );
    return { employerId: null, regionCode: input.role === Role.MOBILITY_TEAM ? input.regionCode! : null };
  }

  private async announce(
    tx: EntityManager,
    kind: AccountEventKind,
    account: UserAccountEntity,
    regionCode: string | null,
    actor: NamedPerson,
    requester: NamedPerson | null,
    reason: string | null,
  ): Promise<void> {
    const recipients: Recipient[] = [];
    if (account.role === Role.HR_LEAD && account.employerId)
      recipients.push({ employerId: account.employerId });
    if (account.role === Role.MOBILITY_TEAM && regionCode) recipients.push({ regionCode });
    if (recipients.length === 0) return;
    await this.notifications.notify(tx, recipients, {
      kind: `STAFF_ACCOUNT_${kind}`,
      subjectType: 'UserAccount',
      subjectId: account.id,
      text: staffAccountMessage(kind, account, actor, requester, reason),
    });
  }
}

const NOT_PENDING = {
  en: 'This account is not awaiting approval.',
  nl: 'Dit account wacht niet op goedkeuring.',
};
const NOT_ACTIVE = { en: 'This account is not active.', nl: 'Dit account is niet actief.' };
const CANNOT_CHANGE_SELF = {
  en: 'You cannot change your own role or rights.',
  nl: 'Je kunt je eigen rol of rechten niet wijzigen.',
};

function translateWriteError(error: unknown): unknown {
  if (!(error instanceof QueryFailedError)) return error;
  const code = (error.driverError as { code?: string }).code;
  if (code === '23505') return new EmailAlreadyRegisteredError();
  if (code === '23503')
    return new InvalidInputError(
      { en: 'The region does not exist.', nl: 'De regio bestaat niet.' },
      { field: 'regionCode' },
    );
  return error;
}
