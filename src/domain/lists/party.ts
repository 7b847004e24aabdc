/**
 * The party model: one shape for every listed person, organisation, vessel or aircraft, whatever
 * list it comes from. Close to OpenSanctions' FollowTheMoney (schema + multi-valued properties),
 * reduced to what screening and determination use.
 */
import { z } from 'zod';

export const PARTY_SCHEMAS = ['Person', 'Organization', 'Company', 'LegalEntity', 'Vessel', 'Aircraft'] as const;
export const PartySchemaZ = z.enum(PARTY_SCHEMAS);
export type PartySchema = z.infer<typeof PartySchemaZ>;

/**
 * primary: the name the list files it under; alias: a good-quality a.k.a.; weak: a low-quality or
 * "weak" a.k.a. (OFAC Remarks, UN "Low" quality, UK low_quality_aka); former: f.k.a. / previous
 * name; original: the name in its original script as published by the list.
 */
export const NAME_KINDS = ['primary', 'alias', 'weak', 'former', 'original'] as const;
export const NameKindZ = z.enum(NAME_KINDS);
export type NameKind = z.infer<typeof NameKindZ>;

export const PartyNameZ = z.object({
  value: z.string().min(1),
  kind: NameKindZ,
  /** ISO 639-1 language where the list says it (e.g. 'zh', 'ru'). */
  lang: z.string().optional(),
});
export type PartyName = z.infer<typeof PartyNameZ>;

export const IdentifierZ = z.object({
  /** passport, national_id, registration, tax_id, imo, mmsi, lei, swift_bic, ogrn, inn, other … */
  type: z.string().min(1),
  value: z.string().min(1),
  country: z.string().optional(),
  note: z.string().optional(),
});
export type Identifier = z.infer<typeof IdentifierZ>;

/** Partial dates as the lists give them: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PartialDateZ = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const PartyZ = z.object({
  /** Stable id inside exportctl: `${source}:${sourceRef}`. */
  id: z.string().min(1),
  /** Source id from the list registry (e.g. 'ofac-sdn', 'un-sc', 'cn-mofcom'). */
  source: z.string().min(1),
  /** The source's own identifier (OFAC ent_num, UN REFERENCE_NUMBER, CSL _id …). */
  sourceRef: z.string().min(1),
  schema: PartySchemaZ,
  names: z.array(PartyNameZ).min(1),
  /** ISO 3166-1 alpha-2, upper case. */
  countries: z.array(z.string().regex(/^[A-Z]{2}$/)),
  addresses: z.array(z.string()),
  birthDates: z.array(PartialDateZ),
  identifiers: z.array(IdentifierZ),
  /** Sanctions programmes / legal bases (OFAC program, EU regulation, UN list type …). */
  programs: z.array(z.string()),
  /**
   * The sub-list(s) the entry sits on when a source publishes several lists in one file,
   * e.g. 'MOFCOM export control list', 'MOFCOM watch list', 'Unreliable entity list', 'Entity List'.
   */
  lists: z.array(z.string()),
  /** Measures imposed (asset freeze, export ban, …) where the list says so. */
  measures: z.array(z.string()),
  listedOn: PartialDateZ.optional(),
  endsOn: PartialDateZ.optional(),
  remarks: z.string().optional(),
  sourceUrl: z.string().optional(),
});
export type Party = z.infer<typeof PartyZ>;

/** Builds a party with empty multi-valued fields filled in. */
export function makeParty(p: Pick<Party, 'source' | 'sourceRef' | 'schema' | 'names'> & Partial<Party>): Party {
  return {
    id: p.id ?? `${p.source}:${p.sourceRef}`,
    countries: [],
    addresses: [],
    birthDates: [],
    identifiers: [],
    programs: [],
    lists: [],
    measures: [],
    ...p,
  };
}

/** The primary name, or the first name if no name is marked primary. */
export function primaryName(p: Party): string {
  return (p.names.find((n) => n.kind === 'primary') ?? p.names[0])?.value ?? p.sourceRef;
}
