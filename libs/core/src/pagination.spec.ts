import fc from 'fast-check';
import { ErrorCode, InvalidInputError } from './errors';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, toPageRequest } from './pagination';

describe('cursor pagination', () => {
  it('round-trips every keyset position', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.uuid(),
        (date, id) => {
          const position = { createdAt: date.toISOString(), id };
          expect(decodeCursor(encodeCursor(position))).toEqual(position);
        },
      ),
    );
  });

  it.each([
    '',
    'not-base64!',
    Buffer.from('[1,2]').toString('base64url'),
    Buffer.from('["yesterday","x"]').toString('base64url'),
  ])('rejects the malformed cursor %p as BAD_USER_INPUT', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(InvalidInputError);
    try {
      decodeCursor(cursor);
    } catch (error) {
      expect((error as InvalidInputError).code).toBe(ErrorCode.BAD_USER_INPUT);
      expect((error as InvalidInputError).details).toEqual({ field: 'after' });
    }
  });

  it('bounds the page size', () => {
    expect(toPageRequest(undefined, undefined)).toEqual({ first: 20, after: undefined });
    expect(toPageRequest(MAX_PAGE_SIZE, undefined).first).toBe(MAX_PAGE_SIZE);
    expect(() => toPageRequest(0, undefined)).toThrow(InvalidInputError);
    expect(() => toPageRequest(MAX_PAGE_SIZE + 1, undefined)).toThrow(InvalidInputError);
    expect(() => toPageRequest(2.5, undefined)).toThrow(InvalidInputError);
  });
});
