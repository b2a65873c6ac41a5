import { findReferenceDataDir } from '@werkbrug/config/reference-data-dir';
import { parseCsv, parseCsvRows } from './csv';
import { haversineKm } from './distance';
import { type GeoReference, readGeoReference } from './geo-data';

describe('parseCsv', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const text = 'a,b\r\n"x, y","say ""hi"""\n"two\nlines",\n';
    expect(parseCsvRows(text)).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', ''],
    ]);
  });

  it('maps named columns and rejects missing columns and ragged rows', () => {
    expect(parseCsv('\uFEFFid,name\n1,Assen\n', ['name'])).toEqual([{ name: 'Assen' }]);
    expect(() => parseCsv('id\n1\n', ['name'])).toThrow('no column "name"');
    expect(() => parseCsv('id,name\n1\n', ['id'])).toThrow('row 2 has 1 fields');
    expect(() => parseCsvRows('a\n"open')).toThrow('inside a quoted field');
  });
});

describe('readGeoReference', () => {
  let geo: GeoReference;
  beforeAll(() => {
    geo = readGeoReference(findReferenceDataDir());
  });

  it('reads the 35 labour market regions, 342 municipalities and 4,086 postcode areas', () => {
    expect(geo.regions).toHaveLength(35);
    expect(geo.regions.every((r) => /^AM\d{2}$/.test(r.code))).toBe(true);
    expect(geo.municipalities).toHaveLength(342);
    expect(geo.postcodeAreas).toHaveLength(4086);
    expect(new Set(geo.postcodeAreas.map((a) => a.pc4)).size).toBe(4086);
    expect(geo.places.length).toBeGreaterThan(6000);
  });

  it.each([
    ['1012', 'AM18', 'Amsterdam', 'Noord-Holland'],
    ['3511', 'AM13', 'Utrecht', 'Utrecht'],
    ['9711', 'AM01', 'Groningen', 'Groningen'],
    ['6211', 'AM30', 'Maastricht', 'Limburg'],
  ])('places PC4 %s in %s (%s, %s)', (pc4, regionCode, municipalityName, province) => {
    expect(geo.postcodeAreas.find((a) => a.pc4 === pc4)).toMatchObject({
      regionCode,
      municipalityName,
      province,
    });
  });

  it('points every postcode area at a known region and a current municipality', () => {
    const regions = new Set(geo.regions.map((r) => r.code));
    const municipalities = new Map(geo.municipalities.map((m) => [m.code, m]));
    const inconsistent = geo.postcodeAreas.filter(
      (area) =>
        !regions.has(area.regionCode) ||
        municipalities.get(area.municipalityCode)?.name !== area.municipalityName ||
        !(area.lat > 50.7 && area.lat < 53.6 && area.lon > 3.3 && area.lon < 7.3),
    );
    expect(inconsistent).toEqual([]);
    expect(municipalities.get('GM1992')).toMatchObject({ name: 'Voorne aan Zee', lat: null, lon: null });
    expect(geo.postcodeAreas.find((a) => a.pc4 === '3231')).toMatchObject({ municipalityCode: 'GM1992' });
    expect(geo.places.find((p) => p.name === 'Weesp')).toMatchObject({ municipalityCode: 'GM0363' });
  });
});

describe('haversineKm', () => {
  it('measures Amsterdam 1012 to Utrecht 3511 at about 35 km', () => {
    const geo = readGeoReference(findReferenceDataDir());
    const amsterdam = geo.postcodeAreas.find((a) => a.pc4 === '1012');
    const utrecht = geo.postcodeAreas.find((a) => a.pc4 === '3511');
    if (!amsterdam || !utrecht) throw new Error('spot-check postcodes missing');
    expect(haversineKm(amsterdam, utrecht)).toBeGreaterThan(30);
    expect(haversineKm(amsterdam, utrecht)).toBeLessThan(40);
  });

  it('is zero for the same point and symmetric', () => {
    const a = { lat: 52.37, lon: 4.9 };
    const b = { lat: 50.85, lon: 5.69 };
    expect(haversineKm(a, a)).toBe(0);
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })).toBeCloseTo(111.19, 1);
  });
});
