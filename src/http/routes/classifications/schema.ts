import { z } from 'zod';
import { ZClassification } from '../products/schema.ts';

export { EnquiryInputZ as ZEnquiryBody } from '../../../domain/classification/enquiry.ts';

export const ZSignOffBody = z.object({ note: z.string().trim().max(5000).optional() }).default({});
export const ZReturnBody = z.object({ note: z.string().trim().min(1, 'say what the classifier must change').max(5000) });
export const ZDueQuery = z.object({ asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').optional().describe('default today (UTC)') });

export const ZDueItem = z.object({
  classification: ZClassification,
  product: z.object({ id: z.string(), sku: z.string(), nameZh: z.string().nullable(), nameEn: z.string().nullable() }),
  reReviewStatus: z.enum(['overdue', 'due_soon']),
});
export const ZDueList = z.object({ items: z.array(ZDueItem) }).meta({ id: 'DueReReviews' });

export const ZEnquiry = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    productId: z.string().nullable(),
    authority: z.string(),
    status: z.string(),
    subject: z.string(),
    itemDescription: z.string(),
    performanceIndicators: z.array(z.object({ name: z.string(), value: z.string(), unit: z.string().optional() })),
    mainUses: z.array(z.string()),
    reasonUndecided: z.string(),
    candidateCodes: z.array(z.object({ code: z.string(), note: z.string().optional() })),
    createdBy: z.string(),
    createdByName: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'ClassificationEnquiry' });
export const ZEnquiryList = z.object({ items: z.array(ZEnquiry) });
