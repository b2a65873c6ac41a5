import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { lockCandidateProfile, lockInvitationAddressee } from '@werkbrug/candidates/candidate-records.store';
import { AppConfig } from '@werkbrug/config';
import { ForbiddenError, NotFoundError, Role, Viewer } from '@werkbrug/core';
import { maskEmailAddress, queueMail } from '@werkbrug/mail';
import { DataSource, QueryFailedError } from 'typeorm';
import {
  CandidateAlreadyHasAccountError,
  EmailAlreadyRegisteredError,
  InvalidInvitationError,
  InvitationAddressMismatchError,
  InvitationNeedsEmailError,
} from './accounts.errors';
import { AccessToken, AuthService } from './auth.service';
import { candidateHasAccount, revokeOpenInvitations } from './candidate-accounts.store';
import { isInvitationClaimable, lockClaimableInvitation } from './job-seeker-invitation.store';
import { JobSeekerInvitationEntity } from './job-seeker-invitation.entity';
import { generateOneTimeCode, oneTimeCodeHash } from './one-time-code';
import { InvitationClaimRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { assertAcceptablePassword } from './password-policy';
import { UserAccountEntity } from './user-account.entity';

const INVITATION_VALID_DAYS = 14;

export interface CreatedInvitation {
  expiresAt: Date;
  /** The address the code was mailed to, masked (`j•••@example.nl`): the HR lead never sees the code. */
  sentTo: string;
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
    private readonly config: AppConfig,
  ) {}

  /**
   * HR leads invite the candidates their employer posted. The code is mailed to the person's own address (from
   * their identity) and stored only hashed: the HR lead never sees it, so no one but the person can claim the
   * account and then give consent in their name. Only a claim with that same address is accepted.
   */
  async create(viewer: Viewer, candidateId: string): Promise<CreatedInvitation> {
    if (viewer.role !== Role.HR_LEAD) throw new ForbiddenError();
    const code = generateOneTimeCode();
    const expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * 24 * 3600 * 1000);
    const sentTo = await this.dataSource.transaction(async (tx) => {
      const addressee = await lockInvitationAddressee(tx, candidateId);
      if (!addressee || addressee.employerId !== viewer.employerId)
        throw new NotFoundError('Candidate', 'Kandidaat');
      if (await candidateHasAccount(tx, candidateId)) throw new CandidateAlreadyHasAccountError();
      const email = addressee.email;
      if (!email) throw new InvitationNeedsEmailError();
      // A new invitation replaces any earlier unused one: only the latest code works.
      await revokeOpenInvitations(tx, candidateId);
      await tx.insert(JobSeekerInvitationEntity, {
        candidateId,
        codeSha256: oneTimeCodeHash(code),
        createdByUserId: viewer.userId,
        expiresAt,
        sentToEmail: email,
      });
      await queueMail(tx, {
        to: email,
        purpose: 'job-seeker-invitation',
        ...invitationMail(code, expiresAt, `${this.config.PUBLIC_URL}/claim`),
      });
      return email;
    });
    return { expiresAt, sentTo: maskEmailAddress(sentTo) };
  }

  /**
   * A person claims their account from a client: wrong codes are rate-limited like failed logins (per e-mail
   * address and client address, and per client address), and the password they choose must pass the policy.
   * The code is looked at first, so only its holder gets advice about passwords (and spends the CPU it takes).
   */
  async claimFromClient(input: ClaimAccountInput, clientAddress: string): Promise<AccessToken> {
    return this.rateLimiter.attempt(
      input.email,
      clientAddress,
      async () => {
        if (!(await this.isClaimable(input.code))) throw new InvalidInvitationError();
        assertAcceptablePassword(input.password, input);
        return this.claim(input);
      },
      (error) => error instanceof InvalidInvitationError || error instanceof InvitationAddressMismatchError,
    );
  }

  /** Without a lock: claim() checks again, in its transaction. */
  private async isClaimable(code: string): Promise<boolean> {
    return isInvitationClaimable(this.dataSource.manager, oneTimeCodeHash(code));
  }

  private async claim(input: ClaimAccountInput): Promise<AccessToken> {
    const passwordHash = await this.hasher.hash(input.password);
    const email = input.email.trim();
    const user = await this.dataSource
      .transaction(async (tx) => {
        const invitation = await lockClaimableInvitation(tx, oneTimeCodeHash(input.code));
        if (!invitation) throw new InvalidInvitationError();
        if (!invitation.sentToEmail || invitation.sentToEmail.toLowerCase() !== email.toLowerCase())
          throw new InvitationAddressMismatchError();
        // The same lock an HR lead's answer on the person's behalf takes: either that answer lands before the
        // account exists, or it sees the account and is refused.
        await lockCandidateProfile(tx, invitation.candidateId);
        const taken = await tx.count(UserAccountEntity, { where: { email } });
        if (taken > 0) throw new EmailAlreadyRegisteredError();
        const existing = await tx.count(UserAccountEntity, {
          where: { candidateId: invitation.candidateId },
        });
        if (existing > 0) throw new CandidateAlreadyHasAccountError();
        await tx.update(JobSeekerInvitationEntity, invitation.id, { claimedAt: new Date() });
        return tx.save(
          tx.create(UserAccountEntity, {
            email,
            passwordHash,
            displayName: input.displayName.trim(),
            role: Role.JOB_SEEKER,
            candidateId: invitation.candidateId,
          }),
        );
      })
      .catch((error: unknown) => {
        // Two claims with one address at the same moment: the unique index decides, the loser hears why.
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505')
          throw new EmailAlreadyRegisteredError();
        throw error;
      });
    return this.auth.issueToken(user);
  }
}

function invitationMail(code: string, expiresAt: Date, claimUrl: string): { subject: string; text: string } {
  const until = (locale: string) =>
    expiresAt.toLocaleDateString(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'Europe/Amsterdam',
    });
  return {
    subject: 'Je uitnodiging voor Werkbrug / Your invitation to Werkbrug',
    text: [
      'Hallo,',
      '',
      'Je werkgever heeft je aangemeld bij Werkbrug, zodat je van werk naar werk kunt. Met een eigen account zie je',
      'welke vacatures bij je passen en waarom, zeg je zelf ja of nee, en zie je wie je gegevens heeft ingezien.',
      '',
      `Je uitnodigingscode: ${code}`,
      `Maak je account aan op: ${claimUrl}`,
      `Gebruik de code met dit e-mailadres, vóór ${until('nl-NL')}. Deel hem met niemand, ook niet met je werkgever.`,
      '',
      '---',
      '',
      'Hello,',
      '',
      'Your employer has registered you with Werkbrug, to help you move from one job to the next. With your own',
      'account you see which vacancies suit you and why, you answer yes or no yourself, and you see who viewed your details.',
      '',
      `Your invitation code: ${code}`,
      `Create your account at: ${claimUrl}`,
      `Use the code with this e-mail address before ${until('en-GB')}. Do not share it with anyone, not even your employer.`,
    ].join('\n'),
  };
}
