import { jobsFor, outboxJobId } from './outbox.relay';
import { JobName } from './queue.contract';

describe('jobsFor', () => {
  const event = (id: string, coalesceKey: string, regionCode: string) => ({
    id,
    topic: JobName.RECOMPUTE_REGION_STATISTICS,
    payload: { coalesceKey, regionCode },
  });

  it('makes one job per coalesce key, from the newest event, carrying every event it covers', () => {
    const jobs = jobsFor([
      event('1', 'region-statistics:AM22', 'AM22'),
      event('2', 'region-statistics:AM21', 'AM21'),
      event('3', 'region-statistics:AM22', 'AM22'),
    ]);
    expect(jobs.map((j) => ({ name: j.name, data: j.data, jobId: j.opts.jobId }))).toEqual([
      {
        name: JobName.RECOMPUTE_REGION_STATISTICS,
        data: { regionCode: 'AM22', outboxIds: ['1', '3'] },
        jobId: 'region-statistics_AM22_3',
      },
      {
        name: JobName.RECOMPUTE_REGION_STATISTICS,
        data: { regionCode: 'AM21', outboxIds: ['2'] },
        jobId: 'region-statistics_AM21_2',
      },
    ]);
  });

  it('gives job ids without colons, which BullMQ refuses', () => {
    expect(outboxJobId('rescore-candidate:a:b', '7')).toBe('rescore-candidate_a_b_7');
  });
});
