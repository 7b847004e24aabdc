import { describe, expect, it } from 'vitest';
import { euRegimeOf, parentOfDotted, parseEccn, parseEuCode, parsePrcCode, sameCodeMeansSameGrid, validateCode } from './codes.ts';

const ok = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('PRC control codes', () => {
  it('parses 1C351 and the sub-item 1B101.a.1 with field and type titles', () => {
    const c = ok(parsePrcCode('1C351'));
    expect(c).toMatchObject({ base: '1C351', category: '1', itemType: 'C', number: '351', subItems: [] });
    expect(c.itemTypeTitle.zh).toBe('材料');
    const s = ok(parsePrcCode('1B101.a.1'));
    expect(s.base).toBe('1B101');
    expect(s.subItems).toEqual(['a', '1']);
    expect(s.itemTypeTitle.en).toBe('Test, inspection and production equipment');
  });

  it('rejects junk from the licence catalogue extraction with a reason', () => {
    for (const junk of ['UF6', 'MPa', '8413709980', '1', '1F001', '1c351']) expect(parsePrcCode(junk).ok).toBe(false);
    const r = parsePrcCode('1c351');
    expect(r.ok ? '' : r.error).toMatch(/capital A–E/);
    const upper = parsePrcCode('3A001.A.1');
    expect(upper.ok ? '' : upper.error).toMatch(/lower case/);
  });
});

describe('the category-0 trap', () => {
  it('PRC field 0 is "other items", EU category 0 is nuclear', () => {
    expect(ok(parsePrcCode('0C001')).categoryTitle).toEqual({ zh: '其他物项', en: 'Other items' });
    expect(ok(parseEuCode('0A001')).categoryTitle.en).toBe('Nuclear materials, facilities and equipment');
  });

  it('never treats the same 0xxxx code in two lists as the same entry, but does for 1C351', () => {
    expect(sameCodeMeansSameGrid(ok(parsePrcCode('0B001')), ok(parseEuCode('0B001')))).toBe(false);
    expect(sameCodeMeansSameGrid(ok(parsePrcCode('1C351')), ok(parseEuCode('1C351')))).toBe(true);
  });

  it('keeps US 600-series, 9x515 and 0A501 firearms apart from EU codes', () => {
    const us = (c: string) => {
      const v = ok(parseEccn(c));
      if ('ear99' in v) throw new Error('EAR99');
      return v;
    };
    expect(us('9A610').series600).toBe(true);
    expect(us('9A515').series515).toBe(true);
    expect(sameCodeMeansSameGrid(us('9A610'), ok(parseEuCode('3A001')))).toBe(false);
    expect(sameCodeMeansSameGrid(us('3A001'), ok(parseEuCode('3A001')))).toBe(true);
    expect(sameCodeMeansSameGrid(us('0A501'), ok(parseEuCode('0A001')))).toBe(false);
  });
});

describe('EU and US codes', () => {
  it('names the regime of an EU entry from its first number digit', () => {
    expect(euRegimeOf(ok(parseEuCode('1C351')))).toBe('AG');
    expect(euRegimeOf(ok(parseEuCode('3A001')))).toBe('Wassenaar');
    expect(euRegimeOf(ok(parseEuCode('1B101')))).toBe('MTCR');
    expect(euRegimeOf(ok(parseEuCode('2B201')))).toBe('NSG');
    expect(euRegimeOf(ok(parseEuCode('1C450')))).toBe('CWC');
  });

  it('accepts EAR99 and ECCNs, rejects the spreadsheet-mangled 1.00E+02', () => {
    expect(ok(parseEccn('EAR99'))).toEqual({ ear99: true, code: 'EAR99' });
    expect(parseEccn('1.00E+02').ok).toBe(false);
    expect(validateCode('us', '4E091')).toBeUndefined();
  });

  it('validates HS and regime codes lightly and finds dotted parents', () => {
    expect(validateCode('hs', '8401200000')).toBeUndefined();
    expect(validateCode('hs', '84012')).toMatch(/2, 4, 6, 8 or 10 digits/);
    expect(validateCode('regime', 'T1.1')).toBeUndefined();
    expect(parentOfDotted('1B101.a.1')).toBe('1B101.a');
    expect(parentOfDotted('1B101')).toBeNull();
  });
});
