/**
 * A counterparty: a party the exporter deals with (customer, consignee, end user, intermediary),
 * recorded with its names in any script, country, type, birth date (persons) and identifiers, so it
 * can be screened and re-screened whenever a list changes.
 */
import { z } from 'zod';
import { PartialDateZ, PartySchemaZ } from '../lists/party.ts';

export const CounterpartyIdentifierZ = z.strictObject({
  type: z.string().trim().min(1).max(50),
  value: z.string().trim().min(1).max(200),
  country: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code in upper case').optional(),
});
export type CounterpartyIdentifier = z.infer<typeof CounterpartyIdentifierZ>;

const CountryZ = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code in upper case');
const fields = {
  name: z.string().trim().min(1).max(500),
  /** Other names: aliases, trading names, the name in its original script (e.g. 中文名称). */
  names: z.array(z.string().trim().min(1).max(500)).max(50),
  country: CountryZ.nullable(),
  schema: PartySchemaZ,
  birthDate: PartialDateZ.nullable(),
  identifiers: z.array(CounterpartyIdentifierZ).max(50),
};

/** What a user enters for a counterparty. */
export const CounterpartyInputZ = z.strictObject({
  name: fields.name,
  names: fields.names.default([]),
  country: fields.country.default(null),
  schema: fields.schema.default('LegalEntity'),
  birthDate: fields.birthDate.default(null),
  identifiers: fields.identifiers.default([]),
});
export type CounterpartyInput = z.infer<typeof CounterpartyInputZ>;

/** A change: any subset of the fields (absent = unchanged, null = cleared). */
export const CounterpartyPatchZ = z.strictObject(fields).partial();
export type CounterpartyPatch = z.infer<typeof CounterpartyPatchZ>;

export interface Counterparty extends CounterpartyInput {
  id: string;
  organisationId: string;
  /** Hash of `screeningFingerprint`; changes exactly when something screening looks at changes. */
  contentHash: string;
  createdAt: string;
  updatedAt: string;
}

/**
 * The canonical text of the fields screening uses, independent of the order names and identifiers
 * were entered in. Hash it to get the counterparty's content hash.
 */
export function screeningFingerprint(c: CounterpartyInput): string {
  const names = [...new Set(c.names.map((n) => n.normalize('NFC')))].sort();
  const identifiers = c.identifiers.map((i) => `${i.type}|${i.value}|${i.country ?? ''}`).sort();
  return JSON.stringify({ name: c.name.normalize('NFC'), names, country: c.country, schema: c.schema, birthDate: c.birthDate, identifiers });
}

/** The fields that differ between two versions of a counterparty, with their new values. */
export function changedFields(before: CounterpartyInput, after: CounterpartyInput): Partial<CounterpartyInput> {
  const out: Partial<Record<keyof CounterpartyInput, unknown>> = {};
  for (const k of Object.keys(after) as (keyof CounterpartyInput)[]) {
    if (JSON.stringify(before[k]) !== JSON.stringify(after[k])) out[k] = after[k];
  }
  return out as Partial<CounterpartyInput>;
}
