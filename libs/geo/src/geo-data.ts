import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from './csv';

/** Arbeidsmarktregio (AM01–AM38, 35 in use): the unit for regional matching and statistics. */
export interface LabourMarketRegion {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

export interface Municipality {
  /** CBS code, e.g. GM0363. */
  code: string;
  name: string;
  regionCode: string;
  /** Dutch name, e.g. Noord-Holland, Fryslân. */
  province: string;
  /** Null when GeoNames has no postcode for the code yet (Voorne aan Zee, formed 2023). */
  lat: number | null;
  lon: number | null;
}

export interface PostcodeArea {
  pc4: string;
  places: string[];
  lat: number;
  lon: number;
  /** Always a 2026 municipality (see MERGED_MUNICIPALITIES). */
  municipalityCode: string;
  municipalityName: string;
  regionCode: string;
  province: string;
}

export interface Place {
  name: string;
  lat: number;
  lon: number;
  /** 0 when GeoNames has no figure (most small places). */
  population: number;
  municipalityCode: string | null;
  regionCode: string | null;
}

export interface GeoReference {
  regions: LabourMarketRegion[];
  municipalities: Municipality[];
  postcodeAreas: PostcodeArea[];
  places: Place[];
}

/**
 * GeoNames still files some postcodes and places under municipalities that have merged since: Weesp into
 * Amsterdam (2022); Brielle, Hellevoetsluis and Westvoorne into Voorne aan Zee (2023). Mapping them keeps every
 * code pointing at a current municipality, which foreign keys and regional counts rely on.
 */
const MERGED_MUNICIPALITIES: Readonly<Record<string, string>> = {
  GM0457: 'GM0363',
  GM0501: 'GM1992',
  GM0530: 'GM1992',
  GM0614: 'GM1992',
};

/** Reads the geography files written by scripts/data/build-reference-data.mjs (a few ms; run once). */
export function readGeoReference(referenceDataDir: string): GeoReference {
  const read = <Column extends string>(file: string, columns: readonly Column[]) =>
    parseCsv(readFileSync(join(referenceDataDir, 'geo', file), 'utf8'), columns);

  const regions = read('nl_arbeidsmarktregios.csv', [
    'am_code',
    'am_name',
    'pc4_mean_lat',
    'pc4_mean_lon',
  ]).map((row) => ({
    code: row.am_code,
    name: row.am_name,
    lat: toNumber(row.pc4_mean_lat, row.am_code),
    lon: toNumber(row.pc4_mean_lon, row.am_code),
  }));

  const municipalityColumns = [
    'gemeente_code',
    'gemeente_name',
    'am_code',
    'province',
    'pc4_mean_lat',
    'pc4_mean_lon',
  ] as const;
  const municipalities = read('nl_gemeenten_2026_arbeidsmarktregio.csv', municipalityColumns).map((row) => ({
    code: row.gemeente_code,
    name: row.gemeente_name,
    regionCode: row.am_code,
    province: row.province,
    lat: row.pc4_mean_lat ? toNumber(row.pc4_mean_lat, row.gemeente_code) : null,
    lon: row.pc4_mean_lon ? toNumber(row.pc4_mean_lon, row.gemeente_code) : null,
  }));
  const municipalityByCode = new Map(municipalities.map((m) => [m.code, m]));
  const currentMunicipality = (code: string): Municipality | undefined =>
    municipalityByCode.get(MERGED_MUNICIPALITIES[code] ?? code);

  const postcodeColumns = ['pc4', 'places', 'lat', 'lon', 'gemeente_code', 'am_code'] as const;
  const postcodeAreas = read('nl_pc4_centroids.csv', postcodeColumns).map((row): PostcodeArea => {
    const municipality = currentMunicipality(row.gemeente_code);
    if (!municipality) throw new Error(`PC4 ${row.pc4}: unknown municipality ${row.gemeente_code}`);
    return {
      pc4: row.pc4,
      places: row.places.split(' | '),
      lat: toNumber(row.lat, row.pc4),
      lon: toNumber(row.lon, row.pc4),
      municipalityCode: municipality.code,
      municipalityName: municipality.name,
      regionCode: row.am_code,
      // GeoNames names provinces in English and leaves some empty; the CBS (Dutch) name is the one we show.
      province: municipality.province,
    };
  });

  const placeColumns = ['name', 'lat', 'lon', 'population', 'gemeente_code', 'am_code'] as const;
  const places = read('nl_places_geonames.csv', placeColumns).map((row) => ({
    name: row.name,
    lat: toNumber(row.lat, row.name),
    lon: toNumber(row.lon, row.name),
    population: row.population ? toNumber(row.population, row.name) : 0,
    municipalityCode: row.gemeente_code
      ? (currentMunicipality(row.gemeente_code)?.code ?? row.gemeente_code)
      : null,
    regionCode: row.am_code || null,
  }));

  return { regions, municipalities, postcodeAreas, places };
}

function toNumber(value: string, what: string): number {
  const number = Number(value);
  if (value === '' || !Number.isFinite(number)) throw new Error(`${what}: "${value}" is not a number`);
  return number;
}
