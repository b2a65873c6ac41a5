import { Card, List, Text, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TeamSessionQuery as Session } from '@web/graphql/generated/graphql';

/** A meeting where the table plan puts it: round and table counted from 1, as on the screen. */
export interface Seat {
  id: string;
  slot: number;
  table: number;
  employer: string;
  representative: number;
  candidate: string;
}

export type PlanChange =
  { kind: 'MOVED'; seat: Seat; from: Seat } | { kind: 'DROPPED'; seat: Seat } | { kind: 'ADDED'; seat: Seat };

export function seatsOf(data: Session): Map<string, Seat> {
  const seats = new Map<string, Seat>();
  for (const row of data.sessionTablePlan.tables)
    row.cells.forEach((cell, index) => {
      if (cell)
        seats.set(cell.meetingId, {
          id: cell.meetingId,
          slot: index + 1,
          table: row.table,
          employer: cell.employer,
          representative: cell.representative,
          candidate: cell.candidate,
        });
    });
  return seats;
}

/**
 * What a re-plan changed, meeting by meeting: the server keeps a meeting's id as long as the same pair meets, so
 * an id in both plans at another seat moved, one only before was dropped, one only after was added.
 */
export function diffPlans(before: Map<string, Seat>, after: Map<string, Seat>): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const [id, from] of before) {
    const seat = after.get(id);
    if (!seat) changes.push({ kind: 'DROPPED', seat: from });
    else if (seat.slot !== from.slot || seat.table !== from.table)
      changes.push({ kind: 'MOVED', seat, from });
  }
  for (const [id, seat] of after) if (!before.has(id)) changes.push({ kind: 'ADDED', seat });
  const order = { DROPPED: 0, MOVED: 1, ADDED: 2 } as const;
  return changes.sort((a, b) => order[a.kind] - order[b.kind] || a.seat.slot - b.seat.slot);
}

/**
 * Keeps the plan as it was when the team asked for a change that re-plans (a no-show, "plan again"), and once
 * the worker has stored a newer plan, what changed against it.
 */
export function usePlanChanges(data: Session | undefined) {
  const [baseline, setBaseline] = useState<{ seats: Map<string, Seat>; plannedAt: string | null } | null>(
    null,
  );
  const [changes, setChanges] = useState<PlanChange[] | null>(null);
  const expectReplan = useCallback(() => {
    if (!data) return;
    setBaseline({ seats: seatsOf(data), plannedAt: data.meetAndGreetSession.plannedAt });
    setChanges(null);
  }, [data]);
  const forgetReplan = useCallback(() => setBaseline(null), []);
  useEffect(() => {
    if (!baseline || !data) return;
    const session = data.meetAndGreetSession;
    if (session.planStatus === 'FAILED') return setBaseline(null);
    if (session.planStatus !== 'PLANNED' || session.plannedAt === baseline.plannedAt) return;
    setChanges(diffPlans(baseline.seats, seatsOf(data)));
    setBaseline(null);
  }, [baseline, data]);
  return { changes, expectReplan, forgetReplan };
}

export function PlanChanges({ changes }: { changes: PlanChange[] }) {
  const { t } = useTranslation();
  const meeting = (seat: Seat) =>
    t('team.sessions.meeting', {
      employer: seat.employer,
      representative: seat.representative,
      candidate: seat.candidate,
    });
  const where = (seat: Seat) => ({ slot: seat.slot, table: seat.table });
  return (
    <Card withBorder component="section" aria-labelledby="plan-changes">
      <Title order={2} id="plan-changes" mb="xs">
        {t('team.sessionChanges.title')}
      </Title>
      {changes.length === 0 ? (
        <Text>{t('team.sessionChanges.none')}</Text>
      ) : (
        <List aria-labelledby="plan-changes" spacing={4}>
          {changes.map((change) => (
            <List.Item key={`${change.kind}-${change.seat.id}`}>
              {change.kind === 'MOVED'
                ? t('team.sessionChanges.moved', {
                    meeting: meeting(change.seat),
                    fromSlot: change.from.slot,
                    fromTable: change.from.table,
                    ...where(change.seat),
                  })
                : t(change.kind === 'DROPPED' ? 'team.sessionChanges.dropped' : 'team.sessionChanges.added', {
                    meeting: meeting(change.seat),
                    ...where(change.seat),
                  })}
            </List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}
