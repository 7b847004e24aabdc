/**
 * What changed between two versions of a list: entities added, removed, and changed (same entity
 * id, different content), with the changed fields of each named.
 */
import type { Party } from './party.ts';

export type PartyField = Exclude<keyof Party, 'id'>;

export interface ChangedEntity {
  entityId: string;
  before: Party;
  after: Party;
  /** The party fields whose values differ, in the order of the party model. */
  fields: PartyField[];
}

export interface ListDiff {
  added: Party[];
  removed: Party[];
  changed: ChangedEntity[];
  unchangedCount: number;
}

const FIELDS: readonly PartyField[] = [
  'source',
  'sourceRef',
  'schema',
  'names',
  'countries',
  'addresses',
  'birthDates',
  'identifiers',
  'programs',
  'lists',
  'measures',
  'listedOn',
  'endsOn',
  'remarks',
  'sourceUrl',
];

/** Compares two sets of parties by id. Results are ordered by entity id. */
export function diffParties(before: readonly Party[], after: readonly Party[]): ListDiff {
  const old = new Map(before.map((p) => [p.id, p]));
  const now = new Map(after.map((p) => [p.id, p]));
  const added: Party[] = [];
  const removed: Party[] = [];
  const changed: ChangedEntity[] = [];
  let unchangedCount = 0;
  for (const [id, p] of now) {
    const prev = old.get(id);
    if (!prev) {
      added.push(p);
      continue;
    }
    const fields = changedFields(prev, p);
    if (fields.length === 0) unchangedCount++;
    else changed.push({ entityId: id, before: prev, after: p, fields });
  }
  for (const [id, p] of old) if (!now.has(id)) removed.push(p);
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  added.sort(byId);
  removed.sort(byId);
  changed.sort((a, b) => byId({ id: a.entityId }, { id: b.entityId }));
  return { added, removed, changed, unchangedCount };
}

/** The fields that differ between two versions of one party. */
export function changedFields(a: Party, b: Party): PartyField[] {
  return FIELDS.filter((f) => canonical(a[f]) !== canonical(b[f]));
}

/** JSON with object keys sorted, so key order does not count as a change; absent = empty. */
function canonical(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return v.length === 0 ? '' : `[${v.map(canonical).join(',')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`).join(',')}}`;
  }
  return JSON.stringify(v);
}
