/** Replaces a user's roles (ending their sessions) and records `user.roles_changed`. */
import type { Kysely } from 'kysely';
import { type Role, rolesNotAllowed } from '../../domain/access/organisations.ts';
import { invalidInput, notFound } from '../../domain/errors.ts';
import { OrganisationRepository } from '../../infra/db/repositories/organisations.ts';
import { SessionRepository } from '../../infra/db/repositories/sessions.ts';
import { type User, UserRepository, publicUser } from '../../infra/db/repositories/users.ts';
import type { Database } from '../../infra/db/schema.ts';
import { type AuditActor, recordAudit } from '../audit/recordAudit.ts';

export async function changeUserRoles(db: Kysely<Database>, actor: AuditActor, userId: string, roles: Role[], at: Date): Promise<User> {
  if (roles.length === 0) throw invalidInput('at least one role is required', { field: 'roles' });
  return db.transaction().execute(async (trx) => {
    const users = new UserRepository(trx);
    const user = await users.get(userId);
    if (!user) throw notFound(`user ${userId}`);
    const org = await new OrganisationRepository(trx).get(user.organisationId);
    if (!org) throw notFound(`organisation ${user.organisationId}`);
    const wrong = rolesNotAllowed(org.kind, roles);
    if (wrong.length > 0) throw invalidInput(`role ${wrong.join(', ')} does not exist in a ${org.kind} organisation`, { field: 'roles' });
    const to = [...new Set(roles)];
    const iso = at.toISOString();
    await users.setRoles(user.id, to, iso);
    await new SessionRepository(trx).deleteForUser(user.id);
    await recordAudit(trx, { actor, organisationId: user.organisationId, event: { type: 'user.roles_changed', v: 1, userId: user.id, from: user.roles, to }, objectType: 'user', objectId: user.id }, at);
    return publicUser({ ...user, roles: to, updatedAt: iso });
  });
}
