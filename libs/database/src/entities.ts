import { AccountEventEntity } from '@werkbrug/accounts/account-event.entity';
import { JobSeekerInvitationEntity } from '@werkbrug/accounts/job-seeker-invitation.entity';
import { UserAccountEntity } from '@werkbrug/accounts/user-account.entity';
import {
  CandidateIdentityEntity,
  IdentityAccessLogEntity,
  IdentityDisclosureEntity,
} from '@werkbrug/candidates/candidate-identity.entity';
import {
  CandidateDevelopmentSkillEntity,
  CandidateSharedEmployerEntity,
  CandidateStrengthEntity,
} from '@werkbrug/candidates/candidate-parts.entity';
import { CandidateProfileEntity } from '@werkbrug/candidates/candidate-profile.entity';
import { ConsentRecordEntity } from '@werkbrug/candidates/consent-record.entity';
import { ConsentStatementEntity } from '@werkbrug/candidates/consent-statement.entity';
import { EmployerLocationEntity } from '@werkbrug/employers/employer-location.entity';
import { EmployerEntity } from '@werkbrug/employers/employer.entity';
import { LabourMarketRegionEntity, MunicipalityEntity, PostcodeAreaEntity } from '@werkbrug/geo/geo.entities';
import { MATCHING_ENTITIES } from '@werkbrug/matching/matching.entities';
import { AuditEntryEntity } from '@werkbrug/audit/audit-entry.entity';
import { DataExportEntity } from '@werkbrug/data-rights/data-export.entity';
import { ErasureRequestEntity } from '@werkbrug/data-rights/erasure-request.entity';
import { MailMessageEntity } from '@werkbrug/mail/mail-message.entity';
import { OutboxEventEntity } from '@werkbrug/queue/outbox-event.entity';
import { NotificationEntity } from '@werkbrug/notifications/notification.entity';
import { PLACEMENT_ENTITIES } from '@werkbrug/placements/placement.entities';
import { TRAJECTORY_ENTITIES } from '@werkbrug/trajectories/trajectory.entities';
import { MOBILITY_PLAN_ENTITIES } from '@werkbrug/mobility-plans/mobility-plan.entities';
import { NETWORK_ENTITIES } from '@werkbrug/networks/network.entities';
import { SESSION_ENTITIES } from '@werkbrug/sessions/session.entities';
import { RegionStatisticsEntity } from '@werkbrug/statistics/region-statistics.entity';
import { EscoOccupationEntity, EscoSkillEntity } from '@werkbrug/taxonomy/taxonomy.entities';
import { VacancyEntity, VacancySkillEntity } from '@werkbrug/vacancies/vacancy.entity';

/**
 * Every entity, listed once. Entity files are imported directly (not through the libs' index files) so that
 * the migration CLI loads the schema without pulling in services and Nest modules.
 */
export const ENTITIES = [
  LabourMarketRegionEntity,
  MunicipalityEntity,
  PostcodeAreaEntity,
  EscoSkillEntity,
  EscoOccupationEntity,
  EmployerEntity,
  EmployerLocationEntity,
  UserAccountEntity,
  AccountEventEntity,
  JobSeekerInvitationEntity,
  CandidateProfileEntity,
  CandidateStrengthEntity,
  CandidateDevelopmentSkillEntity,
  CandidateSharedEmployerEntity,
  CandidateIdentityEntity,
  IdentityDisclosureEntity,
  IdentityAccessLogEntity,
  ConsentStatementEntity,
  ConsentRecordEntity,
  VacancyEntity,
  VacancySkillEntity,
  OutboxEventEntity,
  RegionStatisticsEntity,
  ...MATCHING_ENTITIES,
  ...SESSION_ENTITIES,
  ...TRAJECTORY_ENTITIES,
  ...MOBILITY_PLAN_ENTITIES,
  ...NETWORK_ENTITIES,
  ...PLACEMENT_ENTITIES,
  NotificationEntity,
  MailMessageEntity,
  ErasureRequestEntity,
  DataExportEntity,
  AuditEntryEntity,
];
