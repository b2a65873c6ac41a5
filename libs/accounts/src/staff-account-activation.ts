import { randomBytes } from 'node:crypto';
import { type Viewer } from '@werkbrug/core';
import type { NotificationsService } from '@werkbrug/notifications';
import type { DataSource, EntityManager } from 'typeorm';
import {
  AccountAlreadyActivatedError,
  AccountNotActiveError,
  InvalidActivationCodeError,
} from './accounts.errors';
import type { AccessToken, AuthService } from './auth.service';
import type { InvitationClaimRateLimiter } from './login-rate-limiter';
import { generateOneTimeCode, oneTimeCodeHash } from './one-time-code';
import type { PasswordHasher } from './password-hasher';
import { assertAcceptablePassword } from './password-policy';
import {
  awaitsActivation,
  completeActivation,
  findUsableActivation,
  saveActivation,
} from './staff-account-activation.store';
import { AccountEventKind, AccountStatus } from './staff-account.enums';
import { announceStaffAccount } from './staff-account-messages';
import { requireAccountAccess } from './account-access';
import { mayIssueActivation, mayKnowOf } from './staff-account-rules';
import {
  loadViewerAccount,
  readStaffAccount,
  recordAccountEvent,
  reloadAccount,
} from './staff-account.store';

/**
 * A staff account never gets a password from whoever created or approved it: it is stored with a password
 * nobody knows, and its holder chooses their own with a one-time activation code. The code is given once to the
 * person who created the account directly or approved the request (never to the requester), who hands it over.
 */
export const ACTIVATION_VALID_DAYS = 7;

export interface IssuedActivation {
  /** Shown once; only its hash is kept. */
  code: string;
  expiresAt: Date;
}

export interface ActivateStaffAccountInput {
  code: string;
  email: string;
  password: string;
}

/** Issues a new code for the account in the caller's transaction (replacing an unused one) and records it. */
export async function issueActivation(
  tx: EntityManager,
  userId: string,
  issuer: Viewer,
): Promise<IssuedActivation> {
  const code = generateOneTimeCode();
  const expiresAt = new Date(Date.now() + ACTIVATION_VALID_DAYS * 24 * 3600 * 1000);
  await saveActivation(tx, userId, oneTimeCodeHash(code), expiresAt, issuer.userId);
  await recordAccountEvent(tx, userId, AccountEventKind.ACTIVATION_ISSUED, issuer);
  return { code, expiresAt };
}

/**
 * A real Argon2 hash of a random secret that is thrown away: nobody can log in with it, and a login attempt
 * costs as long as any other, so timing does not tell which accounts still await activation.
 */
export class UnusablePassword {
  private hashed: Promise<string> | undefined;

  constructor(private readonly hasher: PasswordHasher) {}

  hash(): Promise<string> {
    this.hashed ??= this.hasher.hash(randomBytes(32).toString('base64url')).catch((error: unknown) => {
      this.hashed = undefined;
      throw error;
    });
    return this.hashed;
  }
}

/** Renewing and using activation codes; part of StaffAccountsService, which builds it from its own providers. */
export class StaffAccountActivations {
  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly notifications: NotificationsService,
    private readonly auth: AuthService,
    private readonly limiter: InvitationClaimRateLimiter,
  ) {}

  /** A fresh code for an account whose holder has not activated it yet (the first one expired or got lost). */
  async renew(viewer: Viewer, id: string): Promise<IssuedActivation> {
    return this.dataSource.transaction(async (tx) => {
      const found = await readStaffAccount(tx, id, true);
      const who = await loadViewerAccount(tx, viewer);
      const account = requireAccountAccess(found && mayKnowOf(who, found) ? found : null, (a) =>
        mayIssueActivation(who, a),
      );
      if (account.status !== AccountStatus.ACTIVE) throw new AccountNotActiveError();
      if (!(await awaitsActivation(tx, id))) throw new AccountAlreadyActivatedError();
      const activation = await issueActivation(tx, id, viewer);
      await announceStaffAccount(this.notifications, tx, {
        kind: AccountEventKind.ACTIVATION_ISSUED,
        account: await reloadAccount(tx, id),
        regionCode: account.regionCode,
        actor: who.person,
        requester: null,
        reason: null,
      });
      return activation;
    });
  }

  /**
   * The account's holder chooses their password with the activation code. Wrong codes are limited like
   * invitation claims (per address and client, and per client); the code is checked first, so only its holder
   * gets advice about passwords.
   */
  async activateFromClient(input: ActivateStaffAccountInput, clientAddress: string): Promise<AccessToken> {
    const subject = `staff-activation:${input.email}`;
    const user = await this.limiter.attempt(
      subject,
      clientAddress,
      async () => {
        const codeHash = oneTimeCodeHash(input.code);
        const found = await findUsableActivation(this.dataSource.manager, codeHash, input.email, false);
        if (!found) throw new InvalidActivationCodeError();
        assertAcceptablePassword(input.password, { email: input.email, displayName: found.displayName });
        const passwordHash = await this.hasher.hash(input.password);
        return this.dataSource.transaction(async (tx) => {
          const usable = await findUsableActivation(tx, codeHash, input.email, true);
          if (!usable) throw new InvalidActivationCodeError();
          await completeActivation(tx, usable.userId, passwordHash);
          const account = await reloadAccount(tx, usable.userId);
          // The holder acts on their own account.
          await recordAccountEvent(tx, account.id, AccountEventKind.ACTIVATED, {
            userId: account.id,
            role: account.role,
          });
          await announceStaffAccount(this.notifications, tx, {
            kind: AccountEventKind.ACTIVATED,
            account,
            regionCode: account.regionCode,
            actor: account,
            requester: null,
            reason: null,
          });
          return account;
        });
      },
      (error) => error instanceof InvalidActivationCodeError,
    );
    return this.auth.issueToken(user);
  }
}
