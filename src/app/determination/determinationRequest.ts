/**
 * The request of a determination through the platform: a transaction as the engine takes it, except
 * that an item may name a catalogue SKU instead of carrying its classifications (the signed-off
 * classifications are used), and a party may come without screening results (the platform screens
 * its name against the current lists).
 */
import { z } from 'zod';
import { Art19CaseZ, CatchAllZ, CountryCodeZ, ExporterZ, ItemZ, PartyRoleZ, ScreeningZ } from '../../domain/determination/transaction.ts';

export const RequestItemZ = z.union([
  ItemZ,
  z.strictObject({
    lineId: z.string().min(1),
    /** A product of the exporter's catalogue; its signed-off classifications are used. */
    sku: z.string().min(1),
    description: z.string().min(1).optional(),
    quantity: z.number().positive(),
    value: z.number().nonnegative(),
    currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as "CNY"'),
  }),
]);

export const RequestPartyZ = z.object({
  id: z.string().optional(),
  role: PartyRoleZ,
  name: z.string().min(1),
  country: CountryCodeZ,
  /** Absent: the platform screens the name and country against the current lists. */
  screening: ScreeningZ.optional(),
});

export const DeterminationRequestZ = z.object({
  id: z.string().optional(),
  exporter: ExporterZ,
  items: z.array(RequestItemZ).min(1),
  destination: CountryCodeZ,
  transit: z.array(CountryCodeZ).default([]),
  parties: z.array(RequestPartyZ).min(1),
  endUse: z.string().min(1),
  catchAll: CatchAllZ,
  art19Case: Art19CaseZ.optional(),
  /** Date of the determination (YYYY-MM-DD); default today (UTC). */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').optional(),
});
export type DeterminationRequest = z.infer<typeof DeterminationRequestZ>;

