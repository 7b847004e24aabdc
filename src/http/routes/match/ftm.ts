/**
 * Translation between FollowTheMoney-style entities (yente's wire format) and exportctl's
 * screening queries, hits and parties.
 */
import type { Party } from '../../../domain/lists/party.ts';
import type { Hit, ScreeningQuery } from '../../../domain/screening/screen.ts';

const SCHEMA_TO_QUERY: Record<string, ScreeningQuery['schema'] | null> = {
  Person: 'person',
  Organization: 'organization',
  Company: 'organization',
  PublicBody: 'organization',
  LegalEntity: null,
  Thing: null,
  Vessel: 'vessel',
  Airplane: 'aircraft',
};

const PARTY_TO_FTM: Record<Party['schema'], string> = {
  Person: 'Person',
  Organization: 'Organization',
  Company: 'Company',
  LegalEntity: 'LegalEntity',
  Vessel: 'Vessel',
  Aircraft: 'Airplane',
};

const NAME_PROPS = ['name', 'alias', 'previousName', 'weakAlias'] as const;
const ID_PROPS = ['idNumber', 'registrationNumber', 'taxNumber', 'passportNumber', 'imoNumber', 'leiCode', 'swiftBic', 'innCode', 'ogrnCode', 'mmsi', 'icaoCode'];

export function isKnownSchema(schema: string): boolean {
  return schema in SCHEMA_TO_QUERY;
}

/** The names to screen: `name` (or first/last name parts), then aliases. */
export function entityNames(props: Record<string, string[]>): string[] {
  const names = NAME_PROPS.flatMap((p) => props[p] ?? []);
  const parts = ['firstName', 'middleName', 'fatherName', 'lastName'].flatMap((p) => props[p] ?? []);
  if (parts.length > 0) names.push(parts.join(' '));
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
}

/** One screening query per name of the example entity. */
export function entityQueries(schema: string, props: Record<string, string[]>, base: Pick<ScreeningQuery, 'sources' | 'threshold' | 'limit'>): ScreeningQuery[] {
  const s = SCHEMA_TO_QUERY[schema] ?? null;
  const country = [...(props.country ?? []), ...(props.nationality ?? []), ...(props.jurisdiction ?? []), ...(props.citizenship ?? [])].find((c) => /^[A-Za-z]{2}$/.test(c));
  const birthDate = (props.birthDate ?? []).map((d) => d.slice(0, 10)).find((d) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d));
  const identifiers = ID_PROPS.flatMap((p) => props[p] ?? []);
  return entityNames(props).map((name) => ({
    name,
    ...(s ? { schema: s } : {}),
    ...(country ? { country: country.toUpperCase() } : {}),
    ...(birthDate ? { birthDate } : {}),
    ...(identifiers.length > 0 ? { identifiers } : {}),
    ...base,
  }));
}

/** A listed party as a FollowTheMoney entity's properties. */
export function partyProperties(p: Party): Record<string, string[]> {
  const props: Record<string, string[]> = {};
  const add = (k: string, v: string[]) => {
    if (v.length > 0) props[k] = v;
  };
  add('name', p.names.filter((n) => n.kind === 'primary').map((n) => n.value));
  add('alias', p.names.filter((n) => n.kind === 'alias' || n.kind === 'original').map((n) => n.value));
  add('weakAlias', p.names.filter((n) => n.kind === 'weak').map((n) => n.value));
  add('previousName', p.names.filter((n) => n.kind === 'former').map((n) => n.value));
  add(p.schema === 'Person' ? 'nationality' : 'country', p.countries.map((c) => c.toLowerCase()));
  add('birthDate', p.birthDates);
  add('address', p.addresses);
  add('idNumber', p.identifiers.map((i) => i.value));
  add('program', p.programs);
  add('topics', ['sanction']);
  if (p.remarks) add('notes', [p.remarks]);
  if (p.sourceUrl) add('sourceUrl', [p.sourceUrl]);
  return props;
}

export const ftmSchema = (p: Party): string => PARTY_TO_FTM[p.schema];

/** Per-feature scores of a hit, named like yente's matcher features. */
export function hitFeatures(h: Hit): Record<string, number> {
  const f: Record<string, number> = { name_match: h.explanation.nameScore };
  for (const q of h.explanation.qualifiers) f[`${q.kind}_adjustment`] = (f[`${q.kind}_adjustment`] ?? 0) + q.effect;
  return f;
}

export const MATCHER_FEATURES: Record<string, { description: string; coefficient: number; url: string }> = {
  name_match: { description: 'Token-aware, cross-script name similarity of the best-matching listed name', coefficient: 1, url: '' },
  country_adjustment: { description: 'Score change from agreeing or disagreeing countries', coefficient: 1, url: '' },
  birthDate_adjustment: { description: 'Score change from agreeing or disagreeing birth dates', coefficient: 1, url: '' },
  schema_adjustment: { description: 'Score change when the entity type differs', coefficient: 1, url: '' },
  weakAlias_adjustment: { description: 'Score reduction for a match on a weak (low-quality) alias', coefficient: 1, url: '' },
  identifier_adjustment: { description: 'Score raise for a matching identifier', coefficient: 1, url: '' },
};
