/**
 * A classification enquiry to MOFCOM (Regs Art. 14 ¶4): an exporter that cannot decide whether an
 * item is dual-use may ask the authority, and must give the item's performance indicators, its
 * main uses and the reason it cannot decide. The enquiry is a case the authority answers.
 */
import { z } from 'zod';
import { ProductParameterZ } from './product.ts';

const text = z.string().trim().min(1);

export const ENQUIRY_STATUSES = ['open', 'answered', 'withdrawn'] as const;
export type EnquiryStatus = (typeof ENQUIRY_STATUSES)[number];

export const EnquiryInputZ = z.strictObject({
  /** The product asked about (optional: an item not yet in the catalogue can be asked about too). */
  productId: text.optional(),
  subject: text.max(300),
  /** What the item is, in words. */
  itemDescription: text.max(5000),
  /** Performance indicators (性能指标): at least one measured value. */
  performanceIndicators: z.array(ProductParameterZ).min(1, 'Regs Art. 14 ¶4: give the item\'s performance indicators (at least one)').max(200),
  /** Main uses (主要用途). */
  mainUses: z.array(text.max(1000)).min(1, 'Regs Art. 14 ¶4: give the item\'s main uses (at least one)').max(50),
  /** Why the exporter cannot decide whether the item is dual-use (无法确定的原因). */
  reasonUndecided: z.string().trim().min(20, 'Regs Art. 14 ¶4: explain why you cannot decide whether the item is dual-use (at least 20 characters)').max(10_000),
  /** List entries the exporter considered, with why each may or may not apply. */
  candidateCodes: z.array(z.strictObject({ code: text, note: text.max(2000).optional() })).max(50).default([]),
});
export type EnquiryInput = z.infer<typeof EnquiryInputZ>;
export type EnquiryInputRaw = z.input<typeof EnquiryInputZ>;

export interface ClassificationEnquiry extends Omit<EnquiryInput, 'productId'> {
  id: string;
  organisationId: string;
  productId: string | null;
  /** Jurisdiction of the authority asked; Regs Art. 14 enquiries go to MOFCOM. */
  authority: 'CN-MOFCOM';
  status: EnquiryStatus;
  createdBy: string;
  createdByName: string;
  createdAt: string;
}
