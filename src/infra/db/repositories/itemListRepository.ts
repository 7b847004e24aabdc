/**
 * Reads and writes item lists, their versions and entries. Construct it over a transaction
 * (`new ItemListRepository(trx)`) so a version and all its entries are written together.
 */
import type { Kysely } from 'kysely';
import { AppError } from '../../../domain/errors.ts';
import { type Entry, EntryZ, type ItemList, ItemListZ, type VerificationCounts } from '../../../domain/controllists/model.ts';
import type { Database } from '../schema.ts';
import type { ItemListVersionsTable } from '../tables/controllists.ts';

export interface ItemListVersionRecord {
  id: string;
  listId: string;
  versionNo: number;
  contentHash: string;
  list: ItemList;
  entryCount: number;
  counts: VerificationCounts;
  fileName: string;
  fileSha256: string;
  importedAt: string;
  importedBy: string;
}

/** Rows per insert: item_entries has 3 columns; SQLite allows 32,766 bound parameters. */
const ENTRY_BATCH = 5000;

export const itemListVersionId = (listId: string, versionNo: number): string => `${listId}@${versionNo}`;

export class ItemListRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Creates the list row if absent; returns true when it was created. */
  async ensureList(id: string, at: Date): Promise<boolean> {
    const existing = await this.db.selectFrom('item_lists').select('id').where('id', '=', id).executeTakeFirst();
    if (existing) return false;
    await this.db.insertInto('item_lists').values({ id, created_at: at.toISOString() }).execute();
    return true;
  }

  async hasAnyVersion(): Promise<boolean> {
    return (await this.db.selectFrom('item_list_versions').select('id').limit(1).executeTakeFirst()) !== undefined;
  }

  async currentVersion(listId: string): Promise<ItemListVersionRecord | undefined> {
    const row = await this.db.selectFrom('item_list_versions').selectAll().where('list_id', '=', listId).orderBy('version_no', 'desc').limit(1).executeTakeFirst();
    return row ? toVersion(row) : undefined;
  }

  async version(listId: string, versionNo: number): Promise<ItemListVersionRecord | undefined> {
    const row = await this.db.selectFrom('item_list_versions').selectAll().where('id', '=', itemListVersionId(listId, versionNo)).executeTakeFirst();
    return row ? toVersion(row) : undefined;
  }

  /** Every version, by list then version number (optionally of one list). */
  async versions(listId?: string): Promise<ItemListVersionRecord[]> {
    let q = this.db.selectFrom('item_list_versions').selectAll();
    if (listId !== undefined) q = q.where('list_id', '=', listId);
    return (await q.orderBy('list_id').orderBy('version_no').execute()).map(toVersion);
  }

  /** The current version of every list. */
  async currentVersions(): Promise<ItemListVersionRecord[]> {
    const rows = await this.db
      .selectFrom('item_list_versions as v')
      .selectAll('v')
      .where('v.version_no', '=', (eb) => eb.selectFrom('item_list_versions as w').select((w) => w.fn.max('w.version_no').as('m')).whereRef('w.list_id', '=', 'v.list_id'))
      .orderBy('v.list_id')
      .execute();
    return rows.map(toVersion);
  }

  async nextVersionNo(listId: string): Promise<number> {
    const row = await this.db.selectFrom('item_list_versions').select((eb) => eb.fn.max('version_no').as('m')).where('list_id', '=', listId).executeTakeFirst();
    const max = row?.m;
    return (max === null || max === undefined ? 0 : Number(max)) + 1;
  }

  /** Writes a version and its entries (call inside a transaction). */
  async insertVersion(v: ItemListVersionRecord, entries: readonly Entry[]): Promise<void> {
    await this.db
      .insertInto('item_list_versions')
      .values({
        id: v.id,
        list_id: v.listId,
        version_no: v.versionNo,
        content_hash: v.contentHash,
        list_json: JSON.stringify(v.list),
        entry_count: v.entryCount,
        counts_json: JSON.stringify(v.counts),
        file_name: v.fileName,
        file_sha256: v.fileSha256,
        imported_at: v.importedAt,
        imported_by: v.importedBy,
      })
      .execute();
    for (let i = 0; i < entries.length; i += ENTRY_BATCH) {
      const batch = entries.slice(i, i + ENTRY_BATCH).map((e) => ({ version_id: v.id, code: e.code, data: JSON.stringify(e) }));
      await this.db.insertInto('item_entries').values(batch).execute();
    }
  }

  /** The entries of a version, in code order (optionally only codes starting with a prefix). */
  async entries(versionId: string, codePrefix?: string): Promise<Entry[]> {
    let q = this.db.selectFrom('item_entries').select(['code', 'data']).where('version_id', '=', versionId);
    if (codePrefix !== undefined) q = q.where('code', '>=', codePrefix).where('code', '<', `${codePrefix}\uffff`);
    const rows = await q.orderBy('code').execute();
    return rows.map((r) => parseEntry(r.data, `${versionId} ${r.code}`));
  }

  /** One entry of a version by its exact code. */
  async entry(versionId: string, code: string): Promise<Entry | undefined> {
    const row = await this.db.selectFrom('item_entries').select('data').where('version_id', '=', versionId).where('code', '=', code).executeTakeFirst();
    return row ? parseEntry(row.data, `${versionId} ${code}`) : undefined;
  }
}

function parseEntry(data: string, what: string): Entry {
  const r = EntryZ.safeParse(JSON.parse(data));
  if (!r.success) throw new AppError('INTERNAL', `stored item entry ${what} does not parse: ${r.error.issues[0]?.message ?? ''}`);
  return r.data;
}

function toVersion(r: ItemListVersionsTable): ItemListVersionRecord {
  const list = ItemListZ.safeParse(JSON.parse(r.list_json));
  if (!list.success) throw new AppError('INTERNAL', `stored item list header ${r.id} does not parse: ${list.error.issues[0]?.message ?? ''}`);
  return {
    id: r.id,
    listId: r.list_id,
    versionNo: Number(r.version_no),
    contentHash: r.content_hash,
    list: list.data,
    entryCount: Number(r.entry_count),
    counts: JSON.parse(r.counts_json) as VerificationCounts,
    fileName: r.file_name,
    fileSha256: r.file_sha256,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
  };
}
