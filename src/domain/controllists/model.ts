/**
 * Item lists (control lists of goods and technology) as versioned data with provenance, and their
 * entries: a tree of codes with bilingual titles and text, technical parameters, reasons for
 * control / regimes, a verification status per entry and typed cross-references to other lists.
 */
import { z } from 'zod';
import { type CodeScheme, validateCode } from './codes.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const text = z.string().min(1);

export const ITEM_LIST_KINDS = [
  'control_list', // a legal list of controlled items (PRC list, EU Annex I, US CCL)
  'licence_catalogue', // a catalogue keyed to a control list, e.g. the PRC annual licence catalogue with HS codes
  'regime_list', // an export-control regime's list (NSG, MTCR, Wassenaar, AG, CWC)
  'nomenclature', // a customs nomenclature (HS)
] as const;

export const CODE_SCHEMES = ['prc', 'eu', 'us', 'regime', 'hs'] as const satisfies readonly CodeScheme[];

export const VERIFICATION_STATUSES = [
  'verified', // checked against the authority's official text
  'cleaned', // machine-extracted, then corrected where the correction is certain
  'machine_extracted', // taken from a third-party extraction, not checked entry by entry
  'unverified', // doubtful: a known or suspected error that could not be fixed with certainty
] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

export const CROSS_REF_KINDS = ['identical_code', 'equivalent', 'indicative_hs'] as const;

export const BilingualZ = z.strictObject({ zh: text.optional(), en: text.optional() });

export const SourceZ = z.strictObject({
  /** Who published the underlying text. */
  publisher: text,
  /** Where the data was taken from (official URL, or repository/path/commit of a third-party extraction). */
  url: text.optional(),
  repo: text.optional(),
  path: text.optional(),
  commit: text.optional(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  licence: text.optional(),
  /** Date the data was taken or the consolidation date it states. */
  retrievedOn: isoDate.optional(),
});

export const ItemListZ = z.strictObject({
  /** Stable id, e.g. `cn-dual-use-licence-catalogue`, `eu-annex-i`, `us-ccl`. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
  jurisdiction: z.string().min(2),
  title: BilingualZ.refine((t) => t.zh !== undefined || t.en !== undefined, 'a title in Chinese or English is required'),
  kind: z.enum(ITEM_LIST_KINDS),
  codeScheme: z.enum(CODE_SCHEMES),
  /** The legal instrument or announcement, e.g. "MOFCOM/GACC Announcement 2025 No. xx". */
  announcement: text.optional(),
  effectiveDate: isoDate.optional(),
  source: SourceZ,
  /** complete: every entry of the instrument is present; partial: some entries or texts are missing. */
  completeness: z.enum(['complete', 'partial']),
  /** What is known about the quality of this data, in plain words. */
  verificationNotes: z.array(text).default([]),
});
export type ItemList = z.infer<typeof ItemListZ>;

export const CrossRefZ = z.strictObject({
  kind: z.enum(CROSS_REF_KINDS),
  target: z.strictObject({ list: text, code: text }),
  /** HS edition for indicative_hs references, e.g. `HS2022`. */
  hsEdition: z.string().regex(/^HS\d{4}$/, 'expected HS followed by the year, e.g. HS2022').optional(),
  note: text.optional(),
});
export type CrossRef = z.infer<typeof CrossRefZ>;

export const ParameterZ = z.strictObject({ name: text, value: text, unit: text.optional() });

export const EntryZ = z
  .strictObject({
    code: text,
    parentCode: text.nullable().default(null),
    title: BilingualZ.default({}),
    text: BilingualZ.default({}),
    parameters: z.array(ParameterZ).default([]),
    /** Reasons for control as the list writes them (US: NS, MT, NP, AT …). */
    reasons: z.array(text).default([]),
    /** Regimes the entry implements (Wassenaar, MTCR, NSG, AG, CWC). */
    regimes: z.array(text).default([]),
    verificationStatus: z.enum(VERIFICATION_STATUSES),
    /** Why the entry has its status: corrections made, doubts remaining. */
    notes: z.array(text).default([]),
    crossRefs: z.array(CrossRefZ).default([]),
  })
  .refine((e) => e.parentCode !== e.code, { message: 'an entry cannot be its own parent', path: ['parentCode'] })
  .refine((e) => e.crossRefs.every((r) => r.kind !== 'indicative_hs' || r.hsEdition !== undefined), {
    message: 'an indicative_hs cross-reference needs its hsEdition',
    path: ['crossRefs'],
  });
export type Entry = z.infer<typeof EntryZ>;
export type EntryInput = z.input<typeof EntryZ>;

export const ITEM_LIST_FILE_SCHEMA = 1;

export const ItemListFileZ = z.strictObject({
  schemaVersion: z.literal(ITEM_LIST_FILE_SCHEMA),
  list: ItemListZ,
  entries: z.array(EntryZ),
});
export type ItemListFile = z.infer<typeof ItemListFileZ>;

export interface EntryProblem {
  /** Index of the entry in the list. */
  index: number;
  field: string;
  message: string;
}

/**
 * Checks an already shape-valid list for problems that span entries: codes that do not fit the
 * list's scheme, duplicate codes, parents that are not in the list.
 */
export function checkEntries(scheme: CodeScheme, entries: readonly Entry[]): EntryProblem[] {
  const problems: EntryProblem[] = [];
  const seen = new Map<string, number>();
  entries.forEach((e, index) => {
    const bad = validateCode(scheme, e.code);
    if (bad) problems.push({ index, field: 'code', message: bad });
    const first = seen.get(e.code);
    if (first !== undefined) problems.push({ index, field: 'code', message: `duplicate code ${e.code} (first at entry ${first + 1})` });
    else seen.set(e.code, index);
  });
  entries.forEach((e, index) => {
    if (e.parentCode !== null && !seen.has(e.parentCode) && !isStructuralParent(scheme, e.parentCode)) {
      problems.push({ index, field: 'parentCode', message: `parent ${e.parentCode} of ${e.code} is not in the list` });
    }
  });
  return problems;
}

/**
 * A grid list may name a parent the extract lacks when the parent is the code's own prefix
 * (`1C350` for `1C350.a`): the tree attaches such entries to their nearest present ancestor.
 */
function isStructuralParent(scheme: CodeScheme, parent: string): boolean {
  return (scheme === 'prc' || scheme === 'eu' || scheme === 'us') && validateCode(scheme, parent) === undefined;
}

export interface VerificationCounts {
  verified: number;
  cleaned: number;
  machine_extracted: number;
  unverified: number;
}

export function verificationCounts(entries: readonly Pick<Entry, 'verificationStatus'>[]): VerificationCounts {
  const c: VerificationCounts = { verified: 0, cleaned: 0, machine_extracted: 0, unverified: 0 };
  for (const e of entries) c[e.verificationStatus] += 1;
  return c;
}
