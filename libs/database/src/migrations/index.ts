import { CreateFoundation1764000000000 } from './1764000000000-CreateFoundation';
import { AddMatching1765000000000 } from './1765000000000-AddMatching';
import { VersionMatchLists1766000000000 } from './1766000000000-VersionMatchLists';
import { AddMeetAndGreetSessions1767000000000 } from './1767000000000-AddMeetAndGreetSessions';
import { AddPlacements1768000000000 } from './1768000000000-AddPlacements';
import { AddConsentStatements1769000000000 } from './1769000000000-AddConsentStatements';
import { StaffAccountApproval1769100000000 } from './1769100000000-StaffAccountApproval';

/** In order of application; a new migration is appended here. */
export const MIGRATIONS = [
  CreateFoundation1764000000000,
  AddMatching1765000000000,
  VersionMatchLists1766000000000,
  AddMeetAndGreetSessions1767000000000,
  AddPlacements1768000000000,
  AddConsentStatements1769000000000,
  StaffAccountApproval1769100000000,
];
