import { Role, type Viewer } from '@werkbrug/core';
import type { EntityManager } from 'typeorm';
import { FollowUpEntity, HireEntity } from './hire.entities';

/** Inserts the hire with what the figures count it under, read from the published candidate and employer views. */
export async function insertHire(
  manager: EntityManager,
  row: Omit<HireEntity, 'id' | 'createdAt' | 'candidateTrack' | 'candidateRegisteredAt' | 'fromSector'>,
): Promise<string> {
  const [inserted]: { id: string }[] = await manager.query(
    `INSERT INTO hire (candidate_id, region_code, from_employer_id, employer_id, employer_name, self_employed, external,
       contract_type, started_on, duration_months, hours_per_week, source, recorded_by_user_id, match_case_id,
       candidate_track, candidate_registered_at, from_sector)
     SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, c.track, c.created_at, e.sector
       FROM candidate_outcome_scope c, employer_sector_scope e
      WHERE c.candidate_id = $1 AND e.employer_id = $3
     RETURNING id`,
    [
      row.candidateId,
      row.regionCode,
      row.fromEmployerId,
      row.employerId,
      row.employerName,
      row.selfEmployed,
      row.external,
      row.contractType,
      row.startedOn,
      row.durationMonths,
      row.hoursPerWeek,
      row.source,
      row.recordedByUserId,
      row.matchCaseId,
    ],
  );
  return inserted.id;
}

export async function insertFollowUps(
  manager: EntityManager,
  rows: Pick<FollowUpEntity, 'hireId' | 'months' | 'dueOn' | 'counsellorUserId'>[],
): Promise<void> {
  await manager.insert(
    FollowUpEntity,
    rows.map((r) => ({ ...r, reminderCount: 0 })),
  );
}

/** The hires a viewer may see (hire-access.ts, as SQL), newest first, optionally of one candidate. */
export async function visibleHires(
  manager: EntityManager,
  viewer: Viewer,
  candidateId: string | null,
  { limit, withOpenFollowUp }: { limit: number | null; withOpenFollowUp?: boolean } = { limit: 200 },
): Promise<HireEntity[]> {
  const query = manager.createQueryBuilder(HireEntity, 'h');
  switch (viewer.role) {
    case Role.MOBILITY_TEAM:
      query.where('h.region_code = :region', { region: viewer.regionCode });
      break;
    case Role.HR_LEAD:
      query.where('h.from_employer_id = :employer', { employer: viewer.employerId });
      break;
    case Role.JOB_SEEKER:
      query.where('h.candidate_id = :own', { own: viewer.candidateId });
      break;
    case Role.COUNSELLOR:
      query.where('h.region_code = :region', { region: viewer.regionCode }).andWhere(
        `(h.candidate_id = ANY(:caseload::uuid[])
          OR EXISTS (SELECT 1 FROM follow_up f WHERE f.hire_id = h.id AND f.counsellor_user_id = :me))`,
        { caseload: viewer.caseload, me: viewer.userId },
      );
      break;
    case Role.ADMINISTRATOR:
      query.where('FALSE');
      break;
  }
  if (candidateId) query.andWhere('h.candidate_id = :candidateId', { candidateId });
  if (withOpenFollowUp)
    query.andWhere('EXISTS (SELECT 1 FROM follow_up f WHERE f.hire_id = h.id AND f.answered_on IS NULL)');
  query.orderBy('h.started_on', 'DESC').addOrderBy('h.id', 'DESC');
  return (limit === null ? query : query.limit(limit)).getMany();
}

/**
 * The person's unanswered follow-ups that `from` was to answer as counsellor go to `to`: a trajectory handed to
 * another counsellor takes its follow-ups along, and the one who left it no longer reads them.
 */
export async function reassignOpenFollowUps(
  manager: EntityManager,
  candidateId: string,
  from: string,
  to: string,
): Promise<void> {
  await manager.query(
    `UPDATE follow_up f SET counsellor_user_id = $3
      WHERE f.counsellor_user_id = $2 AND f.answered_on IS NULL
        AND f.hire_id IN (SELECT h.id FROM hire h WHERE h.candidate_id = $1)`,
    [candidateId, from, to],
  );
}

export function findHire(manager: EntityManager, id: string): Promise<HireEntity | null> {
  return manager.findOne(HireEntity, { where: { id } });
}

