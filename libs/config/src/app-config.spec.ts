import { describeUrl, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('uses local defaults in development and generates a token secret', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/werkbrug');
    expect(config.REDIS_URL).toBe('redis://127.0.0.1:6379');
    expect(config.PORT).toBe(3000);
    expect(config.tokenSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('requires a token secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/TOKEN_SECRET/);
  });

  it('requires an SMTP server for mail in production', () => {
    const production = {
      NODE_ENV: 'production',
      TOKEN_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://werkbrug.example.nl',
    };
    expect(() => loadConfig(production)).toThrow(/MAIL_URL/);
    expect(() => loadConfig({ ...production, MAIL_URL: 'file:/tmp/mail' })).toThrow(/MAIL_URL/);
    expect(loadConfig({ ...production, MAIL_URL: 'smtps://u:p@smtp.example.nl' }).MAIL_URL).toMatch(/^smtps/);
    expect(() => loadConfig({ MAIL_URL: 'http://example.nl' })).toThrow(/MAIL_URL/);
  });

  it('takes the public address for links in mail, an https one in production', () => {
    expect(loadConfig({}).PUBLIC_URL).toBe('http://localhost:3000');
    expect(loadConfig({ PUBLIC_URL: 'https://werkbrug.example.nl/' }).PUBLIC_URL).toBe(
      'https://werkbrug.example.nl',
    );
    expect(() => loadConfig({ PUBLIC_URL: 'werkbrug.example.nl' })).toThrow(/PUBLIC_URL/);
    const production = {
      NODE_ENV: 'production',
      TOKEN_SECRET: 'x'.repeat(40),
      MAIL_URL: 'smtp://mail.example.nl:587',
    };
    expect(() => loadConfig(production)).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ ...production, PUBLIC_URL: 'http://werkbrug.example.nl' })).toThrow(
      /PUBLIC_URL/,
    );
    expect(loadConfig({ ...production, PUBLIC_URL: 'https://werkbrug.example.nl' }).PUBLIC_URL).toBe(
      'https://werkbrug.example.nl',
    );
  });

  it('rejects malformed values with one line naming the variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('parses numbers and booleans from strings', () => {
    const config = loadConfig({ PORT: '4000', MIGRATIONS_RUN_ON_START: 'false' });
    expect(config.PORT).toBe(4000);
    expect(config.MIGRATIONS_RUN_ON_START).toBe(false);
  });

  it('describes URLs without their password', () => {
    expect(describeUrl('postgres://app:s3cret@db.internal:5433/werkbrug')).toBe('db.internal:5433/werkbrug');
    expect(describeUrl('redis://:pw@cache:6380')).toBe('cache:6380');
  });
});
