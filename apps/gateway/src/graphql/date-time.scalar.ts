import { REGION_TIME_ZONE, parseRegionDateTime, toRegionIsoString } from '@werkbrug/core';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function readDateTime(value: unknown): Date {
  const at = typeof value === 'string' ? parseRegionDateTime(value) : null;
  if (!at) {
    throw new GraphQLError(
      `Geen datum met tijd; gebruik ISO 8601, bijvoorbeeld 2027-01-12T10:30 of ` +
        `2027-01-12T10:30:00+01:00 / Not a date-time; use ISO 8601, for example 2027-01-12T10:30 or ` +
        `2027-01-12T10:30:00+01:00`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return at;
}

/**
 * Werkbrug's `DateTime`: every instant goes out in the region's clock time with its UTC offset, so a session at
 * half past ten reads `…T10:30:00.000+01:00`, not `…T09:30:00.000Z`. Both name the same instant; any ISO 8601
 * parser reads either. Input takes an offset (or `Z`), or a clock time without one, read in the region.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    `An instant in ISO 8601 with the region's UTC offset (${REGION_TIME_ZONE}), e.g. 2027-01-12T10:30:00.000+01:00. ` +
    'As input: any ISO 8601 date-time with an offset or Z; without one it is a clock time in the region.',
  serialize(value) {
    const at = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (!at || Number.isNaN(at.getTime()))
      throw new GraphQLError('DateTime cannot represent a value that is not a date');
    return toRegionIsoString(at);
  },
  parseValue: readDateTime,
  parseLiteral(ast) {
    return readDateTime(ast.kind === Kind.STRING ? ast.value : undefined);
  },
});

/** For code-first fields typed `Date`: they become this scalar too. */
export const DATE_TIME_SCALARS = [{ type: Date, scalar: DateTimeScalar }];
