/**
 * Read-only views of the stored item lists for the list browser: every list with its current
 * version (completeness, verification counts, provenance), one level of a list's entry tree, one
 * entry with its ancestors, children and cross-references (resolved to the target entries' titles
 * where the target list is stored), and a list's versions.
 */
import type { CrossRef, Entry, ItemList, VerificationStatus } from '../../domain/controllists/model.ts';
import { ancestors, buildTree, children, type EntryTree } from '../../domain/controllists/tree.ts';
import { notFound } from '../../domain/errors.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ItemListRepository, type ItemListVersionRecord } from '../../infra/db/repositories/itemListRepository.ts';

export interface ItemListSummary {
  current: ItemListVersionRecord;
  versionCount: number;
}

export async function listItemLists(db: Db): Promise<ItemListSummary[]> {
  const repo = new ItemListRepository(db.kysely);
  const [current, all] = await Promise.all([repo.currentVersions(), repo.versions()]);
  return current.map((v) => ({ current: v, versionCount: all.filter((a) => a.listId === v.listId).length }));
}

async function currentOf(db: Db, listId: string): Promise<ItemListVersionRecord> {
  const v = await new ItemListRepository(db.kysely).currentVersion(listId);
  if (!v) throw notFound(`item list "${listId}"`);
  return v;
}

export interface TreeNode {
  code: string;
  title: Entry['title'];
  verificationStatus: VerificationStatus;
  childCount: number;
}

export interface TreeLevel {
  list: ItemList;
  versionNo: number;
  /** The code whose children these are; null for the top level. */
  parent: string | null;
  nodes: TreeNode[];
}

const node = (tree: EntryTree, e: Entry): TreeNode => ({ code: e.code, title: e.title, verificationStatus: e.verificationStatus, childCount: tree.childrenOf.get(e.code)?.length ?? 0 });

/** The top-level entries of a list's current version, or the children of one code. */
export async function itemTreeLevel(db: Db, listId: string, parent: string | null): Promise<TreeLevel> {
  const v = await currentOf(db, listId);
  const tree = buildTree(await new ItemListRepository(db.kysely).entries(v.id));
  if (parent !== null && !tree.byCode.has(parent)) throw notFound(`item code "${parent}" in list "${listId}"`);
  const codes = parent === null ? tree.roots : (tree.childrenOf.get(parent) ?? []);
  const nodes = codes.flatMap((c) => {
    const e = tree.byCode.get(c);
    return e ? [node(tree, e)] : [];
  });
  return { list: v.list, versionNo: v.versionNo, parent, nodes };
}

export interface ResolvedCrossRef extends CrossRef {
  /** The target entry's title when its list is stored and holds the code (for an HS reference, its nearest heading); null otherwise. */
  targetTitle: Entry['title'] | null;
  /** The code whose title is shown: the target code, or the HS heading it falls under. */
  resolvedCode: string | null;
  /** Whether the target list is stored here (so the browser can open it). */
  targetListStored: boolean;
}

export interface EntryDetail {
  list: ItemList;
  versionNo: number;
  entry: Entry;
  ancestors: TreeNode[];
  children: TreeNode[];
  crossRefs: ResolvedCrossRef[];
  /** Entries of other stored lists that point at this entry. */
  referencedBy: Array<{ listId: string; code: string; title: Entry['title']; kind: CrossRef['kind'] }>;
}

/** One entry of a list's current version with its place in the tree and its cross-references. */
export async function itemEntryDetail(db: Db, listId: string, code: string): Promise<EntryDetail> {
  const repo = new ItemListRepository(db.kysely);
  const v = await currentOf(db, listId);
  const tree = buildTree(await repo.entries(v.id));
  const entry = tree.byCode.get(code);
  if (!entry) throw notFound(`item code "${code}" in list "${listId}"`);
  const current = new Map((await repo.currentVersions()).map((c) => [c.listId, c]));
  const crossRefs: ResolvedCrossRef[] = [];
  for (const r of entry.crossRefs) {
    const target = current.get(r.target.list);
    let resolved: Entry | undefined;
    if (target) {
      // A national 10-digit HS code falls under a 6- or 4-digit heading of the nomenclature.
      const tries = target.list.kind === 'nomenclature' ? [r.target.code, r.target.code.slice(0, 8), r.target.code.slice(0, 6), r.target.code.slice(0, 4)] : [r.target.code];
      for (const c of new Set(tries)) {
        resolved = await repo.entry(target.id, c);
        if (resolved) break;
      }
    }
    crossRefs.push({ ...r, targetTitle: resolved?.title ?? null, resolvedCode: resolved?.code ?? null, targetListStored: target !== undefined });
  }
  const referencedBy: EntryDetail['referencedBy'] = [];
  for (const other of current.values()) {
    if (other.listId === listId) continue;
    // Lists point at each other by code; the HS nomenclature is referenced by thousands of entries and is skipped.
    if (other.list.kind === 'nomenclature' && v.list.kind !== 'nomenclature') continue;
    for (const e of await repo.entries(other.id)) {
      const ref = e.crossRefs.find((r) => r.target.list === listId && r.target.code === code);
      if (ref) referencedBy.push({ listId: other.listId, code: e.code, title: e.title, kind: ref.kind });
    }
  }
  return {
    list: v.list,
    versionNo: v.versionNo,
    entry,
    ancestors: ancestors(tree, code)
      .reverse()
      .map((e) => node(tree, e)),
    children: children(tree, code).map((e) => node(tree, e)),
    crossRefs,
    referencedBy,
  };
}

/** Every stored version of one list, oldest first. */
export async function itemListVersions(db: Db, listId: string): Promise<ItemListVersionRecord[]> {
  const versions = await new ItemListRepository(db.kysely).versions(listId);
  if (versions.length === 0) throw notFound(`item list "${listId}"`);
  return versions;
}
