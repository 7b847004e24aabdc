/**
 * Loads the bundled item lists the first time they are needed on a platform that has no item list
 * yet (a fresh install), so the list browser, search and the classification assistant work offline.
 * A platform where an administrator has imported any item list is left as it is.
 */
import type { Db } from '../../infra/db/connection.ts';
import { ItemListRepository } from '../../infra/db/repositories/itemListRepository.ts';
import type { AuditActor } from '../audit/recordAudit.ts';
import { ensureBundledItemLists } from './ensureBundledItemLists.ts';

export async function loadBundledItemListsIfEmpty(db: Db, actor: AuditActor, at: Date): Promise<number> {
  if (await new ItemListRepository(db.kysely).hasAnyVersion()) return 0;
  return (await ensureBundledItemLists(db, { actor, at })).length;
}

/** A once-per-process guard around `loadBundledItemListsIfEmpty` (retried after a failure). */
export function bundledItemListsOnce(db: Db, actor: AuditActor, clock: () => Date): () => Promise<void> {
  let pending: Promise<void> | null = null;
  return () => {
    pending ??= loadBundledItemListsIfEmpty(db, actor, clock()).then(
      () => undefined,
      (e: unknown) => {
        pending = null;
        throw e;
      },
    );
    return pending;
  };
}
