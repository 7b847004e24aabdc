import { z } from 'zod';
import { CLASSIFICATION_JURISDICTIONS, CLASSIFICATION_STATUSES } from '../../../domain/classification/classification.ts';
import { ZOffsetQuery, offsetPage } from '../../pagination.ts';

export { ProductInputZ as ZCreateProductBody, ProductPatchZ as ZUpdateProductBody } from '../../../domain/classification/product.ts';
export { ClassificationInputZ as ZClassifyBody } from '../../../domain/classification/classification.ts';

export const ZProduct = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    sku: z.string(),
    nameZh: z.string().nullable(),
    nameEn: z.string().nullable(),
    description: z.string(),
    parameters: z.array(z.object({ name: z.string(), value: z.string(), unit: z.string().optional() })),
    hsCode: z.string().nullable(),
    manufacturer: z.string().nullable(),
    originCountry: z.string().nullable(),
    prcOriginSharePct: z.number().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Product' });

export const ZClassification = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    productId: z.string(),
    jurisdiction: z.enum(CLASSIFICATION_JURISDICTIONS as [string, ...string[]]),
    versionNo: z.number().int(),
    status: z.enum(CLASSIFICATION_STATUSES),
    codes: z.array(z.string()),
    notListed: z.boolean(),
    rationale: z.string(),
    evidence: z.array(z.object({ title: z.string(), ref: z.string().optional() })),
    classifiedBy: z.string(),
    classifiedByName: z.string(),
    classifiedAt: z.string(),
    submittedAt: z.string().nullable(),
    reviewedBy: z.string().nullable(),
    reviewedByName: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    reviewNote: z.string().nullable(),
    signedOffOn: z.string().nullable(),
    reReviewDue: z.string().nullable(),
    supersededBy: z.string().nullable(),
  })
  .meta({ id: 'Classification' });

export const ZProductListQuery = ZOffsetQuery.extend({ q: z.string().trim().min(1).max(200).optional().describe('SKU, name or HS code contains') });
export const ZProductPage = offsetPage(ZProduct);
export const ZHistory = z.object({ items: z.array(ZClassification) });
export const ZSuggestQuery = z.object({ jurisdiction: z.string().regex(/^[A-Z]{2,3}$/).optional().describe('only lists of this jurisdiction, e.g. CN'), limit: z.coerce.number().int().min(1).max(100).default(20) });
export const ZSuggestions = z
  .object({
    items: z.array(
      z.object({
        listId: z.string(),
        listTitle: z.object({ zh: z.string().optional(), en: z.string().optional() }),
        versionNo: z.number().int(),
        code: z.string(),
        title: z.object({ zh: z.string().optional(), en: z.string().optional() }),
        verificationStatus: z.string(),
        score: z.number(),
        why: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'ClassificationSuggestions' });
