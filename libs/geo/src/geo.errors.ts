import { InvalidInputError } from '@werkbrug/core';

export class UnknownLabourMarketRegionError extends InvalidInputError {
  constructor(code: string, field: string) {
    super(
      { en: `Unknown labour-market region "${code}".`, nl: `Onbekende arbeidsmarktregio "${code}".` },
      { field, reason: 'UNKNOWN_REGION' },
    );
  }
}

export class UnknownPostcodeAreaError extends InvalidInputError {
  constructor(pc4: string, field: string) {
    super(
      {
        en: `Unknown postcode area "${pc4}" (expected 4 digits, e.g. 5211).`,
        nl: `Onbekend postcodegebied "${pc4}" (verwacht 4 cijfers, bijv. 5211).`,
      },
      { field, reason: 'UNKNOWN_POSTCODE_AREA' },
    );
  }
}
