/**
 * Configuration, in one place: every setting, its environment variable and its default.
 *
 *   HOST                       listen address                     127.0.0.1
 *   PORT                       listen port                        3000
 *   DATABASE_URL               postgres://… (else embedded SQLite)
 *   EXPORTCTL_DATA_DIR         folder of the SQLite database      ./data
 *   EXPORTCTL_ADMIN_PASSWORD   first administrator's password     (generated and printed once)
 *   EXPORTCTL_SESSION_HOURS    session lifetime                   12
 *   EXPORTCTL_LOCKOUT_FAILURES failed logins before lock-out      5
 *   EXPORTCTL_LOCKOUT_MINUTES  lock-out duration                  15
 *   EXPORTCTL_LOGIN_RATE       login attempts per minute per IP   20
 *   EXPORTCTL_COOKIE_SECURE    mark cookies Secure (behind HTTPS) false
 *   EXPORTCTL_WEB_DIR          built web UI to serve              ./web/dist
 *   LOG_LEVEL                  pino level                         info
 *   EXPORTCTL_MAX_DOCUMENT_MB  largest document upload (MiB)      20
 *   SMTP_URL                   smtp://[user:pass@]host:port?from=… (e-mail outbox; unset = not sent)
 *   EXPORTCTL_PUBLIC_URL       public base address (licence QR codes) http://HOST:PORT
 */
import { z } from 'zod';
import { invalidInput } from './domain/errors.ts';

export interface Config {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  adminPassword: string | undefined;
  sessionTtlMs: number;
  lockout: { maxFailures: number; durationMs: number };
  loginRateLimit: { max: number; windowMs: number };
  cookieSecure: boolean;
  webDir: string;
  logLevel: string;
  /** Largest document upload in bytes. */
  maxDocumentBytes: number;
  smtpUrl: string | undefined;
  publicUrl: string | undefined;
}

const intVar = (min: number) => z.coerce.number().int().min(min);

const ZEnv = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: intVar(0).max(65535).default(3000),
  DATABASE_URL: z.string().optional(),
  EXPORTCTL_DATA_DIR: z.string().min(1).default('./data'),
  EXPORTCTL_ADMIN_PASSWORD: z.string().min(8).optional(),
  EXPORTCTL_SESSION_HOURS: intVar(1).default(12),
  EXPORTCTL_LOCKOUT_FAILURES: intVar(1).default(5),
  EXPORTCTL_LOCKOUT_MINUTES: intVar(1).default(15),
  EXPORTCTL_LOGIN_RATE: intVar(1).default(20),
  EXPORTCTL_COOKIE_SECURE: z.enum(['true', 'false', '1', '0']).default('false'),
  EXPORTCTL_WEB_DIR: z.string().min(1).default('./web/dist'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  EXPORTCTL_MAX_DOCUMENT_MB: intVar(1).max(1024).default(20),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'expected smtp://host:port or smtps://host:port').optional(),
  EXPORTCTL_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
});

/** Reads the configuration from environment variables; a bad value names the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env, overrides: Partial<Config> = {}): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ZEnv.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? 'environment');
    throw invalidInput(issue?.message ?? 'invalid value', { field });
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.EXPORTCTL_DATA_DIR,
    adminPassword: e.EXPORTCTL_ADMIN_PASSWORD,
    sessionTtlMs: e.EXPORTCTL_SESSION_HOURS * 3_600_000,
    lockout: { maxFailures: e.EXPORTCTL_LOCKOUT_FAILURES, durationMs: e.EXPORTCTL_LOCKOUT_MINUTES * 60_000 },
    loginRateLimit: { max: e.EXPORTCTL_LOGIN_RATE, windowMs: 60_000 },
    cookieSecure: e.EXPORTCTL_COOKIE_SECURE === 'true' || e.EXPORTCTL_COOKIE_SECURE === '1',
    webDir: e.EXPORTCTL_WEB_DIR,
    logLevel: e.LOG_LEVEL,
    maxDocumentBytes: e.EXPORTCTL_MAX_DOCUMENT_MB * 1024 * 1024,
    smtpUrl: e.SMTP_URL,
    publicUrl: e.EXPORTCTL_PUBLIC_URL,
    ...overrides,
  };
}
