/**
 * The exporter's product catalogue: one record per SKU with bilingual names, description,
 * technical parameters (what classification compares with the list entries' parameters), HS code,
 * manufacturer, country of origin and the share of value that is of PRC origin.
 */
import { z } from 'zod';
import { validateCode } from '../controllists/codes.ts';
import { invalidInput } from '../errors.ts';

const text = z.string().trim().min(1);

export const ProductParameterZ = z.strictObject({ name: text, value: text, unit: text.optional() });
export type ProductParameter = z.infer<typeof ProductParameterZ>;

const fields = {
  /** The exporter's stock-keeping unit; unique within the exporter. */
  sku: z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/, 'letters, digits and . _ - /, at most 64 characters'),
  nameZh: text.max(300).optional(),
  nameEn: text.max(300).optional(),
  description: z.string().trim().max(5000).default(''),
  parameters: z.array(ProductParameterZ).max(200).default([]),
  /** HS code (2–10 digits) as declared to customs. */
  hsCode: z
    .string()
    .trim()
    .transform((s) => s.replace(/[.\s]/g, ''))
    .superRefine((s, ctx) => {
      const problem = validateCode('hs', s);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  manufacturer: text.max(300).optional(),
  /** Country of origin, ISO 3166-1 alpha-2. */
  originCountry: z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code such as "CN"').optional(),
  /** Share of the product's value that is of PRC origin, in percent (0–100). */
  prcOriginSharePct: z.number().min(0, 'a percentage from 0 to 100').max(100, 'a percentage from 0 to 100').optional(),
};

const needsName = (p: { nameZh?: string | undefined; nameEn?: string | undefined }): boolean => p.nameZh !== undefined || p.nameEn !== undefined;

export const ProductInputZ = z.strictObject(fields).refine(needsName, { message: 'a product needs a name in Chinese (nameZh) or English (nameEn)', path: ['nameZh'] });
export type ProductInput = z.infer<typeof ProductInputZ>;
export type ProductInputRaw = z.input<typeof ProductInputZ>;

/** A change to a product: any field but the SKU; `null` clears an optional field. */
export const ProductPatchZ = z
  .strictObject({
    nameZh: fields.nameZh.unwrap().nullable().optional(),
    nameEn: fields.nameEn.unwrap().nullable().optional(),
    description: z.string().trim().max(5000).optional(),
    parameters: z.array(ProductParameterZ).max(200).optional(),
    hsCode: fields.hsCode.unwrap().nullable().optional(),
    manufacturer: fields.manufacturer.unwrap().nullable().optional(),
    originCountry: fields.originCountry.unwrap().nullable().optional(),
    prcOriginSharePct: fields.prcOriginSharePct.unwrap().nullable().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'nothing to change' });
export type ProductPatch = z.infer<typeof ProductPatchZ>;

export interface Product {
  id: string;
  organisationId: string;
  sku: string;
  nameZh: string | null;
  nameEn: string | null;
  description: string;
  parameters: ProductParameter[];
  hsCode: string | null;
  manufacturer: string | null;
  originCountry: string | null;
  prcOriginSharePct: number | null;
  createdAt: string;
  updatedAt: string;
}

/** The editable fields of a product, as stored. */
export type ProductFields = Omit<Product, 'id' | 'organisationId' | 'sku' | 'createdAt' | 'updatedAt'>;

export function productFields(input: ProductInput): ProductFields {
  return {
    nameZh: input.nameZh ?? null,
    nameEn: input.nameEn ?? null,
    description: input.description,
    parameters: input.parameters,
    hsCode: input.hsCode ?? null,
    manufacturer: input.manufacturer ?? null,
    originCountry: input.originCountry ?? null,
    prcOriginSharePct: input.prcOriginSharePct ?? null,
  };
}

/**
 * Applies a patch; returns the new fields and the changed ones (field → new value) for the audit
 * trail. A product must keep a name in at least one language.
 */
export function applyProductPatch(current: ProductFields, patch: ProductPatch): { fields: ProductFields; changes: Record<string, unknown> } {
  const next: ProductFields = { ...current };
  const changes: Record<string, unknown> = {};
  const set = <K extends keyof ProductFields>(key: K, value: ProductFields[K] | undefined): void => {
    if (value === undefined) return;
    if (JSON.stringify(current[key]) === JSON.stringify(value)) return;
    next[key] = value;
    changes[key] = value;
  };
  set('nameZh', patch.nameZh);
  set('nameEn', patch.nameEn);
  set('description', patch.description);
  set('parameters', patch.parameters);
  set('hsCode', patch.hsCode);
  set('manufacturer', patch.manufacturer);
  set('originCountry', patch.originCountry);
  set('prcOriginSharePct', patch.prcOriginSharePct);
  if (next.nameZh === null && next.nameEn === null) throw invalidInput('a product needs a name in Chinese (nameZh) or English (nameEn)', { field: 'nameZh' });
  return { fields: next, changes };
}

/** The product's names for display (Chinese / English), or its SKU. */
export function productLabel(p: Pick<Product, 'sku' | 'nameZh' | 'nameEn'>): string {
  return [p.nameZh, p.nameEn].filter((x): x is string => x !== null).join(' / ') || p.sku;
}
