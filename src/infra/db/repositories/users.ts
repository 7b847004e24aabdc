/** Reads and writes user accounts. Construct over the database or a transaction. */
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { type Role, ZRole } from '../../../domain/access/organisations.ts';
import type { Database } from '../schema.ts';
import type { UsersTable } from '../tables/platform.ts';

export interface User {
  id: string;
  organisationId: string;
  username: string;
  displayName: string;
  roles: Role[];
  disabled: boolean;
  failedLogins: number;
  lockedUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface UserWithSecret extends User {
  passwordHash: string;
}

const ZRoles = z.array(ZRole);

const toUser = (r: Selectable<UsersTable>): UserWithSecret => ({
  id: r.id,
  organisationId: r.organisation_id,
  username: r.username,
  displayName: r.display_name,
  roles: ZRoles.parse(JSON.parse(r.roles)),
  disabled: Number(r.disabled) === 1,
  failedLogins: Number(r.failed_logins),
  lockedUntil: r.locked_until,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  passwordHash: r.password_hash,
});

/** The user without the password hash, for anything that leaves the repository layer. */
export function publicUser(u: UserWithSecret): User {
  const { passwordHash: _p, ...rest } = u;
  return rest;
}

export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(u: UserWithSecret): Promise<void> {
    await this.db
      .insertInto('users')
      .values({
        id: u.id,
        organisation_id: u.organisationId,
        username: u.username,
        display_name: u.displayName,
        password_hash: u.passwordHash,
        roles: JSON.stringify(u.roles),
        disabled: u.disabled ? 1 : 0,
        failed_logins: u.failedLogins,
        locked_until: u.lockedUntil,
        created_at: u.createdAt,
        updated_at: u.updatedAt,
      })
      .execute();
  }

  async get(id: string): Promise<UserWithSecret | undefined> {
    const r = await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toUser(r);
  }

  async findByUsername(username: string): Promise<UserWithSecret | undefined> {
    const r = await this.db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    return r && toUser(r);
  }

  async list(opts: { organisationId?: string | undefined; limit: number; offset: number }): Promise<{ items: User[]; total: number }> {
    let q = this.db.selectFrom('users');
    if (opts.organisationId !== undefined) q = q.where('organisation_id', '=', opts.organisationId);
    const [rows, count] = await Promise.all([
      q.selectAll().orderBy('username').limit(opts.limit).offset(opts.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map((r) => publicUser(toUser(r))), total: Number(count.n) };
  }

  async setRoles(id: string, roles: readonly Role[], at: string): Promise<void> {
    await this.db.updateTable('users').set({ roles: JSON.stringify(roles), updated_at: at }).where('id', '=', id).execute();
  }

  async setDisabled(id: string, disabled: boolean, at: string): Promise<void> {
    await this.db.updateTable('users').set({ disabled: disabled ? 1 : 0, updated_at: at }).where('id', '=', id).execute();
  }

  async setPasswordHash(id: string, passwordHash: string, at: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: passwordHash, updated_at: at }).where('id', '=', id).execute();
  }

  /** Records the outcome of a login attempt: the failure count and any lock-out. */
  async setLoginState(id: string, failedLogins: number, lockedUntil: string | null): Promise<void> {
    await this.db.updateTable('users').set({ failed_logins: failedLogins, locked_until: lockedUntil }).where('id', '=', id).execute();
  }

  async count(): Promise<number> {
    const r = await this.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
