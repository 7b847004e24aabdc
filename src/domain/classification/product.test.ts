import { describe, expect, it } from 'vitest';
import { applyProductPatch, ProductInputZ, ProductPatchZ, productFields } from './product.ts';

// HS 2811.11 (hydrogen fluoride) and control code 1C350.a: the bundled PRC licence catalogue's row
// for 氟化氢 (data/controllists/cn-dual-use-licence-catalogue-2026.json).
const hf = { sku: 'HF-AH-999', nameZh: '无水氟化氢', nameEn: 'Anhydrous hydrogen fluoride', hsCode: '2811.11.9000', originCountry: 'CN', prcOriginSharePct: 100, parameters: [{ name: 'purity', value: '99.99', unit: '%' }] };

describe('product', () => {
  it('normalises the HS code and keeps the parameters', () => {
    const p = ProductInputZ.parse(hf);
    expect(p.hsCode).toBe('2811119000');
    expect(p.parameters[0]).toEqual({ name: 'purity', value: '99.99', unit: '%' });
  });

  it('names the bad field', () => {
    const issue = (x: unknown) => ProductInputZ.safeParse(x).error?.issues[0]?.path.join('.');
    expect(issue({ ...hf, hsCode: '28111' })).toBe('hsCode');
    expect(issue({ ...hf, prcOriginSharePct: 120 })).toBe('prcOriginSharePct');
    expect(issue({ ...hf, originCountry: 'china' })).toBe('originCountry');
    expect(issue({ sku: 'X1' })).toBe('nameZh');
  });

  it('patches only what changed and keeps a name', () => {
    const fields = productFields(ProductInputZ.parse(hf));
    const { changes } = applyProductPatch(fields, ProductPatchZ.parse({ nameEn: 'Anhydrous hydrogen fluoride', manufacturer: 'Test Chemical Co.' }));
    expect(changes).toEqual({ manufacturer: 'Test Chemical Co.' });
    expect(() => applyProductPatch({ ...fields, nameEn: null }, ProductPatchZ.parse({ nameZh: null }))).toThrow(/needs a name/);
  });
});
