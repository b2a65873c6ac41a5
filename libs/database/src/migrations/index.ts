import { CreateFoundation1764000000000 } from './1764000000000-CreateFoundation';
import { AddMatching1765000000000 } from './1765000000000-AddMatching';
import { VersionMatchLists1766000000000 } from './1766000000000-VersionMatchLists';
import { AddMeetAndGreetSessions1767000000000 } from './1767000000000-AddMeetAndGreetSessions';
import { AddPlacements1768000000000 } from './1768000000000-AddPlacements';
import { AddConsentStatements1769000000000 } from './1769000000000-AddConsentStatements';
import { StaffAccountApproval1769100000000 } from './1769100000000-StaffAccountApproval';
import { StaffAccountActivation1769200000000 } from './1769200000000-StaffAccountActivation';
import { ConsentIntegrity1769300000000 } from './1769300000000-ConsentIntegrity';
import { InvitationsByMail1769400000000 } from './1769400000000-InvitationsByMail';
import { DataRights1769500000000 } from './1769500000000-DataRights';
import { Retention1769600000000 } from './1769600000000-Retention';
import { AuditTrail1769700000000 } from './1769700000000-AuditTrail';
import { ConsentRegister1769800000000 } from './1769800000000-ConsentRegister';
import { PublishedViews1769910000000 } from './1769910000000-PublishedViews';
import { MatchingViews1769920000000 } from './1769920000000-MatchingViews';
import { AddHiresAndFollowUps1769950000000 } from './1769950000000-AddHiresAndFollowUps';
import { AddTrajectoryFacts1769960000000 } from './1769960000000-AddTrajectoryFacts';
import { HireFigureColumns1769970000000 } from './1769970000000-HireFigureColumns';
import { AddTrajectoryReports1769980000000 } from './1769980000000-AddTrajectoryReports';
import { AddTrajectoryPlans1769990000000 } from './1769990000000-AddTrajectoryPlans';
import { HireFromMatch1770000000000 } from './1770000000000-HireFromMatch';
import { ShortageViews1770010000000 } from './1770010000000-ShortageViews';
import { ConversionViews1770020000000 } from './1770020000000-ConversionViews';
import { CounsellorRole1770030000000 } from './1770030000000-CounsellorRole';
import { SearchDirectionMatching1770040000000 } from './1770040000000-SearchDirectionMatching';
import { AuditActorIndex1770050000000 } from './1770050000000-AuditActorIndex';
import { DutchSkillLabelSource1770060000000 } from './1770060000000-DutchSkillLabelSource';
import { PlacementPlanProblemDetail1770070000000 } from './1770070000000-PlacementPlanProblemDetail';
import { EarlyStartWorklist1770080000000 } from './1770080000000-EarlyStartWorklist';
import { PlacementEventNoteEn1770090000000 } from './1770090000000-PlacementEventNoteEn';
import { StaffNotificationMail1770100000000 } from './1770100000000-StaffNotificationMail';
import { MobilityPlans1770110000000 } from './1770110000000-MobilityPlans';
import { MobilityPlanChoices1770120000000 } from './1770120000000-MobilityPlanChoices';
import { MobilityPlanQuestions1770130000000 } from './1770130000000-MobilityPlanQuestions';
import { MobilityFigures1770140000000 } from './1770140000000-MobilityFigures';
import { EmployerNetworks1770150000000 } from './1770150000000-EmployerNetworks';
import { AddTrajectories1769940000000 } from './1769940000000-AddTrajectories';
import { OutboxCompletion1769930000000 } from './1769930000000-OutboxCompletion';

/** In order of application; a new migration is appended here. */
export const MIGRATIONS = [
  CreateFoundation1764000000000,
  AddMatching1765000000000,
  VersionMatchLists1766000000000,
  AddMeetAndGreetSessions1767000000000,
  AddPlacements1768000000000,
  AddConsentStatements1769000000000,
  StaffAccountApproval1769100000000,
  StaffAccountActivation1769200000000,
  ConsentIntegrity1769300000000,
  InvitationsByMail1769400000000,
  DataRights1769500000000,
  Retention1769600000000,
  AuditTrail1769700000000,
  ConsentRegister1769800000000,
  PublishedViews1769910000000,
  MatchingViews1769920000000,
  OutboxCompletion1769930000000,
  AddTrajectories1769940000000,
  AddHiresAndFollowUps1769950000000,
  AddTrajectoryFacts1769960000000,
  HireFigureColumns1769970000000,
  AddTrajectoryReports1769980000000,
  AddTrajectoryPlans1769990000000,
  HireFromMatch1770000000000,
  ShortageViews1770010000000,
  ConversionViews1770020000000,
  CounsellorRole1770030000000,
  SearchDirectionMatching1770040000000,
  AuditActorIndex1770050000000,
  DutchSkillLabelSource1770060000000,
  PlacementPlanProblemDetail1770070000000,
  EarlyStartWorklist1770080000000,
  PlacementEventNoteEn1770090000000,
  StaffNotificationMail1770100000000,
  MobilityPlans1770110000000,
  MobilityPlanChoices1770120000000,
  MobilityPlanQuestions1770130000000,
  MobilityFigures1770140000000,
  EmployerNetworks1770150000000,
];
