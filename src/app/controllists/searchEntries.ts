/**
 * Finds entries in the current versions of the stored item lists: by HS code, code prefix or
 * Chinese/English text (`searchItemEntries`), or one code with its ancestors and children
 * (`showItemEntry`). Read-only: nothing is written or audited.
 */
import { type Entry, type ItemList } from '../../domain/controllists/model.ts';
import { ancestors, buildTree, children, type SearchHit, type SearchMode, searchEntries, searchModeOf } from '../../domain/controllists/tree.ts';
import { notFound } from '../../domain/errors.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ItemListRepository, type ItemListVersionRecord } from '../../infra/db/repositories/itemListRepository.ts';

export interface ListHits {
  list: ItemList;
  versionNo: number;
  hits: SearchHit[];
}

export interface SearchResult {
  mode: SearchMode;
  lists: ListHits[];
}

async function currentVersions(db: Db, listId: string | undefined): Promise<ItemListVersionRecord[]> {
  const repo = new ItemListRepository(db.kysely);
  if (listId === undefined) return repo.currentVersions();
  const v = await repo.currentVersion(listId);
  if (!v) throw notFound(`item list "${listId}"`);
  return [v];
}

export async function searchItemEntries(db: Db, query: string, opts: { listId?: string | undefined; mode?: SearchMode | undefined } = {}): Promise<SearchResult> {
  const repo = new ItemListRepository(db.kysely);
  const mode = opts.mode ?? searchModeOf(query);
  const lists: ListHits[] = [];
  for (const v of await currentVersions(db, opts.listId)) {
    // HS search in the HS nomenclature itself is a code search; other lists match HS references.
    const entries = await repo.entries(v.id);
    const hits = searchEntries(entries, query, mode);
    if (hits.length > 0) lists.push({ list: v.list, versionNo: v.versionNo, hits });
  }
  return { mode, lists };
}

export interface ShownEntry {
  list: ItemList;
  versionNo: number;
  entry: Entry;
  ancestors: Entry[];
  children: Entry[];
}

/** The entry with exactly this code in every list holding it (or in one list). */
export async function showItemEntry(db: Db, code: string, listId?: string): Promise<ShownEntry[]> {
  const repo = new ItemListRepository(db.kysely);
  const out: ShownEntry[] = [];
  for (const v of await currentVersions(db, listId)) {
    const entry = await repo.entry(v.id, code);
    if (!entry) continue;
    const tree = buildTree(await repo.entries(v.id));
    out.push({ list: v.list, versionNo: v.versionNo, entry, ancestors: ancestors(tree, code), children: children(tree, code) });
  }
  if (out.length === 0) throw notFound(`item code "${code}"${listId ? ` in list "${listId}"` : ''}`);
  return out;
}
