/** Creates a user account in an organisation with roles that fit its kind; records `user.created`. */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type Role, rolesNotAllowed } from '../../domain/access/organisations.ts';
import { AppError, invalidInput, notFound } from '../../domain/errors.ts';
import { OrganisationRepository } from '../../infra/db/repositories/organisations.ts';
import { type User, UserRepository, publicUser } from '../../infra/db/repositories/users.ts';
import type { Database } from '../../infra/db/schema.ts';
import { type AuditActor, recordAudit } from '../audit/recordAudit.ts';
import { hashPassword } from '../auth/secrets.ts';

export interface CreateUserInput {
  organisationId: string;
  username: string;
  displayName?: string | undefined;
  password: string;
  roles: Role[];
}

export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]{2,63}$/;
export const MIN_PASSWORD_LENGTH = 10;

export async function createUser(db: Kysely<Database>, actor: AuditActor, input: CreateUserInput, at: Date): Promise<User> {
  if (!USERNAME_PATTERN.test(input.username)) {
    throw invalidInput('must be 3–64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit', { field: 'username' });
  }
  if (input.password.length < MIN_PASSWORD_LENGTH) throw invalidInput(`must be at least ${MIN_PASSWORD_LENGTH} characters`, { field: 'password' });
  if (input.roles.length === 0) throw invalidInput('at least one role is required', { field: 'roles' });
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const org = await new OrganisationRepository(trx).get(input.organisationId);
    if (!org) throw notFound(`organisation ${input.organisationId}`);
    const wrong = rolesNotAllowed(org.kind, input.roles);
    if (wrong.length > 0) throw invalidInput(`role ${wrong.join(', ')} does not exist in a ${org.kind} organisation`, { field: 'roles' });
    const users = new UserRepository(trx);
    if (await users.findByUsername(input.username)) throw new AppError('CONFLICT', `username "${input.username}" is taken`, { location: { field: 'username' } });
    const iso = at.toISOString();
    const user = {
      id: randomUUID(),
      organisationId: org.id,
      username: input.username,
      displayName: input.displayName?.trim() || input.username,
      roles: [...new Set(input.roles)],
      disabled: false,
      failedLogins: 0,
      lockedUntil: null,
      createdAt: iso,
      updatedAt: iso,
      passwordHash,
    };
    await users.insert(user);
    await recordAudit(trx, { actor, organisationId: org.id, event: { type: 'user.created', v: 1, userId: user.id, username: user.username, roles: user.roles }, objectType: 'user', objectId: user.id }, at);
    return publicUser(user);
  });
}
