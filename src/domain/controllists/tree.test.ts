import { describe, expect, it } from 'vitest';
import { type Entry, EntryZ } from './model.ts';
import { ancestors, buildTree, children, searchEntries, searchModeOf } from './tree.ts';

// Rows of the 2026 PRC licence catalogue extract (shared/data/controllists, section 4).
const e = (code: string, parentCode: string | null, zh: string, hs: string[] = []): Entry =>
  EntryZ.parse({
    code,
    parentCode,
    title: { zh },
    verificationStatus: 'machine_extracted',
    crossRefs: hs.map((h) => ({ kind: 'indicative_hs', target: { list: 'hs-2022', code: h }, hsEdition: 'HS2022' })),
  });

const entries = [
  e('1C350.a', '1C350', '氟化氢', ['2811119000']),
  e('1C450.c.21', '1C450.c', '氰化钾', ['2837191000']),
  e('1C450.c', '1C450', '有毒化学品'),
  e('1B201.b', '1B201', '数控装置', ['8537101110']),
  e('9A012.a.2', '9A012.a', '无人驾驶航空飞行器', ['8806210000']),
];

describe('item tree', () => {
  it('attaches entries to their nearest present ancestor when the extract lacks the parent', () => {
    const t = buildTree(entries);
    expect(t.parentOf.get('1C450.c.21')).toBe('1C450.c');
    expect(t.parentOf.get('1C350.a')).toBeNull();
    expect(ancestors(t, '1C450.c.21').map((x) => x.code)).toEqual(['1C450.c']);
    expect(children(t, '1C450.c').map((x) => x.code)).toEqual(['1C450.c.21']);
    expect(t.roots).toContain('9A012.a.2');
  });

  it('reads a query as HS code, code prefix or text', () => {
    expect(searchModeOf('2811119000')).toBe('hs');
    expect(searchModeOf('8806')).toBe('hs');
    expect(searchModeOf('1C450')).toBe('code');
    expect(searchModeOf('1c4')).toBe('code');
    expect(searchModeOf('EAR99')).toBe('code');
    expect(searchModeOf('氰化钾')).toBe('text');
    expect(searchModeOf('hydrogen fluoride')).toBe('text');
  });

  it('finds entries by HS heading, full national code and 6-digit subheading', () => {
    expect(searchEntries(entries, '8806').map((h) => h.entry.code)).toEqual(['9A012.a.2']);
    expect(searchEntries(entries, '2837191000').map((h) => h.entry.code)).toEqual(['1C450.c.21']);
    expect(searchEntries(entries, '2837.19').map((h) => h.entry.code)).toEqual(['1C450.c.21']);
  });

  it('finds entries by code prefix (case-insensitive) and by Chinese text', () => {
    expect(searchEntries(entries, '1c450').map((h) => h.entry.code)).toEqual(['1C450.c.21', '1C450.c']);
    const hit = searchEntries(entries, '氰化')[0];
    expect(hit?.entry.code).toBe('1C450.c.21');
    expect(hit?.matched).toBe('title.zh');
  });
});
