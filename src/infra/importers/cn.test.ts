import { describe, expect, it } from 'vitest';
import { parseListFiles } from './index.ts';
import { CN_LISTS, cnListName } from './cn.ts';
import { assertValidParties, corruptCopy, countBy, fixture, hasReal, realData } from './testKit.ts';

describe('PRC compiled lists importer', () => {
  it('normalises the list names', () => {
    expect(cnListName('Ministry of Commerce', 'List of Export Controls')).toBe(CN_LISTS.controlList);
    expect(cnListName('Ministry of Commerce', 'Export Control Watch List')).toBe(CN_LISTS.watchList);
    expect(cnListName('Ministry of Commerce', 'UEL')).toBe(CN_LISTS.unreliable);
    expect(cnListName('Ministry of Foreign Affairs', '')).toBe(CN_LISTS.mfa);
    expect(cnListName('Ministry of Foreign Affairs', 'AFSL')).toBe(CN_LISTS.afsl);
    expect(cnListName('Taiwan Affairs Office of the State Council', 'Diehard "Taiwan Independence" Separatists')).toBe(CN_LISTS.tao);
  });

  it('one party per entity, Chinese name as original zh, QID or slug as sourceRef', async () => {
    const [list] = await parseListFiles([fixture('cn-csv')]);
    const parties = list?.parties ?? [];
    assertValidParties(parties);
    const ned = parties.find((p) => p.names[0]?.value === 'National Endowment for Democracy');
    expect(ned?.sourceRef).toBe('national-endowment-for-democracy');
    expect(ned?.names).toContainEqual({ value: '美国国家民主基金会', kind: 'original', lang: 'zh' });
    expect(ned?.countries).toEqual(['US']);
    expect(ned?.lists).toContain(CN_LISTS.mfa);
    expect(parties.find((p) => p.names[0]?.value === 'Su Tseng-chang')?.sourceRef).toBe('Q551904');
    const controlled = parties.filter((p) => p.lists.includes(CN_LISTS.controlList));
    expect(controlled.length).toBeGreaterThan(0);
    expect(controlled.every((p) => p.programs.includes('List of Export Controls'))).toBe(true);
    expect(list?.warnings.join(' ')).toMatch(/42 rows → 41 parties/);
  });

  it('rejects an impossible date', async () => {
    const dir = await corruptCopy(fixture('cn-csv'), 'sanctions.csv', (t) => t.replace(/,(\d\d)\.(\d\d)\.(20\d\d),/, ',31.02.$3,'));
    await expect(parseListFiles([dir])).rejects.toThrow(/sanctions\.csv:\d+ field "Date": unparseable date "31\.02\.20\d\d"/);
  });

  it.skipIf(!hasReal('cn', 'sanctions.csv'))('full file: 610 rows → 464 entities', async () => {
    const [list] = await parseListFiles([realData('cn')]);
    const parties = list?.parties ?? [];
    expect(parties).toHaveLength(464);
    expect(list?.warnings.join(' ')).toMatch(/610 rows → 464 parties/);
    const onList = (l: string): number => parties.filter((p) => p.lists.includes(l)).length;
    expect(onList(CN_LISTS.controlList)).toBeGreaterThan(100);
    expect(onList(CN_LISTS.unreliable)).toBeGreaterThan(50);
    expect(onList(CN_LISTS.watchList)).toBeGreaterThan(30);
    expect(countBy(parties, (p) => p.schema)).toEqual({ Company: 261, Person: 166, Organization: 37 });
    expect(new Set(parties.map((p) => p.id)).size).toBe(464);
    assertValidParties(parties);
  });
});
