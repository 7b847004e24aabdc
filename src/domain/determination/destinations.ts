/**
 * Destinations as data: ISO 3166 countries, UN Security Council sanctions regimes, PRC national
 * prohibitions, destination risk grades (ECL Art. 8, Regs Art. 10) and country groups. The data is
 * passed in (see data/destinations/); this module validates it and answers lookups.
 */
import { z } from 'zod';
import { invalidInput } from '../errors.ts';
import { isCitationId } from './citations.ts';

const CountryCodeZ = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code (two capital letters)');
const IsoDateZ = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const PartialDateZ = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const TextZ = z.object({ en: z.string().min(1), zh: z.string().min(1) });
const ProvenanceZ = z.object({ reference: z.string().min(1), note: z.string().optional(), sourceUrl: z.string().optional() });
const CitationIdZ = z.string().refine(isCitationId, 'unknown citation id');

export const CountryZ = z.object({ code: CountryCodeZ, en: z.string().min(1), zh: z.string().min(1) });
export const CountriesFileZ = z.object({ standard: z.string(), generatedFrom: z.string(), countries: z.array(CountryZ).min(1) });

export const UnRegimeZ = z.object({
  id: z.string().min(1),
  name: TextZ,
  countries: z.array(CountryCodeZ).min(1),
  kind: z.enum(['arms_embargo', 'sanctions']),
  resolutions: z.array(z.object({ number: z.number().int().positive(), adoptedOn: IsoDateZ.optional() })).min(1),
  provenance: ProvenanceZ,
});
export const UnRegimesFileZ = z.object({ regimes: z.array(UnRegimeZ) });

export const ItemScopeZ = z.discriminatedUnion('kind', [
  /** Every listed dual-use item. */
  z.object({ kind: z.literal('all_listed') }),
  /** Items named by control code or code prefix. */
  z.object({ kind: z.literal('codes'), codes: z.array(z.string().min(1)).min(1) }),
  /** Items in an annex whose codes are not held as data (codes null): listed items are held for review. */
  z.object({ kind: z.literal('annex'), description: TextZ, codes: z.array(z.string().min(1)).nullable() }),
]);
export type ItemScope = z.infer<typeof ItemScopeZ>;

export const NationalProhibitionZ = z.object({
  id: z.string().min(1),
  title: TextZ,
  announcement: z.string().min(1),
  countries: z.array(CountryCodeZ).min(1),
  implementsRegime: z.string().optional(),
  legalBasis: z.array(CitationIdZ).min(1),
  itemScope: ItemScopeZ,
  published: PartialDateZ.optional(),
  effectiveFrom: IsoDateZ.optional(),
  effectiveTo: IsoDateZ.optional(),
  provenance: ProvenanceZ,
});
export const NationalProhibitionsFileZ = z.object({ prohibitions: z.array(NationalProhibitionZ) });

/** What a destination risk grade does to a determination. */
export const RISK_MEASURES = ['prohibit_listed', 'individual_licence_only', 'hold_listed'] as const;
export const RiskGradeZ = z.object({
  country: CountryCodeZ,
  grade: z.string().min(1),
  measures: z.array(z.enum(RISK_MEASURES)).min(1),
  announcement: z.string().min(1),
  effectiveFrom: IsoDateZ,
  effectiveTo: IsoDateZ.optional(),
  provenance: ProvenanceZ,
});
export const RiskGradesFileZ = z.object({ grades: z.array(RiskGradeZ) });

export const CountryGroupZ = z.object({ id: z.string().min(1), name: TextZ, countries: z.array(CountryCodeZ).min(1), provenance: ProvenanceZ });
export const CountryGroupsFileZ = z.object({ groups: z.array(CountryGroupZ) });

export type Country = z.infer<typeof CountryZ>;
export type UnRegime = z.infer<typeof UnRegimeZ>;
export type NationalProhibition = z.infer<typeof NationalProhibitionZ>;
export type RiskGrade = z.infer<typeof RiskGradeZ>;
export type CountryGroup = z.infer<typeof CountryGroupZ>;

