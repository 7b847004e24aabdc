/**
 * The entries of one item list as a tree: parents from `parentCode` (or, when the extract lacks
 * the parent, the nearest present ancestor by dotted prefix), ancestors and children of a code,
 * and search by Chinese or English text, code prefix or HS code.
 */
import { parentOfDotted } from './codes.ts';
import type { Entry } from './model.ts';

export interface EntryTree {
  byCode: ReadonlyMap<string, Entry>;
  /** Codes of the children of each code, in list order. */
  childrenOf: ReadonlyMap<string, readonly string[]>;
  /** The effective parent of each code (null for roots). */
  parentOf: ReadonlyMap<string, string | null>;
  roots: readonly string[];
}

export function buildTree(entries: readonly Entry[]): EntryTree {
  const byCode = new Map<string, Entry>();
  for (const e of entries) if (!byCode.has(e.code)) byCode.set(e.code, e);
  const parentOf = new Map<string, string | null>();
  const childrenOf = new Map<string, string[]>();
  const roots: string[] = [];
  for (const e of byCode.values()) {
    const parent = effectiveParent(e, byCode);
    parentOf.set(e.code, parent);
    if (parent === null) roots.push(e.code);
    else {
      const list = childrenOf.get(parent) ?? [];
      list.push(e.code);
      childrenOf.set(parent, list);
    }
  }
  return { byCode, childrenOf, parentOf, roots };
}

function effectiveParent(e: Entry, byCode: ReadonlyMap<string, Entry>): string | null {
  let candidate = e.parentCode;
  const guard = new Set<string>([e.code]);
  while (candidate !== null && !guard.has(candidate)) {
    if (byCode.has(candidate)) return candidate;
    guard.add(candidate);
    candidate = parentOfDotted(candidate);
  }
  return null;
}

/** Ancestors of a code, nearest first. */
export function ancestors(tree: EntryTree, code: string): Entry[] {
  const out: Entry[] = [];
  const seen = new Set<string>([code]);
  let p = tree.parentOf.get(code) ?? null;
  while (p !== null && !seen.has(p)) {
    seen.add(p);
    const e = tree.byCode.get(p);
    if (e) out.push(e);
    p = tree.parentOf.get(p) ?? null;
  }
  return out;
}

export function children(tree: EntryTree, code: string): Entry[] {
  return (tree.childrenOf.get(code) ?? []).flatMap((c) => {
    const e = tree.byCode.get(c);
    return e ? [e] : [];
  });
}

export type SearchMode = 'hs' | 'code' | 'text';

export interface SearchHit {
  entry: Entry;
  /** What matched: the code, the HS reference, or the title/text field. */
  matched: string;
  mode: SearchMode;
}

/**
 * How a query is read: 4–10 digits (dots and spaces ignored) are an HS code; something shaped
 * like a control code (`1C35`, `3A001.a`, `EAR99`, `N1A1`, `T1.1`) is a code prefix; anything
 * else is text.
 */
export function searchModeOf(query: string): SearchMode {
  const q = query.trim();
  if (/^[0-9][0-9.\s]{3,}$/.test(q) && digitsOf(q).length >= 4 && digitsOf(q).length <= 10) return 'hs';
  if (/^[0-9][A-Ea-e][0-9]{0,3}(\.[A-Za-z0-9]+)*$/.test(q) || /^[0-9]$/.test(q) || /^EAR99$/i.test(q) || /^[MNT][0-9][A-Za-z0-9.]*$/.test(q)) return 'code';
  return 'text';
}

const digitsOf = (s: string): string => s.replace(/[^0-9]/g, '');

/** Text normalised for matching: lower case, full-width forms folded, whitespace collapsed. */
export function foldText(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function searchEntries(entries: readonly Entry[], query: string, mode: SearchMode = searchModeOf(query)): SearchHit[] {
  const q = query.trim();
  if (q === '') return [];
  const hits: SearchHit[] = [];
  if (mode === 'hs') {
    const digits = digitsOf(q);
    for (const entry of entries) {
      if (entry.code === digits || (entry.code.startsWith(digits) && /^[0-9]+$/.test(entry.code))) {
        hits.push({ entry, matched: entry.code, mode });
        continue;
      }
      // Either the query is a prefix of the reference (heading 8401 finds 8401200000) or the
      // reference is a prefix of the query (a 10-digit national code finds its 6-digit subheading).
      const ref = entry.crossRefs.find((r) => r.kind === 'indicative_hs' && (r.target.code.startsWith(digits) || (digits.startsWith(r.target.code) && r.target.code.length >= 6)));
      if (ref) hits.push({ entry, matched: `HS ${ref.target.code}${ref.hsEdition ? ` (${ref.hsEdition})` : ''}`, mode });
    }
    return hits;
  }
  if (mode === 'code') {
    // Case-insensitive: lists never hold two codes that differ only in case.
    const prefix = q.toUpperCase();
    for (const entry of entries) {
      if (entry.code.toUpperCase().startsWith(prefix)) hits.push({ entry, matched: entry.code, mode });
    }
    return hits;
  }
  const needle = foldText(q);
  for (const entry of entries) {
    const fields: [string, string | undefined][] = [
      ['title.zh', entry.title.zh],
      ['title.en', entry.title.en],
      ['text.zh', entry.text.zh],
      ['text.en', entry.text.en],
    ];
    const found = fields.find(([, v]) => v !== undefined && foldText(v).includes(needle));
    if (found) hits.push({ entry, matched: found[0], mode });
  }
  return hits;
}
