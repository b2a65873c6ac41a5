import { jobHandler, type JobHandlers } from './job-handlers';
import { JobName } from './queue.contract';

describe('jobHandler', () => {
  const handlers: JobHandlers<JobName.PLAN_SESSION> = {
    [JobName.PLAN_SESSION]: async (data) => `planned ${data.sessionId}`,
  };

  it('finds the handler of a job name, typed by its payload', async () => {
    await expect(jobHandler(handlers, JobName.PLAN_SESSION)?.({ sessionId: 's1' })).resolves.toBe(
      'planned s1',
    );
  });

  it('has none for a job the processor does not take', () => {
    expect(jobHandler(handlers, JobName.PLAN_PLACEMENT)).toBeNull();
    expect(jobHandler(handlers, 'toString')).toBeNull();
  });
});