export interface DestinationsData {
  countries: Country[];
  unRegimes: UnRegime[];
  prohibitions: NationalProhibition[];
  riskGrades: RiskGrade[];
  groups: CountryGroup[];
}

/** Indexed destinations for fast lookups during determination. */
export interface Destinations {
  readonly data: DestinationsData;
  isCountry(code: string): boolean;
  country(code: string): Country | undefined;
  unRegimesFor(code: string): UnRegime[];
  /** National prohibitions in force on `asOf` for a country. */
  prohibitionsFor(code: string, asOf: string): NationalProhibition[];
  /** Risk grades in force on `asOf` for a country. */
  riskGradesFor(code: string, asOf: string): RiskGrade[];
  group(id: string): CountryGroup | undefined;
}

function inForce(asOf: string, from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || from <= asOf) && (to === undefined || asOf <= to);
}

function indexBy<T>(rows: T[], keys: (row: T) => string[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) for (const k of keys(r)) m.set(k, [...(m.get(k) ?? []), r]);
  return m;
}

/** Builds the lookup structure; throws if a record names a country that is not in the country table. */
export function indexDestinations(data: DestinationsData): Destinations {
  const countries = new Map(data.countries.map((c) => [c.code, c]));
  const check = (where: string, codes: string[]): void => {
    for (const c of codes) if (!countries.has(c)) throw new Error(`${where}: unknown country code ${c}`);
  };
  for (const r of data.unRegimes) check(`UN regime ${r.id}`, r.countries);
  for (const p of data.prohibitions) check(`prohibition ${p.id}`, p.countries);
  for (const g of data.riskGrades) check(`risk grade ${g.grade}`, [g.country]);
  for (const g of data.groups) check(`country group ${g.id}`, g.countries);
  const regimes = indexBy(data.unRegimes, (r) => r.countries);
  const prohibitions = indexBy(data.prohibitions, (p) => p.countries);
  const grades = indexBy(data.riskGrades, (g) => [g.country]);
  const groups = new Map(data.groups.map((g) => [g.id, g]));
  return {
    data,
    isCountry: (code) => countries.has(code),
    country: (code) => countries.get(code),
    unRegimesFor: (code) => regimes.get(code) ?? [],
    prohibitionsFor: (code, asOf) => (prohibitions.get(code) ?? []).filter((p) => inForce(asOf, p.effectiveFrom, p.effectiveTo)),
    riskGradesFor: (code, asOf) => (grades.get(code) ?? []).filter((g) => inForce(asOf, g.effectiveFrom, g.effectiveTo)),
    group: (id) => groups.get(id),
  };
}

/** Whether a code or code prefix list covers a control code (`1C` covers `1C351`, `1C351` covers `1C351.a.1`). */
export function codeCovered(code: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => code === p || code.startsWith(p));
}

/** The destination data files by name, as read from data/destinations/. */
export interface DestinationFiles {
  'countries.json': unknown;
  'un-sanctions-regimes.json': unknown;
  'national-prohibitions.json': unknown;
  'risk-grades.json': unknown;
  'country-groups.json': unknown;
}

function parseFile<T>(schema: z.ZodType<T>, file: string, data: unknown): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const i = r.error.issues[0];
  const field = i ? i.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '') : '';
  throw invalidInput(i?.message ?? 'invalid destinations data', { file, field });
}

/** Validates the destination files and indexes them. */
export function parseDestinations(files: DestinationFiles): Destinations {
  const data: DestinationsData = {
    countries: parseFile(CountriesFileZ, 'countries.json', files['countries.json']).countries,
    unRegimes: parseFile(UnRegimesFileZ, 'un-sanctions-regimes.json', files['un-sanctions-regimes.json']).regimes,
    prohibitions: parseFile(NationalProhibitionsFileZ, 'national-prohibitions.json', files['national-prohibitions.json']).prohibitions,
    riskGrades: parseFile(RiskGradesFileZ, 'risk-grades.json', files['risk-grades.json']).grades,
    groups: parseFile(CountryGroupsFileZ, 'country-groups.json', files['country-groups.json']).groups,
  };
  try {
    return indexDestinations(data);
  } catch (e) {
    throw invalidInput((e as Error).message, { file: 'data/destinations' });
  }
}
