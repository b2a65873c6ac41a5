import { loadConfig } from './app-config';

describe('retention configuration', () => {
  it('defaults to the documented periods', () => {
    const config = loadConfig({});
    expect({
      declinedMatchMonths: config.RETENTION_DECLINED_MATCH_MONTHS,
      closedTrajectoryMonths: config.RETENTION_CLOSED_TRAJECTORY_MONTHS,
      withdrawnCandidateMonths: config.RETENTION_WITHDRAWN_CANDIDATE_MONTHS,
      readNotificationMonths: config.RETENTION_READ_NOTIFICATION_MONTHS,
      unreadNotificationMonths: config.RETENTION_UNREAD_NOTIFICATION_MONTHS,
      auditMonths: config.RETENTION_AUDIT_MONTHS,
      erasureRequestMonths: config.RETENTION_ERASURE_REQUEST_MONTHS,
      mailDays: config.RETENTION_MAIL_DAYS,
      exportDaysAfterExpiry: config.RETENTION_EXPORT_DAYS_AFTER_EXPIRY,
      rematchRunDays: config.RETENTION_REMATCH_RUN_DAYS,
      outboxDays: config.RETENTION_OUTBOX_DAYS,
    }).toEqual({
      declinedMatchMonths: 6,
      closedTrajectoryMonths: 24,
      withdrawnCandidateMonths: 3,
      readNotificationMonths: 6,
      unreadNotificationMonths: 12,
      auditMonths: 24,
      erasureRequestMonths: 60,
      mailDays: 30,
      exportDaysAfterExpiry: 0,
      rematchRunDays: 30,
      outboxDays: 7,
    });
  });

  it('reads periods from the environment as whole numbers', () => {
    const config = loadConfig({
      RETENTION_DECLINED_MATCH_MONTHS: '3',
      RETENTION_MAIL_DAYS: '14',
      RETENTION_EXPORT_DAYS_AFTER_EXPIRY: '2',
    });
    expect(config.RETENTION_DECLINED_MATCH_MONTHS).toBe(3);
    expect(config.RETENTION_MAIL_DAYS).toBe(14);
    expect(config.RETENTION_EXPORT_DAYS_AFTER_EXPIRY).toBe(2);
  });

  it.each([
    ['RETENTION_DECLINED_MATCH_MONTHS', '0'],
    ['RETENTION_DECLINED_MATCH_MONTHS', '1.5'],
    ['RETENTION_WITHDRAWN_CANDIDATE_MONTHS', 'three'],
    // A person must be able to see who read their data for a reasonable time.
    ['RETENTION_AUDIT_MONTHS', '5'],
    ['RETENTION_ERASURE_REQUEST_MONTHS', '6'],
    ['RETENTION_MAIL_DAYS', '0'],
    ['RETENTION_EXPORT_DAYS_AFTER_EXPIRY', '-1'],
    ['RETENTION_OUTBOX_DAYS', '91'],
  ])('refuses %s=%s, naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`Invalid configuration: .*${name}`));
  });
});
