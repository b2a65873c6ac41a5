import { localDateText } from './local-date-text';

describe('localDateText', () => {
  it('writes a date out in Dutch and in English, on the same day whatever the time zone', () => {
    expect(localDateText('2027-03-01', 'nl')).toBe('1 maart 2027');
    expect(localDateText('2027-03-01', 'en')).toBe('1 March 2027');
    expect(localDateText('2026-12-31', 'nl')).toBe('31 december 2026');
  });
});
