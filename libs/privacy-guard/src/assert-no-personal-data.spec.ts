import { InvalidInputError } from '@werkbrug/core';
import { assertNoPersonalData, cleanFreeText } from '@werkbrug/privacy-guard';

/** The error `run` throws; fails the test when it does not throw. */
function thrown(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('expected an InvalidInputError, nothing was thrown');
}

describe('assertNoPersonalData', () => {
  it('refuses hard findings without offering to confirm', () => {
    const error = thrown(() =>
      assertNoPersonalData({ note: 'Bel 06-12345678' }, { allowPossibleNames: true }),
    );
    expect(error.details).toEqual({ field: 'note', personalDataKind: 'PHONE_NUMBER' });
    expect(error.localised.en).toContain('"note"');
    expect(error.localised.nl).toContain('"note"');
  });

  it('asks to confirm a likely name, in both languages, without echoing it', () => {
    const error = thrown(() => assertNoPersonalData({ sketchStrengths: 'Sanne de Vries is punctueel.' }));
    expect(error.details).toEqual({
      field: 'sketchStrengths',
      personalDataKind: 'PERSONAL_NAME',
      confirmable: true,
    });
    expect(error.localised.en).toMatch(/person's name.*confirm/);
    expect(error.localised.nl).toMatch(/naam van een persoon.*bevestig/);
    expect(JSON.stringify(error.localised)).not.toMatch(/Sanne|Vries/);
  });

  it('lets a confirmed name through', () => {
    expect(
      assertNoPersonalData({ sketchStrengths: 'Sanne de Vries is punctueel.' }, { allowPossibleNames: true }),
    ).toBeUndefined();
  });

  it('still refuses a hard finding in a later field when an earlier one has a name', () => {
    const error = thrown(() =>
      assertNoPersonalData({ a: 'Collega Jeroen helpt.', b: 'mail jan@voorbeeld.nl' }),
    );
    expect(error.details).toEqual({ field: 'b', personalDataKind: 'EMAIL_ADDRESS' });
  });

  it('lets ordinary text through', () => {
    expect(
      assertNoPersonalData({ a: 'Betrouwbaar, werkt graag met mensen.', b: null, c: '' }),
    ).toBeUndefined();
  });
});

describe('cleanFreeText', () => {
  it('asks to confirm a name by default and accepts it once confirmed', () => {
    const error = thrown(() => cleanFreeText('  Gesprek met mevrouw Kaur.  ', 'note', 200));
    expect(error.details).toMatchObject({ personalDataKind: 'PERSONAL_NAME', confirmable: true });
    expect(cleanFreeText('  Gesprek met mevrouw Kaur.  ', 'note', 200, { allowPossibleNames: true })).toBe(
      'Gesprek met mevrouw Kaur.',
    );
  });

  it('refuses an age even when names are allowed', () => {
    const error = thrown(() =>
      cleanFreeText('Hij is 56 jaar oud.', 'note', 200, { allowPossibleNames: true }),
    );
    expect(error.details).toEqual({ field: 'note', personalDataKind: 'AGE' });
  });

  it('accepts health information only where the field is meant for it, and still refuses identifying data there', () => {
    const health = 'Na de hernia-operatie nog fysiotherapie.';
    expect(() => cleanFreeText(health, 'note', 200)).toThrow(InvalidInputError);
    expect(cleanFreeText(health, 'note', 200, { allowHealthInformation: true })).toBe(health);
    const error = thrown(() =>
      cleanFreeText(`${health} Bel 0612345678.`, 'note', 200, { allowHealthInformation: true }),
    );
    expect(error.details).toEqual(
      expect.objectContaining({ field: 'note', personalDataKind: 'PHONE_NUMBER' }),
    );
  });
});
