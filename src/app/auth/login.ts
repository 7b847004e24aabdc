/**
 * Password login. A success opens a server-side session (the cookie holds a random secret, the
 * database only its hash) with its own CSRF token; a failure is audited and counts towards the
 * lock-out: after `maxFailures` wrong passwords the account is locked for `durationMs`.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../domain/errors.ts';
import { type Organisation, OrganisationRepository } from '../../infra/db/repositories/organisations.ts';
import { SessionRepository } from '../../infra/db/repositories/sessions.ts';
import { type User, UserRepository, publicUser } from '../../infra/db/repositories/users.ts';
import type { Database } from '../../infra/db/schema.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import { burnPasswordCheck, randomSecret, sha256Hex, verifyPassword } from './secrets.ts';

export interface LoginSettings {
  sessionTtlMs: number;
  lockout: { maxFailures: number; durationMs: number };
}

export interface LoginResult {
  user: User;
  organisation: Organisation;
  /** The cookie value; only its hash is stored. */
  sessionSecret: string;
  csrfToken: string;
  expiresAt: string;
}

type FailureReason = 'unknown_user' | 'wrong_password' | 'disabled' | 'locked';

const INVALID = 'invalid username or password';

export async function login(db: Kysely<Database>, settings: LoginSettings, input: { username: string; password: string }, at: Date): Promise<LoginResult> {
  const now = at.toISOString();
  const user = await new UserRepository(db).findByUsername(input.username);

  const fail = async (reason: FailureReason, state?: { failedLogins: number; lockedUntil: string | null }): Promise<never> => {
    await db.transaction().execute(async (trx) => {
      if (user && state) await new UserRepository(trx).setLoginState(user.id, state.failedLogins, state.lockedUntil);
      await recordAudit(
        trx,
        {
          actor: { kind: 'user', id: user?.id ?? null, name: input.username },
          organisationId: user?.organisationId ?? null,
          event: { type: 'auth.login_failed', v: 1, username: input.username, reason },
          objectType: 'user',
          objectId: user?.id ?? input.username,
        },
        at,
      );
    });
    if (reason === 'locked' || state?.lockedUntil) {
      const until = state?.lockedUntil ?? user?.lockedUntil ?? now;
      throw new AppError('RATE_LIMITED', `too many failed logins: the account is locked until ${until}`);
    }
    throw new AppError('UNAUTHENTICATED', reason === 'disabled' ? 'this account is disabled' : INVALID);
  };

  if (!user) {
    await burnPasswordCheck(input.password);
    return fail('unknown_user');
  }
  if (user.lockedUntil !== null && user.lockedUntil > now) return fail('locked');
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const failures = user.failedLogins + 1;
    if (failures >= settings.lockout.maxFailures) {
      return fail('wrong_password', { failedLogins: 0, lockedUntil: new Date(at.getTime() + settings.lockout.durationMs).toISOString() });
    }
    return fail('wrong_password', { failedLogins: failures, lockedUntil: null });
  }
  if (user.disabled) return fail('disabled');

  const sessionSecret = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(at.getTime() + settings.sessionTtlMs).toISOString();
  const organisation = await db.transaction().execute(async (trx) => {
    const org = await new OrganisationRepository(trx).get(user.organisationId);
    if (!org) throw new AppError('INTERNAL', `organisation ${user.organisationId} of user ${user.username} is missing`);
    await new UserRepository(trx).setLoginState(user.id, 0, null);
    await new SessionRepository(trx).insert({ idHash: sha256Hex(sessionSecret), userId: user.id, csrfToken, createdAt: now, expiresAt });
    await recordAudit(
      trx,
      { actor: { kind: 'user', id: user.id, name: user.username }, organisationId: org.id, event: { type: 'auth.login', v: 1 }, objectType: 'session', objectId: user.id },
      at,
    );
    return org;
  });
  return { user: publicUser({ ...user, failedLogins: 0, lockedUntil: null }), organisation, sessionSecret, csrfToken, expiresAt };
}
