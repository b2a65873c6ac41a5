import { parseRegionDateTime, regionOffsetMinutes, toRegionIsoString } from './region-time';

describe('region time', () => {
  it('writes an instant in Amsterdam clock time with its offset, winter and summer', () => {
    expect(toRegionIsoString(new Date('2027-01-12T09:30:00Z'))).toBe('2027-01-12T10:30:00.000+01:00');
    expect(toRegionIsoString(new Date('2027-07-01T08:00:00.250Z'))).toBe('2027-07-01T10:00:00.250+02:00');
  });

  it('changes offset at the hour the clocks change, not before', () => {
    // 28 March 2027: clocks go from 02:00 to 03:00 local, at 01:00 UTC.
    expect(regionOffsetMinutes(new Date('2027-03-28T00:59:59Z'))).toBe(60);
    expect(regionOffsetMinutes(new Date('2027-03-28T01:00:00Z'))).toBe(120);
    expect(toRegionIsoString(new Date('2027-03-28T01:00:00Z'))).toBe('2027-03-28T03:00:00.000+02:00');
  });

  it('writes the same instant back that it reads', () => {
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2028, 0, 1); t += 79_190_000) {
      const at = new Date(t);
      expect(new Date(toRegionIsoString(at)).getTime()).toBe(t);
      expect(parseRegionDateTime(toRegionIsoString(at))?.getTime()).toBe(t);
    }
  });

  it('reads a time without offset as clock time in the region', () => {
    expect(parseRegionDateTime('2027-01-12T10:30')?.toISOString()).toBe('2027-01-12T09:30:00.000Z');
    expect(parseRegionDateTime('2027-07-01T10:00:00')?.toISOString()).toBe('2027-07-01T08:00:00.000Z');
    expect(parseRegionDateTime('2027-01-12T10:30:00Z')?.toISOString()).toBe('2027-01-12T10:30:00.000Z');
    expect(parseRegionDateTime('2027-01-12T10:30:00+02:00')?.toISOString()).toBe('2027-01-12T08:30:00.000Z');
  });

  it('refuses what is not a date-time', () => {
    for (const text of [
      '',
      'morgen',
      '2027-01-12',
      '2027-13-40T10:00',
      '12-01-2027 10:30',
      '2027-01-12T25:00Z',
    ]) {
      expect(parseRegionDateTime(text)).toBeNull();
    }
  });
});
