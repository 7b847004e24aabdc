/**
 * The classification assistant: searches the current item lists with what the catalogue says about
 * a product — its HS code, its Chinese and English names (whole and in parts), its description's
 * words and its parameters — and ranks the entries found, each with the reasons it came up.
 * A suggestion is a starting point for the classifier, not a classification.
 */
import type { Entry, ItemList } from '../../domain/controllists/model.ts';
import { type SearchMode, searchEntries } from '../../domain/controllists/tree.ts';
import type { Product } from '../../domain/classification/product.ts';
import type { Db } from '../../infra/db/connection.ts';
import { ClassificationRepository } from '../../infra/db/repositories/classificationRepository.ts';
import { ItemListRepository } from '../../infra/db/repositories/itemListRepository.ts';
import { loadProduct } from './loadProduct.ts';
import type { ClassificationActor } from './support.ts';

export interface Suggestion {
  listId: string;
  listTitle: ItemList['title'];
  versionNo: number;
  code: string;
  title: Entry['title'];
  verificationStatus: Entry['verificationStatus'];
  /** Higher is a stronger match: the sum of the signals' weights. */
  score: number;
  /** Why the entry came up, one line per signal. */
  why: string[];
}

export interface SuggestOptions {
  /** Only the lists of this jurisdiction (e.g. CN); default every control list (not the HS nomenclature). */
  jurisdiction?: string | undefined;
  limit?: number | undefined;
}

interface Query {
  text: string;
  mode: SearchMode;
  weight: number;
  why: string;
}

const MIN_ZH_PART = 2;
const MAX_ZH_PARTS = 60;
const EN_STOP = new Set(['with', 'from', 'that', 'this', 'which', 'other', 'than', 'used', 'using', 'type', 'high', 'grade', 'made', 'for', 'and', 'the']);

/** The queries a product gives the assistant, strongest first. */
export function productQueries(p: Pick<Product, 'nameZh' | 'nameEn' | 'hsCode' | 'parameters' | 'description'>): Query[] {
  const qs: Query[] = [];
  if (p.hsCode) qs.push({ text: p.hsCode, mode: 'hs', weight: 3, why: `HS code ${p.hsCode} is referenced by the entry` });
  if (p.nameZh) {
    const name = p.nameZh.replace(/\s+/g, '');
    qs.push({ text: name, mode: 'text', weight: 3, why: `Chinese name "${name}" appears in the entry` });
    // Parts of the name: an entry titled 氟化氢 matches the product 无水氟化氢.
    let n = 0;
    for (let len = name.length - 1; len >= MIN_ZH_PART && n < MAX_ZH_PARTS; len--)
      for (let i = 0; i + len <= name.length && n < MAX_ZH_PARTS; i++, n++) {
        const part = name.slice(i, i + len);
        if (!/[\u4e00-\u9fff]/.test(part)) continue;
        qs.push({ text: part, mode: 'text', weight: 2 * (len / name.length), why: `part "${part}" of the Chinese name appears in the entry` });
      }
  }
  if (p.nameEn) qs.push({ text: p.nameEn, mode: 'text', weight: 3, why: `English name "${p.nameEn}" appears in the entry` });
  const words = new Set(`${p.nameEn ?? ''} ${p.description}`.toLowerCase().match(/[a-z][a-z-]{4,}/g) ?? []);
  for (const w of words) if (!EN_STOP.has(w)) qs.push({ text: w, mode: 'text', weight: 0.5, why: `word "${w}" appears in the entry` });
  for (const prm of p.parameters) {
    if (/[A-Za-z\u4e00-\u9fff]{3,}/.test(prm.name)) qs.push({ text: prm.name, mode: 'text', weight: 1, why: `parameter "${prm.name}" is named in the entry` });
    if (/[A-Za-z\u4e00-\u9fff]{3,}/.test(prm.value)) qs.push({ text: prm.value, mode: 'text', weight: 1, why: `parameter value "${prm.value}" appears in the entry` });
  }
  return qs;
}

export async function suggestClassification(db: Db, by: ClassificationActor, productId: string, opts: SuggestOptions = {}): Promise<Suggestion[]> {
  const product = await loadProduct(new ClassificationRepository(db.kysely), by.access, productId, 'read');
  const itemLists = new ItemListRepository(db.kysely);
  const versions = (await itemLists.currentVersions()).filter((v) => (opts.jurisdiction === undefined ? v.list.kind !== 'nomenclature' : v.list.jurisdiction === opts.jurisdiction));
  const queries = productQueries(product);
  const found = new Map<string, Suggestion>();
  for (const v of versions) {
    const entries = await itemLists.entries(v.id);
    for (const q of queries) {
      for (const hit of searchEntries(entries, q.text, q.mode)) {
        const key = `${v.listId}\u0000${hit.entry.code}`;
        let s = found.get(key);
        if (!s) {
          s = { listId: v.listId, listTitle: v.list.title, versionNo: v.versionNo, code: hit.entry.code, title: hit.entry.title, verificationStatus: hit.entry.verificationStatus, score: 0, why: [] };
          found.set(key, s);
        }
        // Name parts overlap: count only the strongest part per entry.
        const isPart = q.why.startsWith('part ');
        if (isPart && s.why.some((w) => w.startsWith('part ') || w.startsWith('Chinese name'))) continue;
        s.score += q.weight;
        s.why.push(`${q.why} (${hit.matched})`);
      }
    }
  }
  return [...found.values()]
    .map((s) => ({ ...s, score: Math.round(s.score * 100) / 100 }))
    .sort((a, b) => b.score - a.score || a.listId.localeCompare(b.listId) || a.code.localeCompare(b.code))
    .slice(0, opts.limit ?? 20);
}
