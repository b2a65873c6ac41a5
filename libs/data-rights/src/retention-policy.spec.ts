import { loadConfig } from '@werkbrug/config';
import {
  cutoff,
  RETENTION_KINDS,
  retentionCutoffs,
  retentionNight,
  retentionPeriods,
} from './retention-policy';

const at = (iso: string) => new Date(iso);

describe('retention periods from configuration', () => {
  it('maps every kind to its configured period', () => {
    const periods = retentionPeriods(loadConfig({}));
    expect(Object.keys(periods).sort()).toEqual([...RETENTION_KINDS].sort());
    expect(periods).toEqual({
      withdrawnCandidates: { months: 3 },
      declinedMatches: { months: 6 },
      closedMatches: { months: 24 },
      closedPlacements: { months: 24 },
      readNotifications: { months: 6 },
      unreadNotifications: { months: 12 },
      identityAccessLog: { months: 24 },
      auditEntries: { months: 24 },
      accountEvents: { months: 24 },
      mail: { days: 30 },
      dataExports: { days: 0 },
      erasureRequests: { months: 60 },
      rematchRuns: { days: 30 },
      outboxEvents: { days: 7 },
    });
  });

  it('follows the environment', () => {
    const periods = retentionPeriods(
      loadConfig({ RETENTION_CLOSED_TRAJECTORY_MONTHS: '36', RETENTION_AUDIT_MONTHS: '12' }),
    );
    expect(periods.closedMatches).toEqual({ months: 36 });
    expect(periods.closedPlacements).toEqual({ months: 36 });
    expect(periods.identityAccessLog).toEqual({ months: 12 });
    expect(periods.auditEntries).toEqual({ months: 12 });
  });
});

describe('cutoff', () => {
  it('counts months by the calendar and keeps the time of day', () => {
    expect(cutoff(at('2026-12-04T02:30:00Z'), { months: 6 })).toEqual(at('2026-06-04T02:30:00Z'));
    expect(cutoff(at('2026-03-15T10:00:00Z'), { months: 24 })).toEqual(at('2024-03-15T10:00:00Z'));
  });

  it('takes the last day of a shorter month', () => {
    expect(cutoff(at('2026-08-31T12:00:00Z'), { months: 6 })).toEqual(at('2026-02-28T12:00:00Z'));
    expect(cutoff(at('2024-05-31T12:00:00Z'), { months: 3 })).toEqual(at('2024-02-29T12:00:00Z'));
  });

  it('counts days, across a year', () => {
    expect(cutoff(at('2026-01-05T08:00:00Z'), { days: 7 })).toEqual(at('2025-12-29T08:00:00Z'));
    expect(cutoff(at('2026-03-01T00:00:00Z'), { days: 30 })).toEqual(at('2026-01-30T00:00:00Z'));
  });

  it('is now itself for a period of nothing (exports: at expiry)', () => {
    expect(cutoff(at('2026-12-04T02:30:00Z'), { days: 0 })).toEqual(at('2026-12-04T02:30:00Z'));
  });

  it('gives one cutoff per kind', () => {
    const now = at('2026-12-04T02:30:00Z');
    const cutoffs = retentionCutoffs(retentionPeriods(loadConfig({})), now);
    expect(cutoffs.withdrawnCandidates).toEqual(at('2026-09-04T02:30:00Z'));
    expect(cutoffs.unreadNotifications).toEqual(at('2025-12-04T02:30:00Z'));
    expect(cutoffs.outboxEvents).toEqual(at('2026-11-27T02:30:00Z'));
    expect(cutoffs.dataExports).toEqual(now);
  });
});

describe('retention night', () => {
  it('starts at 03:00 in the Netherlands, in winter and in summer', () => {
    // Winter: UTC+1. 02:59 local still belongs to the night before.
    expect(retentionNight(at('2026-12-04T01:59:00Z'))).toBe('2026-12-03');
    expect(retentionNight(at('2026-12-04T02:00:00Z'))).toBe('2026-12-04');
    // Summer: UTC+2.
    expect(retentionNight(at('2026-07-01T00:59:00Z'))).toBe('2026-06-30');
    expect(retentionNight(at('2026-07-01T01:00:00Z'))).toBe('2026-07-01');
  });

  it('is the same night for a whole day from 03:00', () => {
    expect(retentionNight(at('2026-12-04T22:59:00Z'))).toBe('2026-12-04');
    expect(retentionNight(at('2026-12-05T01:59:00Z'))).toBe('2026-12-04');
  });
});
