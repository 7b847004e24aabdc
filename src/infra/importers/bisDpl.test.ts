import { describe, expect, it } from 'vitest';
import { parseListFiles } from './index.ts';
import { assertValidParties, corruptCopy, fixture, hasReal, realData } from './testKit.ts';

describe('BIS Denied Persons List importer', () => {
  it('reads the TSV with US dates and stable slug references', async () => {
    const [list] = await parseListFiles([fixture('bis-dpl-tsv')]);
    const parties = list?.parties ?? [];
    expect(parties).toHaveLength(30);
    assertValidParties(parties);
    const ash = parties[0];
    expect(ash?.names[0]?.value).toBe('I. ASH');
    expect(ash?.sourceRef).toBe('i-ash-2003-06-19');
    expect(ash?.listedOn).toBe('2003-06-19');
    expect(ash?.endsOn).toBe('2056-06-29');
    expect(ash?.countries).toEqual(['US']);
  });

  it('rejects an impossible date naming line and field', async () => {
    const dir = await corruptCopy(fixture('bis-dpl-tsv'), 'dpl.txt', (t) => t.replace('"06/19/2003"', '"02/30/2003"'));
    await expect(parseListFiles([dir])).rejects.toThrow(/dpl\.txt:2 field "Effective_Date": unparseable date/);
  });

  it.skipIf(!hasReal('us_bis_dpl', 'dpl.txt'))('full file: 665 denied persons', async () => {
    const [list] = await parseListFiles([realData('us_bis_dpl')]);
    expect(list?.parties).toHaveLength(665);
    expect(new Set(list?.parties.map((p) => p.sourceRef)).size).toBe(665);
  });
});
