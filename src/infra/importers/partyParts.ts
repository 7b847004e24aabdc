/** Small helpers the importers share to assemble parties without duplicates. */
import { countryCode } from '../../domain/lists/countries.ts';
import type { Identifier, NameKind, Party, PartyName } from '../../domain/lists/party.ts';

/** Trims; empty strings and OFAC's '-0-' placeholder become undefined. */
export function clean(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  const t = v.replace(/\s+/g, ' ').trim();
  return t === '' || t === '-0-' ? undefined : t;
}

/** Splits a multi-valued cell on a separator, trimming and dropping empties. */
export function splitMulti(v: string | undefined, sep: string | RegExp = ';'): string[] {
  if (v === undefined) return [];
  return v
    .split(sep)
    .map((s) => clean(s))
    .filter((s): s is string => s !== undefined);
}

export const uniq = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Collects names, dropping empty values and exact duplicates (the first kind wins). */
export class NameSet {
  readonly names: PartyName[] = [];
  private readonly seen = new Set<string>();
  add(value: string | undefined, kind: NameKind, lang?: string): void {
    const v = clean(value);
    if (v === undefined) return;
    const k = v.toLowerCase();
    if (this.seen.has(k)) return;
    this.seen.add(k);
    this.names.push(lang ? { value: v, kind, lang } : { value: v, kind });
  }
  get size(): number {
    return this.names.length;
  }
}

/** Country codes for names or codes; unknown spellings are returned separately for warnings. */
export function toCountries(values: readonly string[]): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const v of values) {
    const c = countryCode(v);
    if (c) codes.push(c);
    else if (v.trim() !== '') unknown.push(v.trim());
  }
  return { codes: uniq(codes), unknown };
}

export function identifier(type: string, value: string | undefined, country?: string, note?: string): Identifier | undefined {
  const v = clean(value);
  if (!v) return undefined;
  const id: Identifier = { type, value: v };
  const c = country ? countryCode(country) : undefined;
  if (c) id.country = c;
  if (note) id.note = note;
  return id;
}

/** True when the text contains Cyrillic letters. */
export const hasCyrillic = (s: string): boolean => /[\u0400-\u04FF]/.test(s);
/** True when the text contains CJK ideographs. */
export const hasHan = (s: string): boolean => /[\u3400-\u9FFF]/.test(s);

/** Accumulates warnings, collapsing repeats of the same kind into one counted line. */
export class Warnings {
  private readonly counts = new Map<string, { n: number; example: string }>();
  add(kind: string, example: string): void {
    const c = this.counts.get(kind);
    if (c) c.n++;
    else this.counts.set(kind, { n: 1, example });
  }
  list(): string[] {
    return [...this.counts.entries()].map(([kind, { n, example }]) => (n === 1 ? `${kind}: ${example}` : `${kind} (${n}×, e.g. ${example})`));
  }
}

/**
 * Merges records that carry the same source identifier into one party: some lists file one
 * entity once per sub-list (the CSL lists the same Treasury `_id` on NS-MBS and SSI). Names,
 * sub-lists, programmes, countries, addresses, dates and identifiers are unioned; the first
 * record's schema, dates and remarks are kept. Order of first appearance is preserved.
 */
export function mergeSameId(parties: readonly Party[]): { parties: Party[]; merged: string[] } {
  const byId = new Map<string, Party>();
  const merged: string[] = [];
  for (const p of parties) {
    const prev = byId.get(p.id);
    if (!prev) {
      byId.set(p.id, p);
      continue;
    }
    merged.push(p.id);
    const nameKey = (n: Party['names'][number]): string => `${n.kind}\u0000${n.value}`;
    const names = [...prev.names];
    const seen = new Set(names.map(nameKey));
    for (const n of p.names) {
      // A second record's primary name that differs from ours is still a name of this entity.
      const n2 = n.kind === 'primary' && prev.names.some((x) => x.kind === 'primary') ? { ...n, kind: 'alias' as const } : n;
      if (!seen.has(nameKey(n2)) && !names.some((x) => x.value === n2.value)) {
        names.push(n2);
        seen.add(nameKey(n2));
      }
    }
    const union = <T>(a: readonly T[], b: readonly T[], key: (v: T) => string = String): T[] => {
      const keys = new Set(a.map(key));
      return [...a, ...b.filter((v) => !keys.has(key(v)))];
    };
    byId.set(p.id, {
      ...prev,
      names,
      countries: union(prev.countries, p.countries),
      addresses: union(prev.addresses, p.addresses),
      birthDates: union(prev.birthDates, p.birthDates),
      identifiers: union(prev.identifiers, p.identifiers, (i) => `${i.type}:${i.value}`),
      programs: union(prev.programs, p.programs),
      lists: union(prev.lists, p.lists),
      measures: union(prev.measures, p.measures),
    });
  }
  return { parties: [...byId.values()], merged };
}
