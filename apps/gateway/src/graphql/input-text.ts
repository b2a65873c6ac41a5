import { InvalidInputError } from '@werkbrug/core';

// C0 and C1 control characters and DEL, except tab and line feed (free text may have several lines).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * One text rule for every input boundary: Unicode NFC, line breaks as "\n", control characters removed, and an
 * unpaired UTF-16 surrogate (which no encoding can store) refused with BAD_USER_INPUT naming the field. A NUL
 * byte would otherwise reach PostgreSQL, which cannot store it, and fail the request as an internal error.
 */
export function normaliseText(value: string, field: string): string {
  if (LONE_SURROGATE.test(value)) {
    throw new InvalidInputError(
      {
        en: `${field || 'A value'} contains an invalid character.`,
        nl: `${field || 'Een waarde'} bevat een ongeldig teken.`,
      },
      { field: field || undefined },
    );
  }
  return value.replace(/\r\n?/g, '\n').replace(CONTROL, '').normalize('NFC');
}

/** Applies normaliseText to every string in an argument, however deeply nested; `field` is the path so far. */
export function normaliseInput(value: unknown, field: string): unknown {
  if (typeof value === 'string') return normaliseText(value, field);
  if (Array.isArray(value)) return value.map((item, i) => normaliseInput(item, join(field, String(i))));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> =
    Object.getPrototypeOf(value) === null ? (Object.create(null) as Record<string, unknown>) : {};
  for (const [key, item] of Object.entries(value)) out[key] = normaliseInput(item, join(field, key));
  return out;
}

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);
