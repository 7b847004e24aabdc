/**
 * A classification record: for one product and one jurisdiction, the control code(s) the item
 * falls under, or "not listed", with the rationale and evidence, who classified it, who signed it
 * off and when it must be reviewed again. Records are versions: a new classification of the same
 * product and jurisdiction is a new record, never an edit of an old one.
 */
import { z } from 'zod';
import { type CodeScheme, validateCode } from '../controllists/codes.ts';
import { invalidInput } from '../errors.ts';

/** Jurisdictions a product can be classified for, and the code grid of each. */
export const CLASSIFICATION_SCHEMES = { CN: 'prc', EU: 'eu', US: 'us' } as const satisfies Record<string, CodeScheme>;
export type ClassificationJurisdiction = keyof typeof CLASSIFICATION_SCHEMES;
export const CLASSIFICATION_JURISDICTIONS = Object.keys(CLASSIFICATION_SCHEMES) as ClassificationJurisdiction[];

export const CLASSIFICATION_STATUSES = ['draft', 'submitted_for_review', 'signed_off', 'returned', 'superseded'] as const;
export type ClassificationStatus = (typeof CLASSIFICATION_STATUSES)[number];

export const EvidenceZ = z.strictObject({
  /** What the document is: data sheet, test report, supplier declaration, enquiry reply … */
  title: z.string().trim().min(1).max(300),
  /** Where it is kept: document number, file name or URL. */
  ref: z.string().trim().min(1).max(1000).optional(),
});
export type Evidence = z.infer<typeof EvidenceZ>;

export const ClassificationInputZ = z.strictObject({
  jurisdiction: z.enum(CLASSIFICATION_JURISDICTIONS as [ClassificationJurisdiction, ...ClassificationJurisdiction[]], {
    message: `expected one of ${CLASSIFICATION_JURISDICTIONS.join(', ')}`,
  }),
  /** The control codes the item falls under; empty when `notListed`. */
  codes: z.array(z.string().trim().min(1)).max(20).default([]),
  /** The item is on no control list of the jurisdiction. */
  notListed: z.boolean().default(false),
  rationale: z.string().trim().max(10_000).default(''),
  evidence: z.array(EvidenceZ).max(50).default([]),
});
export type ClassificationInput = z.infer<typeof ClassificationInputZ>;
export type ClassificationInputRaw = z.input<typeof ClassificationInputZ>;

/**
 * Checks what the schema cannot: the codes fit the jurisdiction's grid, a record is either
 * "not listed" or has codes (not both, not neither), and "not listed" states why.
 */
export function checkClassificationInput(input: ClassificationInput): ClassificationInput {
  const scheme = CLASSIFICATION_SCHEMES[input.jurisdiction];
  if (input.notListed && input.codes.length > 0) throw invalidInput('a classification is either "not listed" or has control codes, not both', { field: 'codes' });
  if (!input.notListed && input.codes.length === 0) throw invalidInput('give the control code(s), or set notListed with a rationale', { field: 'codes' });
  if (input.notListed && input.rationale.length < 20) {
    throw invalidInput('"not listed" needs a rationale (at least 20 characters) saying why no list entry applies', { field: 'rationale' });
  }
  const seen = new Set<string>();
  input.codes.forEach((code, i) => {
    const problem = validateCode(scheme, code);
    if (problem) throw invalidInput(`${problem} (${input.jurisdiction} codes use the ${scheme.toUpperCase()} grid)`, { field: `codes[${i}]` });
    if (seen.has(code)) throw invalidInput(`duplicate code ${code}`, { field: `codes[${i}]` });
    seen.add(code);
  });
  return input;
}

export interface ClassificationRecord {
  id: string;
  organisationId: string;
  productId: string;
  jurisdiction: ClassificationJurisdiction;
  /** 1, 2, … per product and jurisdiction. */
  versionNo: number;
  status: ClassificationStatus;
  codes: string[];
  notListed: boolean;
  rationale: string;
  evidence: Evidence[];
  classifiedBy: string;
  classifiedByName: string;
  classifiedAt: string;
  submittedAt: string | null;
  reviewedBy: string | null;
  reviewedByName: string | null;
  reviewedAt: string | null;
  /** The reviewer's note (required when returning). */
  reviewNote: string | null;
  /** Date (YYYY-MM-DD) of the sign-off. */
  signedOffOn: string | null;
  /** Date by which the classification must be reviewed again. */
  reReviewDue: string | null;
  /** The newer record that replaced this one. */
  supersededBy: string | null;
}
