/** Records a new counterparty for an organisation. */
import { randomUUID } from 'node:crypto';
import type { Db } from '../../infra/db/connection.ts';
import { type Counterparty, type CounterpartyInput, CounterpartyInputZ } from '../../domain/screening-records/counterparty.ts';
import { CounterpartyRepository } from '../../infra/db/repositories/counterpartyRepository.ts';
import { recordAudit } from '../audit/recordAudit.ts';
import type { OrgActor } from './actor.ts';
import { counterpartyHash } from './counterpartyHash.ts';
import { jsonChanges } from './jsonChanges.ts';
import { parseInput } from './parseInput.ts';

export async function createCounterparty(db: Db, by: OrgActor, raw: unknown, at: Date): Promise<Counterparty> {
  const input: CounterpartyInput = parseInput(CounterpartyInputZ, raw);
  const now = at.toISOString();
  const cp: Counterparty = { ...input, id: randomUUID(), organisationId: by.organisationId, contentHash: counterpartyHash(input), createdAt: now, updatedAt: now };
  await db.kysely.transaction().execute(async (trx) => {
    await new CounterpartyRepository(trx).insert(cp);
    await recordAudit(
      trx,
      { actor: by.actor, organisationId: by.organisationId, event: { type: 'counterparty.created', v: 1, counterpartyId: cp.id, changes: jsonChanges(input) }, objectType: 'counterparty', objectId: cp.id },
      at,
    );
  });
  return cp;
}
