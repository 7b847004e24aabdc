/**
 * Exports a stored version of an item list as an exportctl item-list file (the JSON the importer
 * reads), so a list can be reviewed, corrected outside and imported again as a new version.
 */
import { AppError, notFound } from '../../domain/errors.ts';
import { ITEM_LIST_FILE_SCHEMA, type ItemListFile } from '../../domain/controllists/model.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ItemListRepository } from '../../infra/db/repositories/itemListRepository.ts';

export async function exportItemList(db: Db, listId: string, versionNo?: number): Promise<{ versionNo: number; file: ItemListFile }> {
  const repo = new ItemListRepository(db.kysely);
  const version = versionNo === undefined ? await repo.currentVersion(listId) : await repo.version(listId, versionNo);
  if (!version) {
    const have = (await repo.versions(listId)).map((v) => v.versionNo);
    if (have.length === 0) throw notFound(`item list "${listId}"`);
    throw new AppError('NOT_FOUND', `item list "${listId}" has no version ${versionNo} (versions: ${have.join(', ')})`);
  }
  const entries = await repo.entries(version.id);
  return { versionNo: version.versionNo, file: { schemaVersion: ITEM_LIST_FILE_SCHEMA, list: version.list, entries } };
}
