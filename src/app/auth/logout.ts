/** Ends a session and records `auth.logout`. */
import type { Kysely } from 'kysely';
import { SessionRepository } from '../../infra/db/repositories/sessions.ts';
import type { Database } from '../../infra/db/schema.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import type { Principal } from './principal.ts';

export async function logout(db: Kysely<Database>, principal: Principal, at: Date): Promise<void> {
  const idHash = principal.sessionIdHash;
  if (idHash === null) return;
  await db.transaction().execute(async (trx) => {
    await new SessionRepository(trx).delete(idHash);
    await recordAudit(
      trx,
      { actor: { kind: 'user', id: principal.user.id, name: principal.user.username }, organisationId: principal.organisation.id, event: { type: 'auth.logout', v: 1 }, objectType: 'session', objectId: principal.user.id },
      at,
    );
  });
}
