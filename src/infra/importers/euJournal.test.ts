import { describe, expect, it } from 'vitest';
import { parseListFiles } from './index.ts';
import { assertValidParties, corruptCopy, countBy, fixture, hasReal, realData } from './testKit.ts';

describe('EU journal annex importer', () => {
  it('reads a folder of annex tables as one set, keeping Annex IV export control visible', async () => {
    const lists = await parseListFiles([fixture('eu-journal-csv')]);
    expect(lists).toHaveLength(1);
    const list = lists[0];
    expect(list?.sourceId).toBe('eu-journal');
    const parties = list?.parties ?? [];
    assertValidParties(parties);
    const sirius = parties.find((p) => p.sourceRef === '32014R0833:IV:1');
    expect(sirius?.lists).toEqual(['32014R0833 Annex IV (Export control)']);
    expect(sirius?.measures).toEqual(['Export control']);
    expect(sirius?.programs).toEqual(['EU-RUS', '32014R0833']);
    expect(sirius?.listedOn).toBe('2014-09-12');
    expect(sirius?.names.find((n) => n.lang === 'ru')?.value).toMatch(/Сириус/);
    expect(list?.warnings.join(' ')).toMatch(/asset rows skipped/);
  });

  it('rejects a bad startDate naming file, line and field', async () => {
    const dir = await corruptCopy(fixture('eu-journal-csv'), '32014R0833.csv', (t) => t.replace('12.9.2014', '31.2.2014'));
    await expect(parseListFiles([dir])).rejects.toThrow(/32014R0833\.csv:2 field "startDate": unparseable date "31\.2\.2014"/);
  });

  it.skipIf(!hasReal('eu_journal'))('full set: 8,017 rows in 45 files = 7,988 parties + 29 asset rows', async () => {
    const [list] = await parseListFiles([realData('eu_journal')]);
    const parties = list?.parties ?? [];
    expect(countBy(parties, (p) => p.schema)).toEqual({ Person: 4500, LegalEntity: 2553, Vessel: 708, Company: 200, Organization: 27 });
    expect(list?.warnings.join(' ')).toMatch(/asset rows skipped \(not parties\) \(29×/);
    expect(parties.filter((p) => p.lists.includes('32014R0833 Annex IV (Export control)'))).toHaveLength(921);
    expect(new Set(parties.map((p) => p.id)).size).toBe(parties.length);
    assertValidParties(parties);
  });
});
