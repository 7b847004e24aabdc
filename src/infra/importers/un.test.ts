import { describe, expect, it } from 'vitest';
import { parseListFiles } from './index.ts';
import { assertValidParties, corruptCopy, countBy, fixture, hasReal, realData } from './testKit.ts';

describe('UN consolidated XML importer', () => {
  it('maps individuals and entities with aliases, original script, DOBs and documents', async () => {
    const [list] = await parseListFiles([fixture('un-xml')]);
    expect(list?.sourceId).toBe('un-sc');
    expect(list?.publishedOn).toBe('2026-02-27');
    const parties = list?.parties ?? [];
    assertValidParties(parties);
    expect(countBy(parties, (p) => p.schema)).toEqual({ Person: 16, Organization: 6 });
    const gaston = parties.find((p) => p.sourceRef === 'CDi.003');
    expect(gaston?.names).toContainEqual({ value: 'Rumuli', kind: 'weak' });
    expect(gaston?.names).toContainEqual({ value: 'Victor Rumuri', kind: 'alias' });
    expect(gaston?.birthDates).toEqual(['1948']);
    expect(gaston?.countries).toEqual(expect.arrayContaining(['RW', 'CD']));
    expect(gaston?.programs).toEqual(['DRC']);
    expect(gaston?.listedOn).toBe('2010-12-01');
    expect(parties.some((p) => p.names.some((n) => n.kind === 'original'))).toBe(true);
    expect(parties.some((p) => p.identifiers.some((i) => i.type === 'passport'))).toBe(true);
  });

  it('rejects truncated XML naming the line and element', async () => {
    const dir = await corruptCopy(fixture('un-xml'), 'UN_consolidated.xml', (t) => t.slice(0, t.indexOf('</INDIVIDUAL>', 2000)));
    await expect(parseListFiles([dir])).rejects.toThrow(/UN_consolidated\.xml:\d+ <[A-Z_]+>: malformed XML/);
  });

  it('rejects an impossible LISTED_ON date', async () => {
    const dir = await corruptCopy(fixture('un-xml'), 'UN_consolidated.xml', (t) => t.replace('<LISTED_ON>2010-12-01</LISTED_ON>', '<LISTED_ON>2010-02-31</LISTED_ON>'));
    await expect(parseListFiles([dir])).rejects.toThrow(/:\d+ <LISTED_ON>: unparseable date "2010-02-31"/);
  });

  it.skipIf(!hasReal('un', 'UN_consolidated.xml'))('full file: 730 individuals, 273 entities, 3,043 alias elements', async () => {
    const [list] = await parseListFiles([realData('un')]);
    const parties = list?.parties ?? [];
    expect(countBy(parties, (p) => p.schema)).toEqual({ Person: 730, Organization: 273 });
    const aliases = parties.reduce((s, p) => s + p.names.filter((n) => n.kind !== 'primary' && n.kind !== 'original').length, 0);
    // 3,043 alias elements, some empty (<ALIAS_NAME/>) and a few repeating another name of the entry.
    expect(aliases).toBeGreaterThan(2700);
    expect(aliases).toBeLessThanOrEqual(3043);
    expect(parties.reduce((s, p) => s + p.names.filter((n) => n.kind === 'weak').length, 0)).toBe(615);
    assertValidParties(parties);
  });
});
