/** Compares two stored versions of an item list (default: the previous and the current one). */
import { diffEntries, type EntryDiff } from '../../domain/controllists/diff.ts';
import { invalidInput, notFound } from '../../domain/errors.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ItemListRepository, type ItemListVersionRecord } from '../../infra/db/repositories/itemListRepository.ts';

export interface ItemListVersionDiff {
  listId: string;
  from: ItemListVersionRecord;
  to: ItemListVersionRecord;
  diff: EntryDiff;
}

export async function diffItemListVersions(db: Db, listId: string, fromNo?: number, toNo?: number): Promise<ItemListVersionDiff> {
  const repo = new ItemListRepository(db.kysely);
  const current = await repo.currentVersion(listId);
  if (!current) throw notFound(`item list "${listId}"`);
  const toVersion = toNo === undefined ? current : await repo.version(listId, toNo);
  if (!toVersion) throw notFound(`version ${toNo ?? ''} of item list "${listId}"`);
  const fromNumber = fromNo ?? toVersion.versionNo - 1;
  if (fromNumber < 1) throw invalidInput(`item list "${listId}" has only version ${toVersion.versionNo}; there is nothing to compare it with`, { field: 'from' });
  const fromVersion = await repo.version(listId, fromNumber);
  if (!fromVersion) throw notFound(`version ${fromNumber} of item list "${listId}"`);
  const [before, after] = await Promise.all([repo.entries(fromVersion.id), repo.entries(toVersion.id)]);
  return { listId, from: fromVersion, to: toVersion, diff: diffEntries(before, after) };
}
