/**
 * Qualifiers: evidence beside the name that raises or lowers a hit's score — country, birth
 * date, schema, identifiers, and whether the matching name is a weak alias.
 */
import type { NameKind, Party, PartySchema } from '../lists/party.ts';

export type QualifierKind = 'country' | 'birthDate' | 'schema' | 'weakAlias' | 'identifier';
export interface Qualifier {
  kind: QualifierKind;
  effect: number;
  detail: string;
}

export type QuerySchema = 'person' | 'organization' | 'vessel' | 'aircraft';

export const QUALIFIER_EFFECTS = {
  countryMatch: 0.02,
  countryMismatch: -0.1,
  birthDateMatch: 0.05,
  birthYearMatch: 0.03,
  birthYearNear: -0.05,
  birthYearMismatch: -0.15,
  schemaMismatch: -0.15,
  weakAlias: -0.05,
  identifierMatch: 0.15,
} as const;

const SCHEMA_GROUPS: Record<QuerySchema, readonly PartySchema[]> = {
  person: ['Person'],
  organization: ['Organization', 'Company', 'LegalEntity'],
  vessel: ['Vessel'],
  aircraft: ['Aircraft'],
};

export function schemaAccepts(query: QuerySchema, schema: PartySchema): boolean {
  return SCHEMA_GROUPS[query].includes(schema) || (schema === 'LegalEntity' && query !== 'person');
}

const normId = (s: string) => s.toUpperCase().replace(/[^0-9A-Z]/g, '');

export interface QualifierInput {
  schema?: QuerySchema;
  country?: string;
  birthDate?: string;
  identifiers?: string[];
}

/** Qualifiers of a candidate party for a query; `nameKind` is the kind of the matching name. */
export function qualify(q: QualifierInput, party: Party, nameKind: NameKind): Qualifier[] {
  const out: Qualifier[] = [];
  if (q.schema !== undefined && !schemaAccepts(q.schema, party.schema)) {
    out.push({ kind: 'schema', effect: QUALIFIER_EFFECTS.schemaMismatch, detail: `query is a ${q.schema}, listed party is a ${party.schema}` });
  }
  if (q.country !== undefined && party.countries.length > 0) {
    const c = q.country.toUpperCase();
    if (party.countries.includes(c)) out.push({ kind: 'country', effect: QUALIFIER_EFFECTS.countryMatch, detail: `country ${c} matches` });
    else out.push({ kind: 'country', effect: QUALIFIER_EFFECTS.countryMismatch, detail: `country ${c} not among ${party.countries.join(', ')}` });
  }
  if (q.birthDate !== undefined && party.birthDates.length > 0) {
    const qd = q.birthDate;
    const qy = Number(qd.slice(0, 4));
    const exact = party.birthDates.find((d) => d.length >= 10 && qd.length >= 10 && d.slice(0, 10) === qd.slice(0, 10));
    const sameYear = party.birthDates.find((d) => Number(d.slice(0, 4)) === qy);
    const near = party.birthDates.find((d) => Math.abs(Number(d.slice(0, 4)) - qy) <= 1);
    if (exact !== undefined) out.push({ kind: 'birthDate', effect: QUALIFIER_EFFECTS.birthDateMatch, detail: `birth date ${exact} matches` });
    else if (sameYear !== undefined) out.push({ kind: 'birthDate', effect: QUALIFIER_EFFECTS.birthYearMatch, detail: `birth year ${qy} matches (${sameYear})` });
    else if (near !== undefined) out.push({ kind: 'birthDate', effect: QUALIFIER_EFFECTS.birthYearNear, detail: `birth year ${qy} is one year off ${near}` });
    else out.push({ kind: 'birthDate', effect: QUALIFIER_EFFECTS.birthYearMismatch, detail: `birth date ${qd} differs from ${party.birthDates.join(', ')}` });
  }
  if (q.identifiers !== undefined && q.identifiers.length > 0) {
    const wanted = new Set(q.identifiers.map(normId).filter((s) => s.length >= 4));
    const hit = party.identifiers.find((i) => wanted.has(normId(i.value)));
    if (hit !== undefined) out.push({ kind: 'identifier', effect: QUALIFIER_EFFECTS.identifierMatch, detail: `${hit.type} ${hit.value} matches` });
  }
  if (nameKind === 'weak') out.push({ kind: 'weakAlias', effect: QUALIFIER_EFFECTS.weakAlias, detail: 'matched a weak (low-quality) alias' });
  return out;
}
