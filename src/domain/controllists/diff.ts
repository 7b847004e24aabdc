/**
 * Differences between two versions of an item list: entries added, removed and changed (with the
 * fields that changed), matched by code. Order of entries does not matter.
 */
import type { Entry } from './model.ts';

export type EntryField = Exclude<keyof Entry, 'code'>;

const FIELDS: readonly EntryField[] = ['parentCode', 'title', 'text', 'parameters', 'reasons', 'regimes', 'verificationStatus', 'notes', 'crossRefs'];

export interface ChangedEntry {
  code: string;
  fields: EntryField[];
  before: Entry;
  after: Entry;
}

export interface EntryDiff {
  added: Entry[];
  removed: Entry[];
  changed: ChangedEntry[];
  unchangedCount: number;
}

const byCode = (a: Entry, b: Entry): number => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

export function diffEntries(before: readonly Entry[], after: readonly Entry[]): EntryDiff {
  const old = new Map(before.map((e) => [e.code, e]));
  const now = new Map(after.map((e) => [e.code, e]));
  const added: Entry[] = [];
  const changed: ChangedEntry[] = [];
  let unchangedCount = 0;
  for (const [code, e] of now) {
    const prev = old.get(code);
    if (!prev) {
      added.push(e);
      continue;
    }
    const fields = changedEntryFields(prev, e);
    if (fields.length === 0) unchangedCount += 1;
    else changed.push({ code, fields, before: prev, after: e });
  }
  const removed = [...old.values()].filter((e) => !now.has(e.code));
  return { added: added.sort(byCode), removed: removed.sort(byCode), changed: changed.sort((a, b) => (a.code < b.code ? -1 : 1)), unchangedCount };
}

export function changedEntryFields(a: Entry, b: Entry): EntryField[] {
  return FIELDS.filter((f) => canonical(a[f]) !== canonical(b[f]));
}

/** JSON with object keys sorted, so key order never counts as a change. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
    }
    return value;
  });
}
