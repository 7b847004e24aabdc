/** Small helpers the importers share to assemble parties without duplicates. */
import { countryCode } from '../../domain/lists/countries.ts';
import type { Identifier, NameKind, PartyName } from '../../domain/lists/party.ts';

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
