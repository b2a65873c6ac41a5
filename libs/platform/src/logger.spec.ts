import { runInJobContext, runInRequestContext } from '@werkbrug/core';
import { createLogger } from './logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger({ LOG_LEVEL: 'info' }, 'test', {
    write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>),
  });
  return { logger, lines };
}

describe('log lines name the request or job they belong to', () => {
  it('carries the request id from anywhere inside the request', async () => {
    const { logger, lines } = capture();
    await runInRequestContext('req-42', async () => {
      await Promise.resolve();
      logger.info('deep in a service');
    });
    expect(lines[0]).toEqual(expect.objectContaining({ requestId: 'req-42', msg: 'deep in a service' }));
  });

  it('carries the job, its queue and region in the worker, and nothing outside both', () => {
    const { logger, lines } = capture();
    runInJobContext({ jobId: '7', queue: 'matching', jobName: 'rematch', regionCode: 'AM27' }, () =>
      logger.info('scoring'),
    );
    logger.info('idle');
    expect(lines[0]).toEqual(
      expect.objectContaining({ jobId: '7', queue: 'matching', jobName: 'rematch', regionCode: 'AM27' }),
    );
    expect(lines[1]).not.toHaveProperty('jobId');
    expect(lines[1]).not.toHaveProperty('requestId');
  });
});
