import { InvalidInputError } from './errors';

/** Keyset position in a list ordered by (createdAt DESC, id DESC); opaque to clients. */
export interface CursorPosition {
  createdAt: string;
  id: string;
}

export interface PageRequest {
  first: number;
  after?: CursorPosition;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  totalCount: number;
}

export const MAX_PAGE_SIZE = 100;

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.createdAt, position.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Exactly what encodeCursor writes (Date#toISOString, year 1 or later): anything looser that JavaScript accepts,
 * such as "1" or 36 dashes as an id, reaches PostgreSQL and fails there as an internal error.
 */
function isCursorTimestamp(value: string): boolean {
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1 && date.toISOString() === value;
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      isCursorTimestamp(parsed[0]) &&
      UUID.test(parsed[1])
    ) {
      return { createdAt: parsed[0], id: parsed[1] };
    }
  } catch {
    // fall through to the one error below: a malformed cursor is a client mistake, whatever its shape
  }
  throw new InvalidInputError(
    { en: 'The pagination cursor is not valid.', nl: 'De paginacursor is ongeldig.' },
    { field: 'after' },
  );
}

export function toPageRequest(first: number | undefined, after: string | undefined): PageRequest {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new InvalidInputError(
      {
        en: `"first" must be between 1 and ${MAX_PAGE_SIZE}.`,
        nl: `"first" moet tussen 1 en ${MAX_PAGE_SIZE} liggen.`,
      },
      { field: 'first' },
    );
  }
  return { first: size, after: after ? decodeCursor(after) : undefined };
}
