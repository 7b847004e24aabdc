/**
 * Changes a counterparty. A change to anything screening looks at gives it a new content hash, so
 * a false positive dismissed for the old details is raised again at the next screening.
 */
import { type Counterparty, CounterpartyPatchZ, changedFields } from '../../domain/screening-records/counterparty.ts';
import { notFound } from '../../domain/errors.ts';
import type { Db } from '../../infra/db/connection.ts';
import { CounterpartyRepository } from '../../infra/db/repositories/counterpartyRepository.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import type { OrgActor } from './actor.ts';
import { counterpartyHash } from './counterpartyHash.ts';
import { jsonChanges } from './jsonChanges.ts';
import { parseInput } from './parseInput.ts';

export async function updateCounterparty(db: Db, by: OrgActor, id: string, raw: unknown, at: Date): Promise<Counterparty> {
  const patch = parseInput(CounterpartyPatchZ, raw);
  return db.kysely.transaction().execute(async (trx) => {
    const repo = new CounterpartyRepository(trx);
    const before = await repo.get(by.organisationId, id);
    if (!before) throw notFound(`counterparty ${id}`);
    const merged = {
      name: patch.name ?? before.name,
      names: patch.names ?? before.names,
      country: patch.country === undefined ? before.country : patch.country,
      schema: patch.schema ?? before.schema,
      birthDate: patch.birthDate === undefined ? before.birthDate : patch.birthDate,
      identifiers: patch.identifiers ?? before.identifiers,
    };
    const changes = changedFields(before, merged);
    if (Object.keys(changes).length === 0) return before;
    const after: Counterparty = { ...before, ...merged, contentHash: counterpartyHash(merged), updatedAt: at.toISOString() };
    await repo.update(after);
    await recordAudit(
      trx,
      { actor: by.actor, organisationId: by.organisationId, event: { type: 'counterparty.updated', v: 1, counterpartyId: id, changes: jsonChanges(changes) }, objectType: 'counterparty', objectId: id },
      at,
    );
    return after;
  });
}
