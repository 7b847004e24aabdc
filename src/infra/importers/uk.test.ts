import { describe, expect, it } from 'vitest';
import { parseListFiles } from './index.ts';
import { assertValidParties, corruptCopy, countBy, fixture, hasReal, realData } from './testKit.ts';

describe('UK sanctions tables importer', () => {
  it('joins subjects, names and dates of birth', async () => {
    const [list] = await parseListFiles([fixture('uk-tables')]);
    expect(list?.sourceId).toBe('uk-sanctions');
    const parties = list?.parties ?? [];
    assertValidParties(parties);
    const afg1 = parties.find((p) => p.sourceRef === 'AFG0001');
    expect(afg1?.names[0]).toEqual({ value: 'HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE', kind: 'primary' });
    expect(afg1?.names).toContainEqual({ value: 'Haji Alim Hawala', kind: 'alias' });
    expect(afg1?.listedOn).toBe('2012-06-29');
    const afg6 = parties.find((p) => p.sourceRef === 'AFG0006');
    expect(afg6?.birthDates).toEqual(expect.arrayContaining(['1968', '1967-01-01']));
  });

  it('rejects an impossible designation date', async () => {
    const dir = await corruptCopy(fixture('uk-tables'), 'subjects.csv', (t) => t.replace('29/06/2012', '31/06/2012'));
    await expect(parseListFiles([dir])).rejects.toThrow(/subjects\.csv:2 field "date_designated": unparseable date "31\/06\/2012"/);
  });

  it.skipIf(!hasReal('uk', 'subjects.csv'))('full tables: 6,046 subjects', async () => {
    const [list] = await parseListFiles([realData('uk')]);
    const parties = list?.parties ?? [];
    expect(countBy(parties, (p) => p.schema)).toEqual({ Person: 3883, Organization: 1531, Vessel: 632 });
    expect(parties.reduce((s, p) => s + p.names.filter((n) => n.kind === 'weak').length, 0)).toBeGreaterThanOrEqual(599);
    assertValidParties(parties);
  });
});
