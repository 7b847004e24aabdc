import { describe, expect, it } from 'vitest';
import { parseListFiles, recogniseFiles } from './index.ts';
import { assertValidParties, corruptCopy, fixture, hasReal, realData } from './testKit.ts';

describe('compiled US lists importer', () => {
  it('recognises each list by its header', async () => {
    const sets = await recogniseFiles([fixture('compiled-csv')]);
    expect(sets.map((s) => s.sourceId).sort()).toEqual(['us-bis-mieu', 'us-dod-1260h', 'us-ndaa-1286']);
  });

  it('reads names, aliases and dates', async () => {
    const lists = await parseListFiles([fixture('compiled-csv')]);
    for (const l of lists) assertValidParties(l.parties);
    const mieu = lists.find((l) => l.sourceId === 'us-bis-mieu');
    const dim = mieu?.parties[0];
    expect(dim?.names).toEqual([{ value: 'Directorate of Military Intelligence', kind: 'primary' }, { value: 'DIM', kind: 'alias' }]);
    expect(dim?.countries).toEqual(['CU']);
    expect(dim?.listedOn).toBe('2021-03-16');
    const qihoo = lists.find((l) => l.sourceId === 'us-dod-1260h')?.parties[0];
    expect(qihoo?.names.map((n) => n.value)).toEqual(['360 Security Technology Inc.', 'Qihoo 360', '360 Security Technology Inc. (Qihoo 360)']);
  });

  it('rejects a bad date', async () => {
    const dir = await corruptCopy(fixture('compiled-csv'), 'mieu.csv', (t) => t.replace('2021-03-16', '2021-13-16'));
    await expect(parseListFiles([`${dir}/mieu.csv`])).rejects.toThrow(/mieu\.csv:2 field "Date": unparseable date/);
  });

  it.skipIf(!hasReal('us_bis_mieu'))('full files: MIEU 13, 1260H 397, 1286 443', async () => {
    const lists = await parseListFiles([realData('us_bis_mieu'), realData('us_dod_1260h'), realData('us_ndaa_1286')]);
    const n = Object.fromEntries(lists.map((l) => [l.sourceId, l.parties.length]));
    expect(n).toEqual({ 'us-bis-mieu': 13, 'us-dod-1260h': 397, 'us-ndaa-1286': 443 });
  });
});
