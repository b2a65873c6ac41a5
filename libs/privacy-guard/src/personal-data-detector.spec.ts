import fc from 'fast-check';
import {
  findPersonalData,
  passesElfproef,
  PERSONAL_DATA_LABELS,
  PersonalDataFinding,
  PersonalDataKind,
} from '@werkbrug/privacy-guard';

const NOW = new Date('2026-06-15T12:00:00Z');
const { EMAIL_ADDRESS, PHONE_NUMBER, BSN, POSTCODE_WITH_HOUSE_NUMBER, DATE_OF_BIRTH } = PersonalDataKind;

/** What each finding covers, as [kind, covered text]: readable failures, and offsets checked at once. */
function found(text: string): [PersonalDataKind, string][] {
  return findPersonalData(text, { now: NOW }).map((f) => [f.kind, text.slice(f.start, f.end)]);
}

const ORDINARY_PHRASES = [
  '36 uur per week',
  '32-40 uur',
  '2-3 dagen per week op kantoor',
  'sinds 2015 werkzaam als monteur',
  'werkervaring 2015-2020',
  'van 2019 tot 2023 bij een installatiebedrijf',
  'tussen 8:00 en 17:00',
  'tussen 06.00 en 14.00 uur',
  'ploegendienst 06.00-14.00 14.00-22.00 22.00-06.00',
  'werktijden 07.30 - 16.00 uur',
  '€ 2.500 per maand',
  'salarisschaal 8 (€ 2.800 - € 3.900 bruto)',
  '€ 123.456.789 omzet',
  '1.800-2.400 euro bruto',
  '0,8 fte',
  '0,5 - 1,0 fte',
  '0-urencontract',
  'ISO 9001',
  'ISO 9001 en ISO 14001',
  'lassen volgens NEN-EN 1090 en ISO 3834',
  'NEN 3140',
  'ISO 27001 AB 12 audit',
  '1e hulp',
  'BHV en 1e hulp',
  'B-rijbewijs',
  'rijbewijs C/CE',
  'VCA-VOL',
  'HBO/WO werk- en denkniveau',
  'mbo 4',
  'regio 5211',
  'postcodegebied 5211 en omgeving',
  'Postbus 123, 5000 LE Tilburg',
  'beschikbaar vanaf 01-03-2027',
  'contract tot 31-12-2026',
  'beschikbaar per 1 september 2026',
  'van 1 januari 2020 tot 31 december 2024',
  'in dienst sinds 01-03-2005, geboren in Tilburg',
  'geboren en getogen in Tilburg, sinds 12-03-1985 in het vak',
  'born and raised in Eindhoven',
  'Q3 2026',
  '10-15 kg tillen',
  'toeslag 15%-30%',
  'Windows 10/11 en Office 365',
  'Python 3.12 en PHP 8.2',
  'versie 2.0.1',
  'SAP S/4HANA',
  '24/7 bereikbaar',
  'Je werkt 4x9 uur',
  '5 jaar ervaring',
  '1,5 jaar ervaring',
  '2e Kerstdag vrij',
  'm/v/x',
  'Kerkstraat is een mooie straat',
  'ervaring met C#, .NET en SQL',
  'specialist at Booking.com',
  'Expert at Microsoft.NET',
  'team @ Philips',
  'KvK 12345678',
  'ordernummer 2024-001234',
  'opleiding afgerond in 2012',
  'geboortejaar niet relevant',
];

