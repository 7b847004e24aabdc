/** Recomputes the audit hash chain and names the first edited, deleted or inserted event. */
import type { Kysely } from 'kysely';
import { type ChainVerdict, verifyChain } from '../../domain/audit/chain.ts';
import { loadChain } from '../../infra/db/repositories/audit.ts';
import type { Database } from '../../infra/db/schema.ts';

export async function verifyAudit(db: Kysely<Database>): Promise<ChainVerdict> {
  const { entries, head } = await loadChain(db);
  return verifyChain(entries, head);
}
