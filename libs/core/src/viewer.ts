/** The roles of Werkbrug; every authenticated request acts as exactly one of them. */
export enum Role {
  HR_LEAD = 'HR_LEAD',
  MOBILITY_TEAM = 'MOBILITY_TEAM',
  JOB_SEEKER = 'JOB_SEEKER',
  ADMINISTRATOR = 'ADMINISTRATOR',
  /**
   * An external re-integration adviser (or a counsellor from outside the mobility team), bound to a region and
   * scoped to the trajectories assigned to them: nothing else of the region is theirs to see.
   */
  COUNSELLOR = 'COUNSELLOR',
}

/**
 * Who is asking. Services take a Viewer as a required argument so that data access can never be written
 * without deciding on its scope; the discriminated union makes each role's scope explicit.
 */
export type Viewer =
  | { role: Role.HR_LEAD; userId: string; employerId: string; regionCode: string }
  | { role: Role.MOBILITY_TEAM; userId: string; regionCode: string }
  | { role: Role.JOB_SEEKER; userId: string; candidateId: string; employerId: string; regionCode: string }
  | { role: Role.ADMINISTRATOR; userId: string }
  | {
      role: Role.COUNSELLOR;
      userId: string;
      regionCode: string;
      /** The candidates whose open trajectory they guide, read with the account on every request. */
      caseload: readonly string[];
    };

export type ViewerOf<R extends Role> = Extract<Viewer, { role: R }>;

export function isRole<R extends Role>(viewer: Viewer, role: R): viewer is ViewerOf<R> {
  return viewer.role === role;
}

/**
 * Work Werkbrug does on its own behalf — the worker's scoring and planning, retention, erasure, the outbox — with no
 * person asking. Store functions over tenant data take either a Viewer or this, so every call says whose scope it
 * runs in, and a system path is visible at the call site instead of being a viewer-less default.
 */
export type SystemScope = {
  /** `diagnostics`: counts over a region for someone who may see the vacancy they are about; no row leaves. */
  readonly system: 'worker' | 'retention' | 'erasure' | 'mail' | 'migration' | 'diagnostics';
};

export type DataScope = Viewer | SystemScope;

export function isSystemScope(scope: DataScope): scope is SystemScope {
  return 'system' in scope;
}
