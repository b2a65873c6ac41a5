import type { EntityManager } from 'typeorm';
import type { TrajectoryReportKind } from './trajectory.enums';
import type { TrajectoryView } from './trajectory-view';

export interface StoredReport {
  readonly id: string;
  readonly trajectoryId: string;
  readonly kind: TrajectoryReportKind;
  readonly version: number;
  /** The trajectory as its counsellor saw it when the report was made (health details included). */
  readonly snapshot: TrajectoryView;
  readonly generatedByUserId: string;
  readonly generatedAt: Date;
  readonly receipts: { userId: string; role: string; firstOpenedAt: Date }[];
}

interface ReportRow {
  id: string;
  trajectory_id: string;
  kind: TrajectoryReportKind;
  version: number;
  snapshot: TrajectoryView;
  generated_by_user_id: string;
  generated_at: Date;
  receipts: { userId: string; role: string; firstOpenedAt: string }[] | null;
}

const SELECT_REPORTS = `
  SELECT r.id, r.trajectory_id, r.kind, r.version, r.snapshot, r.generated_by_user_id, r.generated_at,
         (SELECT json_agg(json_build_object('userId', x.user_id, 'role', x.role, 'firstOpenedAt', x.first_opened_at)
                          ORDER BY x.first_opened_at)
            FROM trajectory_report_receipt x WHERE x.report_id = r.id) AS receipts
    FROM trajectory_report r`;

function toReport(row: ReportRow): StoredReport {
  return {
    id: row.id,
    trajectoryId: row.trajectory_id,
    kind: row.kind,
    version: row.version,
    snapshot: row.snapshot,
    generatedByUserId: row.generated_by_user_id,
    generatedAt: row.generated_at,
    receipts: (row.receipts ?? []).map((r) => ({ ...r, firstOpenedAt: new Date(r.firstOpenedAt) })),
  };
}

/** Stores the next version of the trajectory's report of this kind (call with the trajectory's row locked). */
export async function insertReport(
  manager: EntityManager,
  trajectoryId: string,
  kind: TrajectoryReportKind,
  snapshot: TrajectoryView,
  generatedByUserId: string,
): Promise<string> {
  const [row]: { id: string }[] = await manager.query(
    `INSERT INTO trajectory_report (trajectory_id, kind, version, snapshot, generated_by_user_id)
     SELECT $1, $2, coalesce(max(version), 0) + 1, $3, $4 FROM trajectory_report WHERE trajectory_id = $1 AND kind = $2
     RETURNING id`,
    [trajectoryId, kind, JSON.stringify(snapshot), generatedByUserId],
  );
  return row.id;
}

export async function reportsOf(manager: EntityManager, trajectoryId: string): Promise<StoredReport[]> {
  const rows: ReportRow[] = await manager.query(
    `${SELECT_REPORTS} WHERE r.trajectory_id = $1 ORDER BY r.generated_at DESC, r.version DESC`,
    [trajectoryId],
  );
  return rows.map(toReport);
}

export async function findReport(manager: EntityManager, id: string): Promise<StoredReport | null> {
  const [row]: ReportRow[] = await manager.query(`${SELECT_REPORTS} WHERE r.id = $1`, [id]);
  return row ? toReport(row) : null;
}

/** Who received the report: the first time each person other than its maker opened it. */
export async function recordReceipt(
  manager: EntityManager,
  reportId: string,
  userId: string,
  role: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO trajectory_report_receipt (report_id, user_id, role) VALUES ($1, $2, $3)
     ON CONFLICT (report_id, user_id) DO NOTHING`,
    [reportId, userId, role],
  );
}
