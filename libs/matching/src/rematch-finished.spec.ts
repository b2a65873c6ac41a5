import { RematchService } from './rematch.service';

describe('RematchService.finishedRegion', () => {
  it('names the region of a completed finishing job, whether its value arrives as JSON or parsed', () => {
    const value = { lists: 20000, skipped: false, regionCode: 'AM27' };
    expect(RematchService.finishedRegion('finish-rematch_1', JSON.stringify(value))).toBe('AM27');
    expect(RematchService.finishedRegion('finish-rematch_1', value)).toBe('AM27');
  });

  it('ignores other jobs, skipped runs and values it cannot read', () => {
    expect(RematchService.finishedRegion('rescore-vacancy_1', '{"regionCode":"AM27"}')).toBeNull();
    expect(RematchService.finishedRegion('finish-rematch_1', '{"lists":0,"skipped":true}')).toBeNull();
    expect(RematchService.finishedRegion('finish-rematch_1', 'not json')).toBeNull();
    expect(RematchService.finishedRegion('finish-rematch_1', null)).toBeNull();
  });
});

describe('RematchService.finishingRun', () => {
  it('names the run of a finishing job, skipped or not, and nothing for other jobs', () => {
    expect(RematchService.finishingRun('finish-rematch_5f0c3a2e-1b7d-4c55-9d35-0f6f2a8e9b11')).toBe(
      '5f0c3a2e-1b7d-4c55-9d35-0f6f2a8e9b11',
    );
    expect(RematchService.finishingRun('rematch-chunk_5f0c3a2e_1')).toBeNull();
    expect(RematchService.finishingRun('rescore-vacancy_1')).toBeNull();
  });
});
