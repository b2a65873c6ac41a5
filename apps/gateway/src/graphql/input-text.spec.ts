import { InvalidInputError } from '@werkbrug/core';
import { normaliseInput, normaliseText } from './input-text';

describe('normaliseText', () => {
  it('removes control characters but keeps tabs and line breaks', () => {
    expect(normaliseText('a\u0000b\u0007c\u001bd\u007fe\u0085f\tg\nh', 'x')).toBe('abcdef\tg\nh');
    expect(normaliseText('een\r\ntwee\rdrie', 'x')).toBe('een\ntwee\ndrie');
  });

  it('composes to NFC and keeps surrogate pairs', () => {
    expect(normaliseText('Rene\u0301e', 'x')).toBe('Ren\u00e9e');
    expect(normaliseText('🙂', 'x')).toBe('🙂');
  });

  it.each(['\ud800', 'a\udc00', '\udbff\ud800x', 'x\udfff🙂'])(
    'refuses an unpaired surrogate in %j',
    (text) => {
      expect(() => normaliseText(text, 'identity.email')).toThrow(InvalidInputError);
      try {
        normaliseText(text, 'identity.email');
      } catch (error) {
        expect((error as InvalidInputError).details).toEqual({ field: 'identity.email' });
      }
    },
  );
});

describe('normaliseInput', () => {
  it('normalises every string, however deep, and names the field of a bad one', () => {
    const date = new Date();
    expect(normaliseInput({ a: ['x\u0000', { b: 'y\u0000' }], n: 1, d: date, z: null }, '')).toEqual({
      a: ['x', { b: 'y' }],
      n: 1,
      d: date,
      z: null,
    });
    expect(() => normaliseInput({ list: [{ name: '\ud800' }] }, '')).toThrow(
      expect.objectContaining({ details: { field: 'list.0.name' } }),
    );
    expect(normaliseInput('a\u0000', 'reason')).toBe('a');
  });
});
