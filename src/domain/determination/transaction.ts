/**
 * The input of a licence determination: who exports what, to where, through where, to whom, for
 * what use, with the party screening results (screening itself happens before, outside the
 * engine) and the exporter's catch-all answers (ECL Art. 12 ¶3).
 */
import { z } from 'zod';
import { invalidInput } from '../errors.ts';

const IsoDateZ = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
export const CountryCodeZ = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as "DE"');

/** PRC control code: digit + item type A–E + 3 digits, optional sub-item path (1C351, 1B115.b.3). */
export const CONTROL_CODE_RE = /^\d[A-E]\d{3}(\.[a-z0-9]+)*$/;

export const ClassificationZ = z
  .object({
    /** 'CN' classifications drive the determination; others (EU, US, UK) are carried for reference. */
    jurisdiction: z.string().regex(/^[A-Z]{2}$/, 'expected a jurisdiction code such as "CN"'),
    /** A control code, or NOT_LISTED when the item is on no list of that jurisdiction. */
    code: z.string().min(1),
    /** Who classified it and how (classification record id, enquiry reply, …). */
    source: z.string().min(1),
  })
  .superRefine((c, ctx) => {
    if (c.jurisdiction === 'CN' && c.code !== 'NOT_LISTED' && !CONTROL_CODE_RE.test(c.code)) {
      ctx.addIssue({ code: 'custom', path: ['code'], message: `"${c.code}" is not a control code (digit, letter A–E, 3 digits, e.g. 1C351) nor NOT_LISTED` });
    }
  });

export const ItemZ = z.object({
  lineId: z.string().min(1),
  description: z.string().min(1),
  quantity: z.number().positive(),
  value: z.number().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code such as "CNY"'),
  classifications: z
    .array(ClassificationZ)
    .min(1)
    .refine((cs) => cs.some((c) => c.jurisdiction === 'CN'), 'needs a CN classification (a control code or NOT_LISTED)')
    .refine((cs) => {
      const cn = cs.filter((c) => c.jurisdiction === 'CN');
      return !(cn.some((c) => c.code === 'NOT_LISTED') && cn.some((c) => c.code !== 'NOT_LISTED'));
    }, 'a CN classification cannot be both NOT_LISTED and a control code'),
});
export type Item = z.infer<typeof ItemZ>;

/** An answer to one catch-all question: yes, no, or not sure (held for review). */
export const AnswerZ = z.union([z.boolean(), z.enum(['yes', 'no', 'unsure'])]);
export type Answer = z.infer<typeof AnswerZ>;

export const CONCERNS = ['nationalSecurity', 'wmd', 'terrorism'] as const;
export type Concern = (typeof CONCERNS)[number];
export const KNOWLEDGE = ['knows', 'shouldKnow', 'notified'] as const;
export type Knowledge = (typeof KNOWLEDGE)[number];

const ConcernsZ = z.object({ nationalSecurity: AnswerZ, wmd: AnswerZ, terrorism: AnswerZ });
/** ECL Art. 12 ¶3: knows / should know / was notified × (1) national security, (2) WMD and delivery means, (3) terrorism. */
export const CatchAllZ = z.object({ knows: ConcernsZ, shouldKnow: ConcernsZ, notified: ConcernsZ });
export type CatchAll = z.infer<typeof CatchAllZ>;

export const MeasureZ = z
  .object({
    kind: z.enum(['prohibited', 'restricted']),
    /** The announcement that imposed the measure. */
    announcement: z.string().optional(),
    effectiveFrom: IsoDateZ.optional(),
    /** The measure is suspended from this date (default: already suspended when suspendedUntil is set). */
    suspendedFrom: IsoDateZ.optional(),
    /** Last day of the suspension; the measure applies again from the next day. */
    suspendedUntil: IsoDateZ.optional(),
  })
  .refine((m) => m.suspendedFrom === undefined || m.suspendedUntil !== undefined, { path: ['suspendedUntil'], message: 'a suspension needs its end date' });
export type Measure = z.infer<typeof MeasureZ>;

export const ScreeningMatchZ = z.object({
  source: z.string().min(1),
  entityId: z.string().min(1),
  name: z.string().optional(),
  /** The lists the entry sits on, e.g. 'MOFCOM export control list', 'MOFCOM watch list', 'Unreliable entity list'. */
  lists: z.array(z.string().min(1)).min(1),
  measure: MeasureZ.optional(),
});
export type ScreeningMatch = z.infer<typeof ScreeningMatchZ>;

