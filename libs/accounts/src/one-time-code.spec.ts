import { generateOneTimeCode, normaliseOneTimeCode, oneTimeCodeHash } from './one-time-code';

describe('one-time codes', () => {
  it('are three groups of four unambiguous characters, different every time', () => {
    const codes = Array.from({ length: 200 }, generateOneTimeCode);
    for (const code of codes)
      expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('match however they are typed: case, spaces and dashes do not matter', () => {
    expect(normaliseOneTimeCode(' abcd efgh-jklm ')).toBe('ABCDEFGHJKLM');
    expect(oneTimeCodeHash('abcd efgh jklm')).toBe(oneTimeCodeHash('ABCD-EFGH-JKLM'));
    expect(oneTimeCodeHash('ABCD-EFGH-JKLM')).toMatch(/^[0-9a-f]{64}$/);
    expect(oneTimeCodeHash('ABCD-EFGH-JKLN')).not.toBe(oneTimeCodeHash('ABCD-EFGH-JKLM'));
  });
});
