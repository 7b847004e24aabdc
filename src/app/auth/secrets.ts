/** Random secrets for sessions, CSRF and API tokens, and the hashes they are stored under. */
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify, Algorithm } from '@node-rs/argon2';

export const sha256Hex = (s: string): string => createHash('sha256').update(s).digest('hex');

/** 32 random bytes, base64url. */
export const randomSecret = (): string => randomBytes(32).toString('base64url');

export const API_TOKEN_PREFIX = 'ectl_';

/** A new API token: `ectl_` + 32 random bytes. Shown once; only its hash is stored. */
export const newApiToken = (): string => `${API_TOKEN_PREFIX}${randomSecret()}`;

/** A password suggestion: 18 random bytes, base64url (24 characters). */
export const generatePassword = (): string => randomBytes(18).toString('base64url');

/** argon2id with the library defaults (m = 19 MiB, t = 2, p = 1: the OWASP minimum). */
export const hashPassword = (password: string): Promise<string> => hash(password, { algorithm: Algorithm.Argon2id });

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so a login for an unknown user is not faster. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword(randomSecret());
  await verifyPassword(await dummyHash, password);
}
