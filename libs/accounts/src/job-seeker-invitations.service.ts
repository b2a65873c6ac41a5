import { createHash, randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ForbiddenError, NotFoundError, Role, Viewer } from '@werkbrug/core';
import { DataSource } from 'typeorm';
import {
  CandidateAlreadyHasAccountError,
  EmailAlreadyRegisteredError,
  InvalidInvitationError,
} from './accounts.errors';
import { AccessToken, AuthService } from './auth.service';
import { JobSeekerInvitationEntity } from './job-seeker-invitation.entity';
import { InvitationClaimRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { assertAcceptablePassword } from './password-policy';
import { UserAccountEntity } from './user-account.entity';

const INVITATION_VALID_DAYS = 14;
/** Unambiguous letters and digits (no 0/O, 1/I/L), so a code read out over the phone survives. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export interface CreatedInvitation {
  code: string;
  expiresAt: Date;
}

export interface ClaimAccountInput {
  code: string;
  email: string;
  password: string;
  displayName: string;
}

@Injectable()
export class JobSeekerInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly auth: AuthService,
    private readonly rateLimiter: InvitationClaimRateLimiter,
  ) {}

  /** HR leads invite the candidates their employer posted; the code is shown once and stored only hashed. */
  async create(viewer: Viewer, candidateId: string): Promise<CreatedInvitation> {
    if (viewer.role !== Role.HR_LEAD) throw new ForbiddenError();
    const owner: { employer_id: string; has_account: boolean }[] = await this.dataSource.query(
      `SELECT c.employer_id, EXISTS (SELECT 1 FROM user_account u WHERE u.candidate_id = c.id) AS has_account
       FROM candidate_profile c WHERE c.id = $1`,
      [candidateId],
    );
    if (!owner[0] || owner[0].employer_id !== viewer.employerId)
      throw new NotFoundError('Candidate', 'Kandidaat');
    if (owner[0].has_account) throw new CandidateAlreadyHasAccountError();

    const code = generateCode();
    const expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * 24 * 3600 * 1000);
    await this.dataSource.transaction(async (tx) => {
      // A new invitation replaces any earlier unused one: only the latest code handed over works.
      await tx.query(
        `UPDATE job_seeker_invitation SET revoked_at = now()
         WHERE candidate_id = $1 AND claimed_at IS NULL AND revoked_at IS NULL`,
        [candidateId],
      );
      await tx.insert(JobSeekerInvitationEntity, {
        candidateId,
        codeSha256: sha256(normaliseCode(code)),
        createdByUserId: viewer.userId,
        expiresAt,
      });
    });
    return { code, expiresAt };
  }

  /**
   * A person claims their account from a client: wrong codes are rate-limited like failed logins (per e-mail
   * address and client address, and per client address), and the password they choose must pass the policy.
   * The code is looked at first, so only its holder gets advice about passwords (and spends the CPU it takes).
   */
  async claimFromClient(input: ClaimAccountInput, clientAddress: string): Promise<AccessToken> {
    await this.rateLimiter.assertAllowed(input.email, clientAddress);
    try {
      if (!(await this.isClaimable(input.code))) throw new InvalidInvitationError();
      assertAcceptablePassword(input.password, input);
      const session = await this.claim(input);
      await this.rateLimiter.recordSuccess(input.email, clientAddress);
      return session;
    } catch (error) {
      if (error instanceof InvalidInvitationError)
        await this.rateLimiter.recordFailure(input.email, clientAddress);
      throw error;
    }
  }

  /** Without a lock: claim() checks again, in its transaction. */
  private async isClaimable(code: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM job_seeker_invitation
       WHERE code_sha256 = $1 AND claimed_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
      [sha256(normaliseCode(code))],
    );
    return rows.length > 0;
  }

  private async claim(input: ClaimAccountInput): Promise<AccessToken> {
    const passwordHash = await this.hasher.hash(input.password);
    const user = await this.dataSource.transaction(async (tx) => {
      const invitation = await tx
        .createQueryBuilder(JobSeekerInvitationEntity, 'i')
        .setLock('pessimistic_write')
        .where('i.codeSha256 = :hash', { hash: sha256(normaliseCode(input.code)) })
        .andWhere('i.claimedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > now()')
        .getOne();
      if (!invitation) throw new InvalidInvitationError();
      const taken = await tx.count(UserAccountEntity, { where: { email: input.email.trim() } });
      if (taken > 0) throw new EmailAlreadyRegisteredError();
      const existing = await tx.count(UserAccountEntity, { where: { candidateId: invitation.candidateId } });
      if (existing > 0) throw new CandidateAlreadyHasAccountError();
      await tx.update(JobSeekerInvitationEntity, invitation.id, { claimedAt: new Date() });
      return tx.save(
        tx.create(UserAccountEntity, {
          email: input.email.trim(),
          passwordHash,
          displayName: input.displayName.trim(),
          role: Role.JOB_SEEKER,
          candidateId: invitation.candidateId,
        }),
      );
    });
    return this.auth.issueToken(user);
  }
}

function generateCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8, 12).join('')}`;
}

function normaliseCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
