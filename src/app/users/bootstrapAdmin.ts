/**
 * First start: when no user exists, creates the licensing authority (MOFCOM) organisation and its
 * administrator. The password comes from configuration or is generated and returned once.
 */
import type { Kysely } from 'kysely';
import { OrganisationRepository } from '../../infra/db/repositories/organisations.ts';
import { type User, UserRepository } from '../../infra/db/repositories/users.ts';
import type { Database } from '../../infra/db/schema.ts';
import { SYSTEM_ACTOR } from '../audit/recordAudit.ts';
import { generatePassword } from '../auth/secrets.ts';
import { createOrganisation } from '../organisations/createOrganisation.ts';
import { createUser } from './createUser.ts';

export const BOOTSTRAP_ORGANISATION = { kind: 'licensing_authority', name: 'Ministry of Commerce (MOFCOM)', code: 'MOFCOM' } as const;
export const BOOTSTRAP_USERNAME = 'admin';

export interface BootstrapResult {
  user: User;
  /** Set only when the password was generated here; show it once. */
  generatedPassword: string | null;
}

/** Returns null when users already exist (nothing to do). */
export async function bootstrapAdmin(db: Kysely<Database>, opts: { password?: string | undefined }, at: Date): Promise<BootstrapResult | null> {
  if ((await new UserRepository(db).count()) > 0) return null;
  const orgs = new OrganisationRepository(db);
  const org = (await orgs.findByName(BOOTSTRAP_ORGANISATION.name)) ?? (await createOrganisation(db, SYSTEM_ACTOR, BOOTSTRAP_ORGANISATION, at));
  const generatedPassword = opts.password ? null : generatePassword();
  const user = await createUser(
    db,
    SYSTEM_ACTOR,
    { organisationId: org.id, username: BOOTSTRAP_USERNAME, displayName: 'Administrator', password: opts.password ?? generatedPassword ?? '', roles: ['administrator'] },
    at,
  );
  return { user, generatedPassword };
}
