/**
 * Imports an item-list file (JSON item-list file, or CSV of entries) as a new version of its list.
 * The file is read and validated in full before anything is written; then, in ONE transaction,
 * the version and all its entries are stored with an `itemlist.imported` audit event. Content
 * identical to the current version is a no-op (an `itemlist.import_unchanged` event, no version).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { canonicalJson } from '../../domain/audit/chain.ts';
import { type Entry, type ItemList, verificationCounts } from '../../domain/controllists/model.ts';
import { invalidInput } from '../../domain/errors.ts';
import { checkAgainstList, readItemListFile } from '../../infra/controllists/importItemList.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ItemListRepository, type ItemListVersionRecord, itemListVersionId } from '../../infra/db/repositories/itemListRepository.ts';
import type { Database } from '../../infra/db/schema.ts';
import { type AuditActor, recordAudit } from '../audit/recordAudit.ts';

export interface ImportItemListInput {
  file: string;
  /** Store under this list id (required for a CSV without sidecar: the stored list's header is used). */
  listId?: string | undefined;
  actor: AuditActor;
  at: Date;
}

export interface ItemListImportOutcome {
  listId: string;
  status: 'imported' | 'unchanged';
  version: ItemListVersionRecord;
  previous: ItemListVersionRecord | undefined;
}

export interface PreparedItemList {
  list: ItemList;
  entries: Entry[];
  contentHash: string;
  fileName: string;
  fileSha256: string;
}

/** SHA-256 over the header and the entries in code order: the identity of a version's content. */
export function itemListContentHash(list: ItemList, entries: readonly Entry[]): string {
  const sorted = [...entries].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return createHash('sha256').update(canonicalJson({ list, entries: sorted })).digest('hex');
}

/** Reads and validates a file; `stored` supplies the header for a CSV without sidecar. */
export async function prepareItemList(file: string, listId: string | undefined, stored: (id: string) => Promise<ItemList | undefined>): Promise<PreparedItemList> {
  const read = await readItemListFile(file);
  const fileName = path.basename(file);
  let list = read.list;
  if (!list) {
    if (!listId) throw invalidInput('a CSV needs its list: give --list ID of a stored list, or put the list header in a sidecar <name>.list.json', { file: fileName });
    list = await stored(listId);
    if (!list) throw invalidInput(`no stored item list "${listId}" to take the header from; import its JSON file first or add a sidecar <name>.list.json`, { file: fileName, field: 'list' });
    checkAgainstList(read, list);
  }
  if (listId && listId !== list.id) list = { ...list, id: listId };
  const fileSha256 = createHash('sha256').update(await readFile(file)).digest('hex');
  return { list, entries: read.entries, contentHash: itemListContentHash(list, read.entries), fileName, fileSha256 };
}

export async function importItemList(db: Db, input: ImportItemListInput): Promise<ItemListImportOutcome> {
  const repo = new ItemListRepository(db.kysely);
  const prepared = await prepareItemList(input.file, input.listId, async (id) => (await repo.currentVersion(id))?.list);
  return db.kysely.transaction().execute((trx) => writeItemList(trx, prepared, input.actor, input.at));
}

/** Stores a prepared list as a new version unless its content equals the current one (call in a transaction). */
export async function writeItemList(trx: Kysely<Database>, p: PreparedItemList, actor: AuditActor, at: Date): Promise<ItemListImportOutcome> {
  const repo = new ItemListRepository(trx);
  const listId = p.list.id;
  await repo.ensureList(listId, at);
  const previous = await repo.currentVersion(listId);
  if (previous && previous.contentHash === p.contentHash) {
    await recordAudit(trx, { actor, organisationId: null, event: { type: 'itemlist.import_unchanged', v: 1, listId, contentHash: p.contentHash }, objectType: 'item_list', objectId: listId }, at);
    return { listId, status: 'unchanged', version: previous, previous };
  }
  const versionNo = await repo.nextVersionNo(listId);
  const version: ItemListVersionRecord = {
    id: itemListVersionId(listId, versionNo),
    listId,
    versionNo,
    contentHash: p.contentHash,
    list: p.list,
    entryCount: p.entries.length,
    counts: verificationCounts(p.entries),
    fileName: p.fileName,
    fileSha256: p.fileSha256,
    importedAt: at.toISOString(),
    importedBy: actor.name,
  };
  await repo.insertVersion(version, p.entries);
  await recordAudit(
    trx,
    { actor, organisationId: null, event: { type: 'itemlist.imported', v: 1, listId, versionNo, contentHash: p.contentHash, entryCount: p.entries.length, file: p.fileName }, objectType: 'item_list_version', objectId: version.id },
    at,
  );
  return { listId, status: 'imported', version, previous };
}
