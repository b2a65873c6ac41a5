import { keysetPage, type Page, type PageRequest, Role, type Viewer } from '@werkbrug/core';
import { type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import {
  TrajectoryActionEntity,
  TrajectoryAssessmentItemEntity,
  TrajectoryContactEntity,
  TrajectoryEntity,
  TrajectoryPreconditionEntity,
  TrajectoryProgressNoteEntity,
  TrajectorySearchDirectionEntity,
} from './trajectory.entities';
import type { TrajectoryStatus } from './trajectory.enums';

/** A trajectory with everything recorded in it. */
export interface TrajectoryRecord {
  readonly trajectory: TrajectoryEntity;
  readonly preconditions: TrajectoryPreconditionEntity[];
  readonly assessment: TrajectoryAssessmentItemEntity[];
  readonly contacts: TrajectoryContactEntity[];
  /** In the order of preference. */
  readonly searchDirections: TrajectorySearchDirectionEntity[];
  /** By deadline. */
  readonly actions: TrajectoryActionEntity[];
  /** Newest month first. */
  readonly progressNotes: TrajectoryProgressNoteEntity[];
}

export async function findTrajectory(
  manager: EntityManager,
  id: string,
  { lock }: { lock: boolean },
): Promise<TrajectoryEntity | null> {
  const query = manager.createQueryBuilder(TrajectoryEntity, 't').where('t.id = :id', { id });
  return (lock ? query.setLock('pessimistic_write') : query).getOne();
}

export async function trajectoryRecords(
  manager: EntityManager,
  trajectories: TrajectoryEntity[],
): Promise<TrajectoryRecord[]> {
  const ids = trajectories.map((t) => t.id);
  if (ids.length === 0) return [];
  const where = ids.map((trajectoryId) => ({ trajectoryId }));
  const [preconditions, assessment, contacts, directions, actions, notes] = await Promise.all([
    manager.find(TrajectoryPreconditionEntity, { where }),
    manager.find(TrajectoryAssessmentItemEntity, { where }),
    manager.find(TrajectoryContactEntity, { where, order: { occurredOn: 'DESC', createdAt: 'DESC' } }),
    manager.find(TrajectorySearchDirectionEntity, { where, order: { position: 'ASC' } }),
    manager.find(TrajectoryActionEntity, { where, order: { dueOn: 'ASC', createdAt: 'ASC' } }),
    manager.find(TrajectoryProgressNoteEntity, { where, order: { month: 'DESC' } }),
  ]);
  const of = <T extends { trajectoryId: string }>(rows: T[], id: string) =>
    rows.filter((row) => row.trajectoryId === id);
  return trajectories.map((trajectory) => ({
    trajectory,
    preconditions: of(preconditions, trajectory.id),
    assessment: of(assessment, trajectory.id),
    contacts: of(contacts, trajectory.id),
    searchDirections: of(directions, trajectory.id),
    actions: of(actions, trajectory.id),
    progressNotes: of(notes, trajectory.id),
  }));
}

/** The candidate's open trajectory, if any (the unique index allows one). */
export async function openTrajectoryId(manager: EntityManager, candidateId: string): Promise<string | null> {
  const row = await manager.findOne(TrajectoryEntity, {
    select: { id: true },
    where: { candidateId, status: 'OPEN' as TrajectoryStatus },
  });
  return row?.id ?? null;
}

export interface TrajectoryFilter {
  readonly status?: TrajectoryStatus | null;
  readonly candidateId?: string | null;
  /** Only those the viewer guides as counsellor. */
  readonly mine?: boolean | null;
}

/** The same rules as `trajectoryVisibility` (trajectory-access.ts), as a WHERE clause on alias `t`. */
function scopeTrajectoriesTo(
  query: SelectQueryBuilder<TrajectoryEntity>,
  viewer: Viewer,
): SelectQueryBuilder<TrajectoryEntity> {
  switch (viewer.role) {
    case Role.MOBILITY_TEAM:
      return query.andWhere('t.region_code = :viewerRegion', { viewerRegion: viewer.regionCode });
    case Role.HR_LEAD:
      return query.andWhere('t.client_employer_id = :viewerEmployer', { viewerEmployer: viewer.employerId });
    case Role.JOB_SEEKER:
      return query.andWhere('t.candidate_id = :viewerCandidate', { viewerCandidate: viewer.candidateId });
    case Role.COUNSELLOR:
      return query.andWhere('t.region_code = :viewerRegion AND t.counsellor_user_id = :viewerUser', {
        viewerRegion: viewer.regionCode,
        viewerUser: viewer.userId,
      });
    case Role.ADMINISTRATOR:
      return query.andWhere('FALSE');
  }
}

export function trajectoryPage(
  manager: EntityManager,
  viewer: Viewer,
  filter: TrajectoryFilter,
  page: PageRequest,
): Promise<Page<TrajectoryEntity>> {
  const query = scopeTrajectoriesTo(manager.createQueryBuilder(TrajectoryEntity, 't'), viewer);
  if (filter.status) query.andWhere('t.status = :status', { status: filter.status });
  if (filter.candidateId)
    query.andWhere('t.candidate_id = :candidateId', { candidateId: filter.candidateId });
  if (filter.mine) query.andWhere('t.counsellor_user_id = :me', { me: viewer.userId });
  return keysetPage(query, page, (ids) => manager.findBy(TrajectoryEntity, { id: In(ids) }));
}

export async function upsertPrecondition(
  manager: EntityManager,
  row: Omit<TrajectoryPreconditionEntity, 'confirmedAt'>,
): Promise<void> {
  await manager.upsert(TrajectoryPreconditionEntity, { ...row, confirmedAt: new Date() }, [
    'trajectoryId',
    'kind',
  ]);
}

export async function upsertAssessmentItems(
  manager: EntityManager,
  rows: Omit<TrajectoryAssessmentItemEntity, 'updatedAt'>[],
): Promise<void> {
  if (rows.length === 0) return;
  const updatedAt = new Date();
  await manager.upsert(
    TrajectoryAssessmentItemEntity,
    rows.map((r) => ({ ...r, updatedAt })),
    ['trajectoryId', 'domain'],
  );
}

export async function insertContact(
  manager: EntityManager,
  row: Omit<TrajectoryContactEntity, 'id' | 'createdAt'>,
): Promise<void> {
  await manager.insert(TrajectoryContactEntity, row);
}

/** Changes the trajectory's own columns and moves its version on. */
export async function updateTrajectory(
  manager: EntityManager,
  id: string,
  changes: Partial<TrajectoryEntity>,
): Promise<void> {
  await manager
    .createQueryBuilder()
    .update(TrajectoryEntity)
    .set({ ...changes, updatedAt: new Date(), version: () => 'version + 1' })
    .where('id = :id', { id })
    .execute();
}

export async function insertTrajectory(
  manager: EntityManager,
  row: Omit<TrajectoryEntity, 'id' | 'createdAt' | 'updatedAt' | 'version'>,
): Promise<string> {
  const result = await manager.insert(TrajectoryEntity, { ...row, updatedAt: new Date(), version: 1 });
  return (result.identifiers[0] as { id: string }).id;
}

/** The counsellor of the candidate's open trajectory, if there is one. */
export async function openTrajectoryCounsellor(
  manager: EntityManager,
  candidateId: string,
): Promise<string | null> {
  const row = await manager.findOne(TrajectoryEntity, {
    select: { counsellorUserId: true },
    where: { candidateId, status: 'OPEN' as TrajectoryStatus },
  });
  return row?.counsellorUserId ?? null;
}

/** Replaces the plan's search directions with `occupationIds`, most preferred first. */
export async function replaceSearchDirections(
  manager: EntityManager,
  trajectoryId: string,
  occupationIds: readonly string[],
): Promise<void> {
  await manager.delete(TrajectorySearchDirectionEntity, { trajectoryId });
  if (occupationIds.length === 0) return;
  await manager.insert(
    TrajectorySearchDirectionEntity,
    occupationIds.map((occupationId, position) => ({ trajectoryId, occupationId, position })),
  );
}

/** The trajectory's search directions' occupation ids, most preferred first. */
export async function searchDirectionIds(manager: EntityManager, trajectoryId: string): Promise<string[]> {
  const rows = await manager.find(TrajectorySearchDirectionEntity, {
    select: { occupationId: true },
    where: { trajectoryId },
    order: { position: 'ASC' },
  });
  return rows.map((r) => r.occupationId);
}

export async function insertPlanAction(
  manager: EntityManager,
  row: Omit<TrajectoryActionEntity, 'id' | 'createdAt' | 'doneOn'>,
): Promise<void> {
  await manager.insert(TrajectoryActionEntity, { ...row, doneOn: null });
}

export function findPlanAction(manager: EntityManager, id: string): Promise<TrajectoryActionEntity | null> {
  return manager.findOneBy(TrajectoryActionEntity, { id });
}

export async function markPlanActionDone(manager: EntityManager, id: string, doneOn: string): Promise<void> {
  await manager.update(TrajectoryActionEntity, { id }, { doneOn });
}

/** The candidate's note for `month`: written, or rewritten while the month lasts. */
export async function upsertProgressNote(
  manager: EntityManager,
  row: Omit<TrajectoryProgressNoteEntity, 'writtenAt'>,
): Promise<void> {
  await manager.upsert(TrajectoryProgressNoteEntity, { ...row, writtenAt: new Date() }, [
    'trajectoryId',
    'month',
  ]);
}
