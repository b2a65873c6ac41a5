import fc from 'fast-check';
import {
  findPersonalData,
  normaliseText,
  originalSpan,
  passesIbanChecksum,
  PersonalDataKind,
} from '@werkbrug/privacy-guard';

const NOW = new Date('2026-06-15T12:00:00Z');
const { EMAIL_ADDRESS, PHONE_NUMBER, BSN, IBAN, AGE, STREET_ADDRESS, PERSONAL_NAME } = PersonalDataKind;

/** [kind, covered original text] per finding: offsets are checked against the text as given. */
function found(text: string): [PersonalDataKind, string][] {
  return findPersonalData(text, { now: NOW }).map((f) => [f.kind, text.slice(f.start, f.end)]);
}

describe('normalisation before detection', () => {
  it.each([
    ['full-width at sign', 'mail jan＠voorbeeld.nl gerust', [EMAIL_ADDRESS, 'jan＠voorbeeld.nl']],
    [
      'zero-width spaces in an e-mail',
      'jan\u200B@\u200Bvoorbeeld.nl',
      [EMAIL_ADDRESS, 'jan\u200B@\u200Bvoorbeeld.nl'],
    ],
    [
      'a word joiner and BOM in an e-mail',
      'jan\u2060@voorbeeld\uFEFF.nl',
      [EMAIL_ADDRESS, 'jan\u2060@voorbeeld\uFEFF.nl'],
    ],
    [
      'a spaced-out e-mail',
      'mail: j a n @ v o o r b e e l d . n l',
      [EMAIL_ADDRESS, 'j a n @ v o o r b e e l d . n l'],
    ],
    ['spaces around @ and dots', 'mail jan @ voorbeeld . nl gerust', [EMAIL_ADDRESS, 'jan @ voorbeeld . nl']],
    ['a non-breaking hyphen in a phone number', 'bel 06\u201112345678', [PHONE_NUMBER, '06\u201112345678']],
    [
      'an en dash and NBSPs in a phone number',
      'bel 010\u2013123\u00A045\u00A067',
      [PHONE_NUMBER, '010\u2013123\u00A045\u00A067'],
    ],
    [
      'full-width digits in a phone number',
      'bel ０６１２３４５６７８',
      [PHONE_NUMBER, '０６１２３４５６７８'],
    ],
    [
      'spaced-out digits of a phone number',
      'bel 0 6 1 2 3 4 5 6 7 8.',
      [PHONE_NUMBER, '0 6 1 2 3 4 5 6 7 8'],
    ],
    ['full-width digits in a BSN', 'BSN １１１２２２３３３', [BSN, '１１１２２２３３３']],
    ['zero-width spaces in a BSN', 'BSN 111\u200B222\u200B333', [BSN, '111\u200B222\u200B333']],
    ['a soft hyphen gluing a BSN to a word', 'bsn\u00AD111222333', [BSN, '111222333']],
  ] as const)('sees through %s', (_case, text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('maps every character of the normalised text back to the original', () => {
    const original = 'a\u00ADb ０６\u2011x ﬁ';
    const n = normaliseText(original);
    expect(n.text).toBe('ab 06-x fi');
    expect(originalSpan(n, 3, 6)).toEqual({ start: 4, end: 7 });
    expect(originalSpan(n, 8, 10)).toEqual({ start: 9, end: 10 });
  });

  it('reports offsets in the original text when normalisation changed its length', () => {
    const text = 'Zie\u200B\u200B: bel ０６\u2011１２３４\u200B５６７８ of j a n @ v o o r b e e l d . n l.';
    expect(found(text)).toEqual([
      [PHONE_NUMBER, '０６\u2011１２３４\u200B５６７８'],
      [EMAIL_ADDRESS, 'j a n @ v o o r b e e l d . n l'],
    ]);
  });

  it('finds a phone number whatever invisible characters are put between its digits', () => {
    const invisible = fc.constantFrom('\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), invisible), { maxLength: 6 }),
        (inserts) => {
          let phone = '0612345678';
          for (const [at, char] of inserts) {
            const i = Math.min(at, phone.length - 1);
            phone = phone.slice(0, i) + char + phone.slice(i);
          }
          expect(found(`Bel ${phone} vandaag.`)).toEqual([[PHONE_NUMBER, phone]]);
        },
      ),
    );
  });
});

describe('IBAN', () => {
  it.each([
    'NL91ABNA0417164300',
    'NL91 ABNA 0417 1643 00',
    'nl91 abna 0417 1643 00',
    'NL91\u00A0ABNA\u00A00417\u00A01643\u00A000',
    'BE68 5390 0754 7034',
    'DE89 3704 0044 0532 0130 00',
    'GB29 NWBK 6016 1331 9268 19',
  ])('finds %j', (iban) => {
    expect(found(`Salaris naar ${iban} overmaken.`)).toEqual([[IBAN, iban]]);
  });

  it.each([
    ['NL92 ABNA 0417 1643 00', 'wrong checksum'],
    ['NL91ABNA041716430', 'too short for NL'],
    ['NL12 3456', 'too short'],
    ['EN 1090-2', 'a standard'],
  ])('ignores %j (%s)', (text) => {
    expect(found(text).filter(([kind]) => kind === IBAN)).toEqual([]);
  });

  it('stops at the end of the IBAN', () => {
    expect(found('NL91 ABNA 0417 1643 00 bij de ABN')).toEqual([[IBAN, 'NL91 ABNA 0417 1643 00']]);
  });

  it('implements the mod-97 check', () => {
    expect(passesIbanChecksum('NL91ABNA0417164300')).toBe(true);
    expect(passesIbanChecksum('NL91ABNA0417164301')).toBe(false);
    expect(passesIbanChecksum('nl91 abna 0417 1643 00')).toBe(true);
  });
});

describe('ages', () => {
  it.each([
    ['Hij is 56 jaar oud.', 'Hij is 56 jaar oud'],
    ['Kandidaat is 56.', 'Kandidaat is 56'],
    ['Ik ben 56 en zoek werk.', 'Ik ben 56'],
    ['Leeftijd: 56', 'Leeftijd: 56'],
    ['Een 56-jarige monteur.', '56-jarige'],
    ['Candidate aged 56, looking for work.', 'aged 56'],
    ['She is 56 years old.', 'She is 56 years old'],
    ['Ze is eind vijftig.', 'is eind vijftig'],
    ['A man in his late fifties.', 'in his late fifties'],
  ])('finds the age in %j', (text, value) => {
    expect(found(text)).toEqual([[AGE, value]]);
  });

  it.each([
    '5 jaar ervaring',
    '36 uur per week',
    'Leeftijd 18+',
    'Minimumleeftijd 18 jaar',
    'Ons bedrijf is 40 jaar oud.',
    'Hij is al 30 jaar werkzaam in de bouw.',
    'Een 4-jarige opleiding.',
    'Ons 25-jarig jubileum.',
    'Suitable for people aged 18 and over.',
    'He has been a welder for 20 years.',
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('street and house number without a postcode', () => {
  it.each([
    ['Woont op de Kerkstraat 12 in Oss.', 'Kerkstraat 12'],
    ['Adres: Lindelaan 4a', 'Lindelaan 4a'],
    ['Molenweg 17-2, achterom', 'Molenweg 17-2'],
    ['Hij woont op de Grote Markt 9.', 'Markt 9'],
    ['kerkstraat nr. 19', 'kerkstraat nr. 19'],
    ['She lives at 12 Baker Street.', '12 Baker Street'],
  ])('finds %j', (text, value) => {
    expect(found(text)).toEqual([[STREET_ADDRESS, value]]);
  });

  it.each([
    'Kerkstraat is een mooie straat',
    'Het magazijn ligt aan de Kerkstraat.',
    'Windows 10',
    'Loopbaan 2 gesprekken',
    'Monitoring 24/7',
    'Het kantoor aan de Markt is 5 minuten lopen.',
    'Rotterdam 2 dagen per week',
    'Oosterhout 3x per week, Breda 2x',
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('personal names (a warning to confirm)', () => {
  it.each([
    ['Sanne de Vries werkt al jaren in de zorg.', 'Sanne de Vries'],
    ['Ingewerkt door collega Jeroen.', 'Jeroen'],
    ['Navragen bij dhr. Bakker.', 'dhr. Bakker'],
    ['Ze heet Fatima.', 'Fatima'],
    ['Reference: Mark Thompson.', 'Mark Thompson'],
    ['Mrs Oduya prefers early shifts.', 'Mrs Oduya'],
  ])('warns about %j', (text, value) => {
    expect(found(text)).toEqual([[PERSONAL_NAME, value]]);
    expect(findPersonalData(text).map((f) => f.severity)).toEqual(['CONFIRM']);
  });

  it.each([
    'Mark je beschikbaarheid in de app.',
    'Rose is de kleur van de nieuwe werkkleding.',
    'Eerder werkzaam bij Albert Heijn.',
    'Stage in het Jeroen Bosch Ziekenhuis.',
    'Opleiding bij de Koning Willem I College.',
    'Will work weekends if needed.',
    'Elke dag een warme lunch.',
    'Ervaring met SAP, Exact en AFAS.',
  ])('does not warn about %j', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('blocks hard findings next to a name', () => {
    const severities = findPersonalData('Sanne de Vries, 06-12345678').map((f) => [f.kind, f.severity]);
    expect(severities).toEqual([
      [PERSONAL_NAME, 'CONFIRM'],
      [PHONE_NUMBER, 'BLOCK'],
    ]);
  });
});
