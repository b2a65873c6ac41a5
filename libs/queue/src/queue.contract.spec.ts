import { cappedBackoff, DEFAULT_JOB_OPTIONS, workerOptions } from './queue.contract';

describe('job retries', () => {
  it('outlast a 10-minute outage: the waits of all retries add up to more than 10 minutes, none over 30 s', () => {
    const waits = Array.from({ length: DEFAULT_JOB_OPTIONS.attempts - 1 }, (_, i) => cappedBackoff(i + 1));
    expect(waits.slice(0, 3)).toEqual([500, 1000, 2000]);
    expect(Math.max(...waits)).toBe(30_000);
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThan(10 * 60_000);
  });

  it('hand a dead worker’s job to another within 10 s by default, and take a shorter lock from the environment', () => {
    const standard = workerOptions({});
    expect(standard.lockDuration + standard.stalledInterval).toBeLessThanOrEqual(10_000);
    expect(workerOptions({ QUEUE_LOCK_DURATION_MS: '2000' })).toMatchObject({
      lockDuration: 2000,
      stalledInterval: 1000,
    });
    expect(workerOptions({ QUEUE_LOCK_DURATION_MS: 'soon' }).lockDuration).toBe(8000);
  });
});

describe('the retry clock of fault-injection tests', () => {
  it('shrinks every wait by QUEUE_RETRY_TIME_SCALE, and ignores a value outside (0, 1]', () => {
    const backoff = (env: NodeJS.ProcessEnv) => workerOptions(env).settings.backoffStrategy;
    expect([1, 2, 10].map(backoff({ QUEUE_RETRY_TIME_SCALE: '0.05' }))).toEqual([25, 50, 1500]);
    expect(backoff({ QUEUE_RETRY_TIME_SCALE: '2' })(10)).toBe(30_000);
    expect(backoff({ QUEUE_RETRY_TIME_SCALE: 'fast' })(1)).toBe(500);
  });
});
