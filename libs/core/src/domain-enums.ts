/**
 * Domain vocabularies shared by several libraries (candidates, vacancies, employers, matching later).
 * Stored as text with CHECK constraints, so adding a value is a small migration.
 */
export enum Sector {
  CARE = 'CARE',
  CATERING = 'CATERING',
  CLEANING = 'CLEANING',
  LOGISTICS = 'LOGISTICS',
  RETAIL = 'RETAIL',
  PUBLIC_ADMINISTRATION = 'PUBLIC_ADMINISTRATION',
  EDUCATION = 'EDUCATION',
  MANUFACTURING = 'MANUFACTURING',
  CONSTRUCTION = 'CONSTRUCTION',
  ICT = 'ICT',
  BUSINESS_SERVICES = 'BUSINESS_SERVICES',
  AGRICULTURE = 'AGRICULTURE',
  TRANSPORT = 'TRANSPORT',
  FINANCE = 'FINANCE',
  CULTURE_AND_RECREATION = 'CULTURE_AND_RECREATION',
  FACILITY_SERVICES = 'FACILITY_SERVICES',
}

export enum ContractType {
  PERMANENT = 'PERMANENT',
  FIXED_TERM = 'FIXED_TERM',
  TEMPORARY_AGENCY = 'TEMPORARY_AGENCY',
  SECONDMENT = 'SECONDMENT',
  TRAINEESHIP = 'TRAINEESHIP',
  SHELTERED = 'SHELTERED',
}

export enum TravelMode {
  WALK = 'WALK',
  BICYCLE = 'BICYCLE',
  PUBLIC_TRANSPORT = 'PUBLIC_TRANSPORT',
  CAR = 'CAR',
}

export enum Weekday {
  MON = 'MON',
  TUE = 'TUE',
  WED = 'WED',
  THU = 'THU',
  FRI = 'FRI',
  SAT = 'SAT',
  SUN = 'SUN',
}

export enum Shift {
  DAY = 'DAY',
  EVENING = 'EVENING',
  NIGHT = 'NIGHT',
}

export function enumValues<E extends Record<string, string>>(e: E): string[] {
  return Object.values(e);
}

/** SQL list for CHECK constraints in migrations, e.g. `'A','B'`. */
export function sqlList<E extends Record<string, string>>(e: E): string {
  return Object.values(e)
    .map((v) => `'${v}'`)
    .join(',');
}
