import { Sector, TravelMode } from '@werkbrug/core/domain-enums';
import type { Bilingual } from './features';

export const SECTOR_LABELS: Readonly<Record<Sector, Bilingual>> = {
  [Sector.CARE]: { nl: 'zorg', en: 'care' },
  [Sector.CATERING]: { nl: 'horeca', en: 'catering' },
  [Sector.CLEANING]: { nl: 'schoonmaak', en: 'cleaning' },
  [Sector.LOGISTICS]: { nl: 'logistiek', en: 'logistics' },
  [Sector.RETAIL]: { nl: 'detailhandel', en: 'retail' },
  [Sector.PUBLIC_ADMINISTRATION]: { nl: 'openbaar bestuur', en: 'public administration' },
  [Sector.EDUCATION]: { nl: 'onderwijs', en: 'education' },
  [Sector.MANUFACTURING]: { nl: 'industrie', en: 'manufacturing' },
  [Sector.CONSTRUCTION]: { nl: 'bouw', en: 'construction' },
  [Sector.ICT]: { nl: 'ICT', en: 'ICT' },
  [Sector.BUSINESS_SERVICES]: { nl: 'zakelijke dienstverlening', en: 'business services' },
  [Sector.AGRICULTURE]: { nl: 'landbouw', en: 'agriculture' },
  [Sector.TRANSPORT]: { nl: 'vervoer', en: 'transport' },
  [Sector.FINANCE]: { nl: 'financiële dienstverlening', en: 'finance' },
  [Sector.CULTURE_AND_RECREATION]: { nl: 'cultuur en recreatie', en: 'culture and recreation' },
  [Sector.FACILITY_SERVICES]: { nl: 'facilitaire dienstverlening', en: 'facility services' },
};

export const TRAVEL_MODE_LABELS: Readonly<Record<TravelMode, Bilingual>> = {
  [TravelMode.WALK]: { nl: 'lopend', en: 'on foot' },
  [TravelMode.BICYCLE]: { nl: 'met de fiets', en: 'by bicycle' },
  [TravelMode.PUBLIC_TRANSPORT]: { nl: 'met het ov', en: 'by public transport' },
  [TravelMode.CAR]: { nl: 'met de auto', en: 'by car' },
};

export const percent = (value: number): string => `${Math.round(value * 100)}%`;

/**
 * A skill's name in a Dutch sentence: its Dutch label, or — for the few skills outside Werkbrug's sectors that have
 * none — the English one, marked as such so nobody takes it for a translation.
 */
export const dutchName = (label: { readonly nl: string | null; readonly en: string }): string =>
  label.nl ?? `${label.en} (Engels)`;

/** Quoted skill names, at most `max`, with "and n more". */
export function nameList(names: readonly string[], max: number, language: 'nl' | 'en'): string {
  const shown = names.slice(0, max).map((name) => `'${name}'`);
  const rest = names.length - shown.length;
  if (rest > 0) shown.push(language === 'nl' ? `nog ${rest}` : `${rest} more`);
  if (shown.length <= 1) return shown.join('');
  const and = language === 'nl' ? ' en ' : ' and ';
  return `${shown.slice(0, -1).join(', ')}${and}${shown[shown.length - 1]}`;
}