export const ScreeningZ = z
  .object({
    /** clear: no match or all matches discounted; open_alert: a potential match not yet resolved; confirmed: a true match. */
    status: z.enum(['clear', 'open_alert', 'confirmed']),
    matches: z.array(ScreeningMatchZ).default([]),
  })
  .refine((s) => s.status !== 'confirmed' || s.matches.length > 0, { path: ['matches'], message: 'a confirmed screening result needs the matched list entry' });

export const PARTY_ROLES = ['end_user', 'consignee', 'intermediate_consignee', 'purchaser', 'agent'] as const;
export const PartyRoleZ = z.enum(PARTY_ROLES);
export type PartyRole = z.infer<typeof PartyRoleZ>;

export const TxPartyZ = z.object({
  id: z.string().optional(),
  role: PartyRoleZ,
  name: z.string().min(1),
  country: CountryCodeZ,
  screening: ScreeningZ,
});
export type TxParty = z.infer<typeof TxPartyZ>;

export const GeneralLicenceZ = z
  .object({
    number: z.string().min(1),
    validFrom: IsoDateZ,
    validTo: IsoDateZ,
    /** Control codes or code prefixes (e.g. '3A', '1C351'). */
    coversItems: z.array(z.string().min(1)).min(1),
    /** Country codes, or country groups as 'group:<id>'. */
    coversDestinations: z.array(z.string().regex(/^([A-Z]{2}|group:.+)$/, 'expected a country code or group:<id>')).min(1),
    /** End users by id or name; absent = any end user. */
    coversEndUsers: z.array(z.string().min(1)).optional(),
  })
  .refine((l) => l.validFrom <= l.validTo, { path: ['validTo'], message: 'validTo is before validFrom' });
export type GeneralLicence = z.infer<typeof GeneralLicenceZ>;

/** Regs Art. 20 grounds that bar general licences and registration. */
export const Art20Z = z.object({
  criminalPenalty: z.boolean().default(false),
  seriousAdministrativePenaltyOn: IsoDateZ.optional(),
  subsidiaryOfControlListedParty: z.boolean().default(false),
});

export const ExporterZ = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  icpInPlace: z.boolean(),
  heldGeneralLicences: z.array(GeneralLicenceZ).default([]),
  art20: Art20Z.optional(),
});
export type Exporter = z.infer<typeof ExporterZ>;

/** Regs Art. 19 (1)–(6): the cases that may use a registration voucher. */
export const ART19_CASES = [
  'inbound_repair_or_test_return',
  'outbound_repair_or_test',
  'exhibition_in_china_return',
  'exhibition_abroad',
  'civil_aircraft_parts',
  'mofcom_specified',
] as const;
export const Art19CaseZ = z.enum(ART19_CASES);
export type Art19Case = z.infer<typeof Art19CaseZ>;

export const TransactionZ = z
  .object({
    id: z.string().optional(),
    exporter: ExporterZ,
    items: z.array(ItemZ).min(1),
    destination: CountryCodeZ,
    transit: z.array(CountryCodeZ).default([]),
    parties: z.array(TxPartyZ).min(1),
    endUse: z.string().min(1),
    catchAll: CatchAllZ,
    art19Case: Art19CaseZ.optional(),
  })
  .superRefine((tx, ctx) => {
    const seen = new Set<string>();
    tx.items.forEach((it, i) => {
      if (seen.has(it.lineId)) ctx.addIssue({ code: 'custom', path: ['items', i, 'lineId'], message: `duplicate lineId "${it.lineId}"` });
      seen.add(it.lineId);
    });
    if (!tx.parties.some((p) => p.role === 'end_user')) ctx.addIssue({ code: 'custom', path: ['parties'], message: 'needs at least one party with role end_user' });
  });
export type Transaction = z.infer<typeof TransactionZ>;
export type TransactionInput = z.input<typeof TransactionZ>;

/** Normalises an answer to yes / no / unsure. */
export function answer(a: Answer): 'yes' | 'no' | 'unsure' {
  return a === true ? 'yes' : a === false ? 'no' : a;
}

/** "items[3].classifications[0].code" from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

/** Validates a transaction; bad input fails with an INVALID_INPUT error naming the field. */
export function parseTransaction(input: unknown, file?: string): Transaction {
  const r = TransactionZ.safeParse(input);
  if (r.success) return r.data;
  const issues = r.error.issues;
  const first = issues[0];
  const field = first ? formatPath(first.path) || '(transaction)' : '(transaction)';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more: ${issues.slice(1, 4).map((i) => formatPath(i.path) || '(transaction)').join(', ')})` : '';
  throw invalidInput(`${first?.message ?? 'invalid transaction'}${more}`, file === undefined ? { field } : { file, field });
}
