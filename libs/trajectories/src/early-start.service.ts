import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { ForbiddenError, groupBy, Role, type LocalisedMessage, type Viewer } from '@werkbrug/core';
import { NotificationsService } from '@werkbrug/notifications';
import { DataSource } from 'typeorm';
import {
  EARLY_START_DAYS,
  earlyStartReminderText,
  earlyStartStep,
  weekStartOf,
  type EarlyStartStep,
} from './early-start';
import { claimEarlyStartReminder, earlyStartRows, type EarlyStartRow } from './early-start.store';
import { addDays, daysBetween, regionToday } from './trajectory-dates';

export interface EarlyStartEntry {
  readonly candidateId: string;
  readonly publicCode: string;
  readonly track: string;
  readonly status: string;
  readonly contractEndDate: string;
  readonly daysLeft: number;
  readonly suggestions: number;
  readonly nextStep: EarlyStartStep;
  readonly nextStepText: LocalisedMessage;
}

export interface EarlyStartWorklist {
  readonly today: string;
  readonly until: string;
  readonly entries: readonly EarlyStartEntry[];
}

/**
 * "Start six months ahead": the candidates whose contract (or spoor-2 term) ends within six months and with whom
 * nothing has started yet — no introduction, meet-and-greet or placement — for an employer's HR leads (their own
 * candidates) and the region's mobility team (the whole region), with what to do first; and the worker's weekly
 * reminder of it.
 */
@Injectable()
export class EarlyStartService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  async worklist(viewer: Viewer, now = new Date()): Promise<EarlyStartWorklist> {
    const scope =
      viewer.role === Role.HR_LEAD
        ? { regionCode: viewer.regionCode, employerId: viewer.employerId, teamView: false }
        : viewer.role === Role.MOBILITY_TEAM
          ? { regionCode: viewer.regionCode, employerId: null, teamView: true }
          : null;
    // Candidates are the concern of their own employer and the region's team; nobody else keeps this list.
    if (!scope) throw new ForbiddenError();
    const today = regionToday(now);
    const until = addDays(today, EARLY_START_DAYS);
    const rows = await earlyStartRows(this.dataSource.manager, scope, today, until);
    return { today, until, entries: rows.map((row) => entryOf(row, today)) };
  }

  /**
   * The worker's weekly reminder (the first round of each week, whichever worker runs it): every employer with
   * candidates on the list, and every region's mobility team, get one notification naming them by public code.
   * Returns how many notifications were sent, or null when this week's reminder was already sent.
   */
  async remindWeekly(now = new Date()): Promise<number | null> {
    const today = regionToday(now);
    return this.dataSource.transaction(async (tx) => {
      if (!(await claimEarlyStartReminder(tx, weekStartOf(today)))) return null;
      const until = addDays(today, EARLY_START_DAYS);
      const all = { regionCode: null, employerId: null };
      // Each employer hears of its own people, drafts included; each region's team only of those it may see.
      const own = await earlyStartRows(tx, { ...all, teamView: false }, today, until);
      const seen = await earlyStartRows(tx, { ...all, teamView: true }, today, until);
      const byEmployer = groupBy(own, (r) => r.employerId);
      const byRegion = groupBy(seen, (r) => r.regionCode);
      // One subject per week, so a reader's notifications group the reminders of one week.
      const weekStart = weekSubject(weekStartOf(today));
      for (const [employerId, list] of byEmployer) {
        await this.notifications.notify(tx, [{ employerId }], {
          kind: 'EARLY_START_REMINDER',
          subjectType: 'EarlyStartWeek',
          subjectId: weekStart,
          text: earlyStartReminderText(
            list.length,
            list.map((r) => r.publicCode),
            false,
          ),
        });
      }
      for (const [regionCode, list] of byRegion) {
        await this.notifications.notify(tx, [{ regionCode }], {
          kind: 'EARLY_START_REMINDER',
          subjectType: 'EarlyStartWeek',
          subjectId: weekStart,
          text: earlyStartReminderText(
            list.length,
            list.map((r) => r.publicCode),
            true,
          ),
        });
      }
      return byEmployer.size + byRegion.size;
    });
  }
}

function entryOf(row: EarlyStartRow, today: string): EarlyStartEntry {
  const { step, text } = earlyStartStep(row);
  return {
    candidateId: row.candidateId,
    publicCode: row.publicCode,
    track: row.track,
    status: row.status,
    contractEndDate: row.contractEndDate,
    daysLeft: daysBetween(today, row.contractEndDate),
    suggestions: row.suggestions,
    nextStep: step,
    nextStepText: text,
  };
}

/** A stable id for a week's reminder (notifications name their subject by UUID). */
function weekSubject(weekStart: string): string {
  const hex = createHash('sha256').update(`early-start-week:${weekStart}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
