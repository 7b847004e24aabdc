/**
 * Who is calling: resolved from a session cookie or an API token into the user, their
 * organisation and how they authenticated.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../domain/access/policy.ts';
import { type Organisation, OrganisationRepository } from '../../infra/db/repositories/organisations.ts';
import { SessionRepository } from '../../infra/db/repositories/sessions.ts';
import { TokenRepository } from '../../infra/db/repositories/tokens.ts';
import { type User, UserRepository, publicUser } from '../../infra/db/repositories/users.ts';
import type { Database } from '../../infra/db/schema.ts';
import type { AuditActor } from '../audit/recordAudit.ts';
import { sha256Hex } from './secrets.ts';

export interface Principal {
  user: User;
  organisation: Organisation;
  via: 'session' | 'token';
  /** Session logins: the token unsafe requests must echo in `x-csrf-token`. */
  csrfToken: string | null;
  sessionIdHash: string | null;
  tokenId: string | null;
}

async function principalFor(db: Kysely<Database>, userId: string): Promise<{ user: User; organisation: Organisation } | undefined> {
  const user = await new UserRepository(db).get(userId);
  if (!user || user.disabled) return undefined;
  const organisation = await new OrganisationRepository(db).get(user.organisationId);
  if (!organisation) return undefined;
  return { user: publicUser(user), organisation };
}

/** The principal of a session cookie secret, if the session is valid at `at`. */
export async function principalFromSession(db: Kysely<Database>, secret: string, at: Date): Promise<Principal | undefined> {
  const idHash = sha256Hex(secret);
  const session = await new SessionRepository(db).findValid(idHash, at.toISOString());
  if (!session) return undefined;
  const p = await principalFor(db, session.userId);
  return p && { ...p, via: 'session', csrfToken: session.csrfToken, sessionIdHash: idHash, tokenId: null };
}

/** How stale a token's recorded last use may get before a request writes it again. */
const TOKEN_LAST_USE_RESOLUTION_MS = 60_000;

/**
 * The principal of an API token, if it is usable at `at`; records its last use (to the minute, so
 * a busy integration does not turn every read request into a database write).
 */
export async function principalFromToken(db: Kysely<Database>, token: string, at: Date): Promise<Principal | undefined> {
  const tokens = new TokenRepository(db);
  const t = await tokens.findUsable(sha256Hex(token), at.toISOString());
  if (!t) return undefined;
  const p = await principalFor(db, t.userId);
  if (!p) return undefined;
  if (t.lastUsedAt === null || at.getTime() - Date.parse(t.lastUsedAt) >= TOKEN_LAST_USE_RESOLUTION_MS) await tokens.touch(t.id, at.toISOString());
  return { ...p, via: 'token', csrfToken: null, sessionIdHash: null, tokenId: t.id };
}

/** The principal as the access policy sees it. */
export const accessActor = (p: Principal): Actor => ({ userId: p.user.id, organisationId: p.organisation.id, roles: p.user.roles });

/** The principal as the audit trail records it. */
export const auditActor = (p: Principal): AuditActor => ({ kind: p.via === 'token' ? 'token' : 'user', id: p.user.id, name: p.user.username });
