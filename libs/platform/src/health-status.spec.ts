import { healthStatus } from './health.service';

const up = { status: 'up' as const, latencyMs: 1 };
const down = { status: 'down' as const, latencyMs: 2000 };

describe('healthStatus', () => {
  it('is ok when both answer', () => expect(healthStatus(up, up)).toBe('ok'));
  it('is degraded, not down, when only Redis is away: the API still serves', () =>
    expect(healthStatus(up, down)).toBe('degraded'));
  it('is down when PostgreSQL is away', () => {
    expect(healthStatus(down, up)).toBe('down');
    expect(healthStatus(down, down)).toBe('down');
  });
});
