import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has defaults for everything', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3000, dataDir: './data', lockout: { maxFailures: 5, durationMs: 900_000 }, cookieSecure: false });
    expect(c.databaseUrl).toBeUndefined();
  });
  it('reads the environment', () => {
    const c = loadConfig({ PORT: '8080', EXPORTCTL_LOCKOUT_FAILURES: '3', DATABASE_URL: 'postgres://x/y', EXPORTCTL_COOKIE_SECURE: '1' });
    expect(c).toMatchObject({ port: 8080, databaseUrl: 'postgres://x/y', lockout: { maxFailures: 3 }, cookieSecure: true });
  });
  it('names a bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ EXPORTCTL_ADMIN_PASSWORD: 'short' })).toThrow(/EXPORTCTL_ADMIN_PASSWORD/);
  });
});