describe('findPersonalData', () => {
  describe('e-mail addresses', () => {
    it.each([
      ['mail jan.de.vries@voorbeeld.nl gerust', 'jan.de.vries@voorbeeld.nl'],
      ['Contact: j_vries+werk@gemeente-tilburg.co.uk.', 'j_vries+werk@gemeente-tilburg.co.uk'],
      ['jan [at] voorbeeld [dot] nl', 'jan [at] voorbeeld [dot] nl'],
      ['jan(at)voorbeeld.nl', 'jan(at)voorbeeld.nl'],
      ['jan at voorbeeld dot nl', 'jan at voorbeeld dot nl'],
      ['JAN (AT) VOORBEELD (PUNT) NL', 'JAN (AT) VOORBEELD (PUNT) NL'],
      ['jan @ voorbeeld.nl', 'jan @ voorbeeld.nl'],
      ['0612345678@voorbeeld.nl', '0612345678@voorbeeld.nl'],
    ])('finds %j', (text, value) => {
      expect(found(text)).toEqual([[EMAIL_ADDRESS, value]]);
    });

    it.each([
      'specialist at Booking.com',
      'Expert at Microsoft.NET',
      'team @ Philips',
      'jan@localhost',
      '@werkbrug',
    ])('ignores %j', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('phone numbers', () => {
    it.each([
      '06-12345678',
      '06 1234 5678',
      '06 12 34 56 78',
      '06.12.34.56.78',
      '0612345678',
      '06 - 123 456 78',
      '(06) 12345678',
      '+31 6 12345678',
      '+31612345678',
      '+31 (0)6 12345678',
      '0031612345678',
      '0031 6 1234 5678',
      '010-1234567',
      '020 123 45 67',
      '(010) 123 45 67',
      '0412 123456',
      '0412-12 34 56',
      '+31 412 123 456',
      '+31 (0)412 123456',
      '0800-1234',
      '0800 0123',
      '0900-1234567',
      '0900 123 4567',
      '+32 2 123 45 67',
      '+44 20 7946 0958',
      '+1 (555) 123-4567',
      '0044 20 7946 0958',
    ])('finds %j', (phone) => {
      expect(found(`Bel me op ${phone} na 17:00.`)).toEqual([[PHONE_NUMBER, phone]]);
    });

    it.each([
      ['tel:0612345678', '0612345678'],
      ['01-03-2027 06-12345678', '06-12345678'],
      ['06-12345678/0687654321', '06-12345678'],
    ])('finds the number in %j', (text, phone) => {
      expect(found(text)).toEqual([[PHONE_NUMBER, phone]]);
    });

    it.each([
      '061234567',
      '06123456789',
      '06:00 tot 14:30',
      '06.00-14.00 14.00-22.00',
      '06-03-2027 14',
      '0 612 345 678',
      '+31 12345678',
      '+31 6 123456789',
      '+2 jaar',
      'A0612345678',
      '1.0612345678',
      '0800-123',
      '0000 000000',
    ])('ignores %j', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('BSN', () => {
    it.each([
      '111222333',
      '123456782',
      '123.456.782',
      '123 456 782',
      '1234 56 782',
      '123-456-782',
      '010000008',
    ])('finds %j', (bsn) => {
      expect(found(`Mijn BSN is ${bsn}.`)).toEqual([[BSN, bsn]]);
    });

    it.each([
      ['123456789', 'fails the elfproef'],
      ['111222332', 'fails the elfproef by one'],
      ['000000000', 'all zeros'],
      ['12345678', 'eight digits'],
      ['1234567820', 'ten digits'],
      ['1.123.456.782', 'part of a longer grouped number'],
      ['123.456.782.1', 'part of a longer grouped number'],
      ['€ 123.456.782', 'an amount'],
      ['NL123456782B01', 'glued to letters'],
      ['123.456 782', 'mixed separators'],
    ])('ignores %j (%s)', (text) => {
      expect(found(text).filter(([kind]) => kind === BSN)).toEqual([]);
    });

    it('implements the elfproef', () => {
      expect(passesElfproef('111222333')).toBe(true);
      expect(passesElfproef('111222334')).toBe(false);
      expect(passesElfproef('111222332')).toBe(false);
      expect(passesElfproef('000000000')).toBe(false);
      expect(passesElfproef('12345678')).toBe(false);
    });
  });

  describe('postcode with house number', () => {
    it.each([
      ['Woont op 5211 AB 12 in Den Bosch', '5211 AB 12'],
      ['5211AB 12a', '5211AB 12a'],
      ['5211ab 12', '5211ab 12'],
      ['5211 AB, huisnummer 12', '5211 AB, huisnummer 12'],
      ['5211 AB nr. 7-2', '5211 AB nr. 7-2'],
      ['Kerkstraat 12, 5211 AB Den Bosch', 'Kerkstraat 12, 5211 AB'],
      ['Kerkstraat 12a 5211AB', 'Kerkstraat 12a 5211AB'],
      ['Van der Duyn van Maasdamweg 120-2\n5211 AB', 'Maasdamweg 120-2\n5211 AB'],
      ["Kerkstraat 12 bis, 5211 AB 's-Hertogenbosch", 'Kerkstraat 12 bis, 5211 AB'],
      ['Stationsplein 1, 9726 AE Groningen', 'Stationsplein 1, 9726 AE'],
    ])('finds %j', (text, value) => {
      expect(found(text)).toEqual([[POSTCODE_WITH_HOUSE_NUMBER, value]]);
    });

    it.each([
      'regio 5211',
      'postcode 5211 AB',
      '5211 AB Den Bosch',
      '1234 SA 12',
      '1234 SS 12',
      '0123 AB 12',
      'Postbus 123, 5000 LE Tilburg',
      'ISO 9001 EN 1090',
      'tussen 2015 en 2020',
      'sinds 2015 en 12 jaar',
      '5211 ABC 12',
    ])('ignores %j', (text) => {
      expect(found(text)).toEqual([]);
    });
  });

  describe('date of birth', () => {
    it.each([
      ['geboren op 12-03-1985 in Tilburg', '12-03-1985'],
      ['Geboortedatum: 12/03/1985', '12/03/1985'],
      ['geb. 12.03.85', '12.03.85'],
      ['geb 1-3-1985', '1-3-1985'],
      ['Date of birth: 1985-03-12', '1985-03-12'],
      ['DOB 5 May 1985', '5 May 1985'],
      ['d.o.b. March 5th, 1985', 'March 5th, 1985'],
      ['born on the 1st of March 1985', '1st of March 1985'],
      ['Ze is op 12 maart 1985 geboren.', '12 maart 1985'],
      ['12-03-1985 (geboortedatum)', '12-03-1985'],
      ['geboren in Tilburg op 12 mrt. 1985', '12 mrt. 1985'],
      ['geboren in 1985', '1985'],
      ['Geboortejaar: 1985', '1985'],
      ['born in March 1985', 'March 1985'],
      ['in 1985 geboren', '1985'],
      ['geboren in Tilburg in 1985', '1985'],
      ['geboren op 14-06-2012', '14-06-2012'],
    ])('finds %j', (text, value) => {
      expect(found(text)).toEqual([[DATE_OF_BIRTH, value]]);
    });

    it.each([
      ['beschikbaar vanaf 01-03-2027', 'no keyword'],
      ['12-03-1985', 'no keyword'],
      ['geboren op 16-06-2012', 'younger than 14 on the reference date'],
      ['geboren op 01-01-1920', 'older than 100'],
      ['geboren op 31-02-1985', 'no such date'],
      ['geboren op 12-13-1985', 'no such month'],
      ['in dienst sinds 01-03-2005, geboren in Tilburg', 'keyword in another clause'],
      ['geboren in Tilburg, sinds 01-03-2005 in dienst', 'keyword in another clause'],
      ['geboren in Tilburg en werkzaam sinds 01-03-2005', 'keyword in another clause'],
      ['geboren in een dorp in de buurt van de grote stad op 12-03-1985', 'keyword too far away'],
      ['geboren in Tilburg. Sinds 2005 monteur', 'keyword in another sentence'],
      ['geboren en getogen, opleiding 2005', 'keyword in another clause'],
      ['born 2030', 'future year'],
    ])('ignores %j (%s)', (text) => {
      expect(found(text)).toEqual([]);
    });

    it('uses the current date when none is given', () => {
      expect(findPersonalData('geboren op 12-03-1985').map((f) => f.kind)).toEqual([DATE_OF_BIRTH]);
    });
  });

  it('reports several kinds in order of appearance, offsets only', () => {
    const text = 'Bel 06-12345678 of mail jan@voorbeeld.nl; BSN 111222333, Kerkstraat 1, 5211 AB.';
    expect(found(text)).toEqual([
      [PHONE_NUMBER, '06-12345678'],
      [EMAIL_ADDRESS, 'jan@voorbeeld.nl'],
      [BSN, '111222333'],
      [POSTCODE_WITH_HOUSE_NUMBER, 'Kerkstraat 1, 5211 AB'],
    ]);
    for (const f of findPersonalData(text)) {
      expect(Object.keys(f).sort()).toEqual(['end', 'kind', 'severity', 'start']);
    }
  });

  it('has a Dutch and an English label for every kind', () => {
    for (const kind of Object.values(PersonalDataKind)) {
      expect(PERSONAL_DATA_LABELS[kind].nl).toMatch(/^een /);
      expect(PERSONAL_DATA_LABELS[kind].en).toMatch(/^an? /);
    }
  });

  it.each(ORDINARY_PHRASES)('finds nothing in the ordinary phrase %j', (phrase) => {
    expect(found(phrase)).toEqual([]);
  });
});

describe('findPersonalData properties', () => {
  const digit = fc.integer({ min: 0, max: 9 });
  // Written out again here so the generators do not trust the code under test.
  const weightedSum = (d: number[]) =>
    d.slice(0, 8).reduce((sum, x, k) => sum + (9 - k) * x, 0) - (d[8] ?? 0);
  const validBsn = fc
    .array(digit, { minLength: 8, maxLength: 8 })
    .map((d) => [...d, weightedSum(d) % 11])
    .filter((d) => d[8] < 10 && d.some((x) => x !== 0))
    .map((d) => d.join(''));
  const invalidBsn = fc
    .array(digit, { minLength: 9, maxLength: 9 })
    .filter((d) => weightedSum(d) % 11 !== 0)
    .map((d) => d.join(''));
  const layout = fc.constantFrom(
    (d: string) => d,
    (d: string) => `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)}`,
    (d: string) => `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`,
    (d: string) => `${d.slice(0, 4)} ${d.slice(4, 6)} ${d.slice(6)}`,
  );
  // Text without digits, so the number cannot be extended into a longer one.
  const words = fc.string({ unit: fc.constantFrom(...'abcdeklmnoprstuvwzAEKLMNP:;,.!?()-/ \n'.split('')) });
  const embedded = (value: fc.Arbitrary<string>) =>
    fc.tuple(words, value, layout, words).map(([before, digits, format, after]) => {
      const formatted = format(digits);
      const text = `${before} ${formatted} ${after}`;
      return { text, start: before.length + 1, end: before.length + 1 + formatted.length };
    });

  it('always finds a valid BSN embedded in text', () => {
    fc.assert(
      fc.property(embedded(validBsn), ({ text, start, end }) => {
        expect(findPersonalData(text, { now: NOW })).toContainEqual({
          kind: BSN,
          severity: 'BLOCK',
          start,
          end,
        });
      }),
    );
  });

  it('never reports a nine-digit number failing the elfproef as a BSN', () => {
    fc.assert(
      fc.property(embedded(invalidBsn), ({ text }) => {
        expect(findPersonalData(text, { now: NOW }).filter((f) => f.kind === BSN)).toEqual([]);
      }),
    );
  });

  it('returns ordered, non-overlapping findings within the text', () => {
    const fragment = fc.oneof(
      fc.string(),
      fc.constantFrom(
        'jan@voorbeeld.nl',
        'jan [at] voorbeeld [dot] nl',
        '06-12345678',
        '+31 6 1234 5678',
        '111222333',
        '123.456.782',
        '5211 AB 12',
        'Kerkstraat 12, 5211 AB',
        'geboren op 12-03-1985',
        'geb.',
        ' ',
        '-',
        '.',
        '0',
        '06',
      ),
      fc.stringMatching(/^[\d .()+-]{1,20}$/),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 12 }), (fragments) => {
        const text = fragments.join('');
        const findings: PersonalDataFinding[] = findPersonalData(text, { now: NOW });
        findings.forEach((f, i) => {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
          if (i > 0) expect(f.start).toBeGreaterThanOrEqual(findings[i - 1].end);
        });
      }),
    );
  });

  it('finds nothing in text made of ordinary job phrases', () => {
    const joiner = fc.constantFrom('. ', '; ', '.\n', ', ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...ORDINARY_PHRASES), joiner), { maxLength: 10 }),
        (parts) => {
          const text = parts.map(([phrase, join]) => phrase + join).join('');
          expect(findPersonalData(text, { now: NOW })).toEqual([]);
        },
      ),
    );
  });
});