export function followUpsOf(manager: EntityManager, hireIds: readonly string[]): Promise<FollowUpEntity[]> {
  if (hireIds.length === 0) return Promise.resolve([]);
  return manager
    .createQueryBuilder(FollowUpEntity, 'f')
    .where('f.hire_id IN (:...hireIds)', { hireIds })
    .orderBy('f.due_on', 'ASC')
    .getMany();
}

export async function lockFollowUp(manager: EntityManager, id: string): Promise<FollowUpEntity | null> {
  return manager
    .createQueryBuilder(FollowUpEntity, 'f')
    .where('f.id = :id', { id })
    .setLock('pessimistic_write')
    .getOne();
}

export async function saveFollowUpAnswer(
  manager: EntityManager,
  id: string,
  answer: Pick<FollowUpEntity, 'answeredOn' | 'stillEmployed' | 'sameEmployer' | 'note' | 'answeredByUserId'>,
): Promise<void> {
  await manager.update(FollowUpEntity, { id }, answer);
}

/**
 * The latest hire elsewhere starting on or after `since`: what a closing trajectory ended with (a job often starts
 * some weeks after the trajectory closes on the signed contract).
 */
export async function latestHireSince(
  manager: EntityManager,
  candidateId: string,
  since: string,
): Promise<string | null> {
  const row = await manager
    .createQueryBuilder(HireEntity, 'h')
    .select('h.id', 'id')
    .where('h.candidate_id = :candidateId AND h.external AND h.started_on >= :since', { candidateId, since })
    .orderBy('h.started_on', 'DESC')
    .limit(1)
    .getRawOne<{ id: string }>();
  return row?.id ?? null;
}

/**
 * A hire of the candidate at the same employer (in Werkbrug by id, outside it by name, or self-employed) that
 * started within half a year of `startedOn`: the same start recorded again.
 */
export async function sameHireNear(
  manager: EntityManager,
  candidateId: string,
  employer: { employerId: string | null; employerName: string | null; selfEmployed: boolean },
  startedOn: string,
): Promise<string | null> {
  const query = manager
    .createQueryBuilder(HireEntity, 'h')
    .select('h.id', 'id')
    .where('h.candidate_id = :candidateId', { candidateId })
    .andWhere(`abs(h.started_on - :startedOn::date) <= 183`, { startedOn });
  if (employer.employerId) query.andWhere('h.employer_id = :employerId', { employerId: employer.employerId });
  else if (employer.employerName)
    query.andWhere('lower(h.employer_name) = lower(:employerName)', { employerName: employer.employerName });
  else query.andWhere('h.self_employed');
  const row = await query.limit(1).getRawOne<{ id: string }>();
  return row?.id ?? null;
}

export interface DueFollowUp {
  readonly id: string;
  readonly months: number;
  readonly counsellorUserId: string | null;
  readonly candidateId: string;
  readonly regionCode: string;
  readonly fromEmployerId: string;
}

/**
 * Follow-ups due by `today`, unanswered, last reminded at `remindedBefore` or earlier: claimed row by row (SKIP LOCKED),
 * so several workers never remind twice. Call in the transaction that records the reminder.
 */
export async function claimDueFollowUps(
  tx: EntityManager,
  today: string,
  remindedBefore: Date,
  limit: number,
): Promise<DueFollowUp[]> {
  const rows: {
    id: string;
    months: number;
    counsellor_user_id: string | null;
    candidate_id: string;
    region_code: string;
    from_employer_id: string;
  }[] = await tx.query(
    `SELECT f.id, f.months, f.counsellor_user_id, h.candidate_id, h.region_code, h.from_employer_id
       FROM follow_up f JOIN hire h ON h.id = f.hire_id
      WHERE f.answered_on IS NULL AND f.due_on <= $1 AND (f.reminded_at IS NULL OR f.reminded_at <= $2)
      ORDER BY f.due_on LIMIT $3
      FOR UPDATE OF f SKIP LOCKED`,
    [today, remindedBefore, limit],
  );
  return rows.map((r) => ({
    id: r.id,
    months: r.months,
    counsellorUserId: r.counsellor_user_id,
    candidateId: r.candidate_id,
    regionCode: r.region_code,
    fromEmployerId: r.from_employer_id,
  }));
}

export async function markReminded(tx: EntityManager, ids: readonly string[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .createQueryBuilder()
    .update(FollowUpEntity)
    .set({ remindedAt: at, reminderCount: () => 'reminder_count + 1' })
    .where('id IN (:...ids)', { ids })
    .execute();
}
