import type { Role } from '@web/graphql/generated/graphql';

/** Every role, checked by the compiler against the schema's enum: a new role cannot be left out. */
const EVERY_ROLE: Record<Role, true> = {
  JOB_SEEKER: true,
  HR_LEAD: true,
  MOBILITY_TEAM: true,
  ADMINISTRATOR: true,
  COUNSELLOR: true,
};

/** Whether a role text from the server (an audit entry's actor, who asked for an erasure) is a person's role. */
export function isRole(value: string): value is Role {
  return Object.hasOwn(EVERY_ROLE, value);
}
