/** Disables (ending sessions; tokens stop working) or re-enables an account; records the change. */
import type { Kysely } from 'kysely';
import { notFound } from '../../domain/errors.ts';
import { SessionRepository } from '../../infra/db/repositories/sessions.ts';
import { type User, UserRepository, publicUser } from '../../infra/db/repositories/users.ts';
import type { Database } from '../../infra/db/schema.ts';
import { type AuditActor, recordAudit } from '../audit/recordAudit.ts';

export async function setUserDisabled(db: Kysely<Database>, actor: AuditActor, userId: string, disabled: boolean, at: Date): Promise<User> {
  return db.transaction().execute(async (trx) => {
    const users = new UserRepository(trx);
    const user = await users.get(userId);
    if (!user) throw notFound(`user ${userId}`);
    const iso = at.toISOString();
    if (user.disabled === disabled) return publicUser(user);
    await users.setDisabled(user.id, disabled, iso);
    if (disabled) await new SessionRepository(trx).deleteForUser(user.id);
    await recordAudit(
      trx,
      { actor, organisationId: user.organisationId, event: { type: disabled ? 'user.disabled' : 'user.enabled', v: 1, userId: user.id }, objectType: 'user', objectId: user.id },
      at,
    );
    return publicUser({ ...user, disabled, updatedAt: iso });
  });
}
