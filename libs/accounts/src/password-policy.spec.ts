import { DomainError } from '@werkbrug/core';
import { assertAcceptablePassword, passwordProblem } from './password-policy';

const sam = { email: 'sam.jansen@zorggroep.example', displayName: 'Sam Jansen' };

describe('passwordProblem', () => {
  it.each([
    'correct-horse-battery-staple',
    'paars Vliegtuig drinkt 7 koppen',
    'Fiets-Lantaarn-Molensteen-42',
  ])('accepts a long, unguessable password: %s', (password) => {
    expect(passwordProblem(password, sam)).toBeNull();
  });

  it('refuses passwords shorter than 12 or longer than 128 characters', () => {
    expect(passwordProblem('Kx9#mQ2!vL7', sam)).toBe('TOO_SHORT');
    expect(passwordProblem('x'.repeat(129), sam)).toBe('TOO_LONG');
  });

  it.each(['werkbrug-demo-2026', 'MijnWERKBRUGaccount!', 'wérkbrug fiets lantaarn'])(
    'refuses the name of the service: %s',
    (password) => {
      expect(passwordProblem(password, sam)).toBe('CONTAINS_SERVICE_NAME');
    },
  );

  it.each([
    'sam.jansen@zorggroep.example',
    'sam.jansen-fiets-lantaarn',
    'Jansen-Paars-Vliegtuig-7',
    'samjansen molensteen lantaarn',
  ])('refuses the e-mail address or the name: %s', (password) => {
    expect(passwordProblem(password, sam)).toBe('CONTAINS_PERSONAL_DETAILS');
  });

  it.each([
    'aaaaaaaaaaaa',
    '123456789012',
    'qwertyuiopasdf',
    'wachtwoord123',
    'password1234',
    'Amsterdam2026!',
  ])('refuses common and guessable passwords: %s', (password) => {
    expect(passwordProblem(password, sam)).toBe('TOO_GUESSABLE');
  });

  it('estimates even a long password quickly (it runs on the request thread)', () => {
    passwordProblem('warm-up-the-dictionaries', sam);
    for (const password of ['P@55w0rd!'.repeat(14), 'l1l1|!|!'.repeat(16), '1q2w3e4r'.repeat(16)]) {
      const started = performance.now();
      expect(passwordProblem(password, sam)).toBe('TOO_GUESSABLE');
      expect(performance.now() - started).toBeLessThan(1500);
    }
  });

  it('does not refuse an ordinary word because a short name happens to occur in it', () => {
    expect(
      passwordProblem('samenwerken-paars-vliegtuig-7', { email: 'sam@x.example', displayName: 'Sam' }),
    ).toBeNull();
  });
});

describe('assertAcceptablePassword', () => {
  it('throws BAD_USER_INPUT for the password field in both languages, without the password', () => {
    const password = 'werkbrug-demo-2026';
    let thrown: unknown;
    try {
      assertAcceptablePassword(password, sam);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    const error = thrown as DomainError;
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field: 'password', reason: 'CONTAINS_SERVICE_NAME' });
    expect(error.localised.nl).toBe('Kies een wachtwoord zonder het woord "Werkbrug" erin.');
    expect(JSON.stringify({ message: error.message, ...error.localised })).not.toContain(password);
  });

  it('passes a good password', () => {
    expect(() => assertAcceptablePassword('correct-horse-battery-staple', sam)).not.toThrow();
  });
});
