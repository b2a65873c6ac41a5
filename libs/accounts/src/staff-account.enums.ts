/** Whether an account may be used. Only ACTIVE accounts log in; the others keep `disabled_at` set as well. */
export enum AccountStatus {
  PENDING_APPROVAL = 'PENDING_APPROVAL',
  ACTIVE = 'ACTIVE',
  REJECTED = 'REJECTED',
  DISABLED = 'DISABLED',
}

/** How an account came to exist: shown to a candidate next to every read of their identity. */
export enum AccountOrigin {
  /** Put in directly in the database, outside the API (a deployment's bootstrap, the demo's, test fixtures). */
  SEEDED = 'SEEDED',
  /**
   * Existed before two-person approval did: it may have come through the old direct creation, so who asked for
   * it and who agreed is unknown.
   */
  UNVERIFIED_LEGACY = 'UNVERIFIED_LEGACY',
  /** Requested by a mobility team or an administrator and not (yet) approved. */
  REQUESTED = 'REQUESTED',
  CREATED_BY_EMPLOYER_ADMIN = 'CREATED_BY_EMPLOYER_ADMIN',
  APPROVED_BY_EMPLOYER_ADMIN = 'APPROVED_BY_EMPLOYER_ADMIN',
  APPROVED_BY_SECOND_PERSON = 'APPROVED_BY_SECOND_PERSON',
  INVITATION_CLAIMED = 'INVITATION_CLAIMED',
}

export enum AccountEventKind {
  CREATED = 'CREATED',
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  EMPLOYER_ADMIN_GRANTED = 'EMPLOYER_ADMIN_GRANTED',
  EMPLOYER_ADMIN_REVOKED = 'EMPLOYER_ADMIN_REVOKED',
  /** A one-time activation code was handed to the person who created or approved the account. */
  ACTIVATION_ISSUED = 'ACTIVATION_ISSUED',
  /** The account holder chose their password with the activation code. */
  ACTIVATED = 'ACTIVATED',
}

/** In which capacity a viewer may approve a pending account. */
export enum ApprovalBasis {
  /** An administrator HR lead of the account's own employer. */
  EMPLOYER_ADMIN = 'EMPLOYER_ADMIN',
  /** A second person next to the requester: only for new employers, mobility teams and administrators. */
  SECOND_PERSON = 'SECOND_PERSON',
}
