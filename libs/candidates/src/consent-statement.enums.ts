/** What a consent statement recorded on a candidate's behalf agreed to. */
export enum ConsentStatementKind {
  /** Being introduced to another employer: that employer's HR leads may read the identity. */
  INTRODUCTION = 'INTRODUCTION',
  /** Taking part in a placement (secondment, trial placement, …) on the terms shown. */
  PLACEMENT = 'PLACEMENT',
}

/** How the candidate gave the consent to their HR lead. */
export enum ConsentMethod {
  IN_PERSON = 'IN_PERSON',
  PHONE = 'PHONE',
  IN_WRITING = 'IN_WRITING',
}
